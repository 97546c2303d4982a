// The editor experience: what a vendor sees while typing, asked from tsserver (the language
// service behind VS Code and other editors) over its JSON protocol. A consumer project under
// .tmp/editor names the package in `types` and imports the platform module.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const projectDir = path.join(root, '.tmp', 'editor');
const consumerFile = path.join(projectDir, 'extension.ts');
const SYSCAP = 'SystemCapability.DistributedDataManager.CloudSync.Server';

const consumer = `import cloudExtension from '@ohos.data.cloudExtension';

declare const db: cloudExtension.CloudDB;
declare const info: cloudExtension.ServiceInfo;

export async function firstPage() {
  return db.query('notes', ['title'], 50, '');
}
export const busy = cloudExtension.ErrorCode.LOCKED_BY_OTHERS;
export const quota = info.totalSpace;

cloudExtension.`;

let assertions = 0;
const check = {
  equal(actual, expected, message) {
    assertions++;
    assert.equal(actual, expected, message);
  },
  deepEqual(actual, expected, message) {
    assertions++;
    assert.deepEqual(actual, expected, message);
  },
  ok(value, message) {
    assertions++;
    assert.ok(value, message);
  },
  match(value, pattern, message) {
    assertions++;
    assert.match(value, pattern, message);
  }
};

// ---------------------------------------------------------------------------------------------
// Expectations, read from the declarations

const compilerOptions = {
  strict: true,
  noEmit: true,
  target: 'es2022',
  lib: ['es2022'],
  module: 'nodenext',
  moduleResolution: 'nodenext',
  types: ['ohos-cloud-extension-types']
};

/**
 * The names `@ohos.data.cloudExtension` exports (the exports of src/module.d.ts), split into
 * those usable as values (enums, stub functions) and those usable as types (all but the functions).
 */
function moduleExports() {
  const parsed = ts.convertCompilerOptionsFromJson(compilerOptions, root);
  const program = ts.createProgram([path.join(root, 'src', 'module.d.ts')], parsed.options);
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(path.join(root, 'src', 'module.d.ts'));
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(sf));
  const resolved = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const names = (flag) =>
    exports
      .filter((symbol) => resolved(symbol).flags & flag)
      .map((symbol) => symbol.name)
      .sort();
  return {
    all: exports.map((symbol) => symbol.name).sort(),
    values: names(ts.SymbolFlags.Value),
    types: names(ts.SymbolFlags.Type)
  };
}

/** The summary of a member's doc comment, as plain text. */
function summaryOf(file, interfaceName, memberName) {
  const full = path.join(root, file);
  const sf = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
  const container = sf.statements.find((s) => s.name?.text === interfaceName);
  const member = container.members.find((m) => m.name.getText(sf) === memberName);
  const doc = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc).at(-1);
  return plain(ts.getTextOfJSDocComment(doc.comment));
}

/** Doc text without link markup and with single spaces, to compare what is said, not layout. */
function plain(text) {
  return text
    .replace(/\{@link(?:code|plain)?\s+([^}|\s]+)(?:\s*\|?\s*([^}]*))?\}/g, (_, target, label) => label?.trim() || target)
    .replace(/\s+/g, ' ')
    .trim();
}

/** tsserver answers with strings or with display parts, depending on its preferences. */
function text(value) {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.map((part) => part.text).join('');
}

// ---------------------------------------------------------------------------------------------
// A tiny tsserver client

class TsServer {
  constructor() {
    this.seq = 0;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.process = spawn(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'lib', 'tsserver.js'), '--disableAutomaticTypingAcquisition'],
      { cwd: projectDir, stdio: ['pipe', 'pipe', 'pipe'] }
    );
    this.process.stdout.on('data', (chunk) => this.receive(chunk));
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.process.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`tsserver exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, headerEnd).toString())[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8'));
      this.buffer = this.buffer.subarray(start + length);
      if (message.type === 'response' && this.pending.has(message.request_seq)) {
        const { resolve, reject } = this.pending.get(message.request_seq);
        this.pending.delete(message.request_seq);
        if (message.success) resolve(message.body);
        else reject(new Error(`${message.command}: ${message.message}`));
      }
    }
  }

  send(command, args, { expectResponse = true } = {}) {
    const seq = ++this.seq;
    this.process.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    if (!expectResponse) return Promise.resolve();
    return new Promise((resolve, reject) => this.pending.set(seq, { resolve, reject }));
  }

  close() {
    this.process.stdin.end();
    this.process.kill();
  }
}

/** 1-based line and offset of the last occurrence of `needle`, plus `shift` characters. */
function position(needle, shift = 0) {
  const index = consumer.lastIndexOf(needle);
  assert.ok(index >= 0, `${needle} is in the sample file`);
  const before = consumer.slice(0, index + shift).split('\n');
  return { file: consumerFile, line: before.length, offset: before.at(-1).length + 1 };
}

let server;

before(async () => {
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(path.join(projectDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }, null, 2));
  writeFileSync(consumerFile, consumer);
  server = new TsServer();
  await server.send('configure', { preferences: { includeCompletionsForModuleExports: false } });
  await server.send('open', { file: consumerFile, fileContent: consumer, scriptKindName: 'TS' }, { expectResponse: false });
});

after(() => server?.close());

test('the sample project uses the package and has no other errors', async () => {
  const diagnostics = [
    ...(await server.send('semanticDiagnosticsSync', { file: consumerFile })),
    ...(await server.send('syntacticDiagnosticsSync', { file: consumerFile }))
  ];
  // The only error is the unfinished `cloudExtension.` the completions are asked for.
  const messages = diagnostics.map((d) => `${d.code}: ${text(d.text)}`);
  check.deepEqual(messages, ['1003: Identifier expected.']);
});

test('completions after `cloudExtension.` list every export of the module', async (t) => {
  const expected = moduleExports();
  // Typing an expression: the values (enums and stub functions).
  const values = await server.send('completionInfo', position('cloudExtension.', 'cloudExtension.'.length));
  check.ok(values?.isMemberCompletion, 'member completions in an expression');
  const valueNames = values.entries.map((entry) => entry.name).sort();
  check.deepEqual(valueNames, expected.values);
  // Typing a type annotation: the interfaces, type aliases and enums.
  const types = await server.send('completionInfo', position('db: cloudExtension.', 'db: cloudExtension.'.length));
  check.ok(types?.isMemberCompletion, 'member completions in a type');
  const typeNames = types.entries.map((entry) => entry.name).sort();
  check.deepEqual(typeNames, expected.types);
  // Together: the whole module, and nothing of the package root's own.
  const offered = [...new Set([...valueNames, ...typeNames])].sort();
  check.deepEqual(offered, expected.all);
  check.ok(!offered.includes('SyncStatus'), 'SyncStatus belongs to the package root, not to the platform module');
  check.ok(expected.all.length >= 27, `the whole module (${expected.all.length} exports)`);
  t.diagnostic(`${valueNames.length} value and ${typeNames.length} type completions cover ${offered.length} exports`);
});

test('hovering CloudDB.query shows its doc text and @since 11', async () => {
  const body = await server.send('quickinfo', position('db.query', 'db.'.length));
  check.match(
    body.displayString,
    /^\(method\) CloudDB\.query\(table: string, fields: Array<string>, queryCount: number, queryCursor: string\): Promise<(cloudExtension\.)?Result<(cloudExtension\.)?CloudData>>$/
  );
  check.equal(plain(text(body.documentation)), summaryOf('src/cloud-db.d.ts', 'CloudDB', 'query'));
  assertPlatformTags(body);
  const params = body.tags.filter((tag) => tag.name === 'param').map((tag) => text(tag.text).split(/\s/)[0]);
  check.deepEqual(params, ['table', 'fields', 'queryCount', 'queryCursor']);
});

test('hovering ErrorCode.LOCKED_BY_OTHERS shows its doc text and @since 11', async () => {
  const body = await server.send('quickinfo', position('LOCKED_BY_OTHERS'));
  check.equal(body.displayString, '(enum member) ErrorCode.LOCKED_BY_OTHERS = 4');
  check.equal(plain(text(body.documentation)), summaryOf('src/error-code.d.ts', 'ErrorCode', 'LOCKED_BY_OTHERS'));
  assertPlatformTags(body);
});

test('hovering ServiceInfo.totalSpace shows its doc text with the unit (KB) and @since 11', async () => {
  const body = await server.send('quickinfo', position('info.totalSpace', 'info.'.length));
  check.equal(body.displayString, '(property) ServiceInfo.totalSpace: number');
  const documentation = plain(text(body.documentation));
  check.equal(documentation, summaryOf('src/service-info.d.ts', 'ServiceInfo', 'totalSpace'));
  check.match(documentation, /\bKB\b/, 'the unit is named');
  assertPlatformTags(body);
});

function assertPlatformTags(body) {
  const tags = Object.fromEntries(body.tags.map((tag) => [tag.name, text(tag.text).trim()]));
  check.equal(tags.since, '11', '@since 11');
  check.equal(tags.syscap, SYSCAP, '@syscap');
  check.ok('systemapi' in tags, '@systemapi');
}

test('all the checks above ran', (t) => {
  // Guards against a check that silently stopped asserting.
  t.diagnostic(`tsserver assertions: ${assertions}`);
  assert.ok(assertions >= 25, `${assertions} assertions`);
});
