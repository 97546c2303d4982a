// The example vendor extension compiles as a user would build it (strict, skipLibCheck off), and
// every deliberate mistake under examples/wrong-signatures is rejected with an error that names
// the member at fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(root, 'examples');
const wrongDir = path.join(examplesDir, 'wrong-signatures');
const DIRECTIVE = /^(\s*)\/\/ @ts-expect-error (\S+)\s*$/;

function loadConfig() {
  const configPath = path.join(examplesDir, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  assert.equal(error, undefined, 'examples/tsconfig.json must parse');
  return ts.parseJsonConfigFileContent(config, ts.sys, examplesDir);
}

/** Compiles the examples project, serving `overrides` (path to text) instead of the files on disk. */
function compile(overrides = new Map()) {
  const parsed = loadConfig();
  const host = ts.createCompilerHost(parsed.options, true);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => overrides.get(path.resolve(fileName)) ?? readFile(fileName);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  return { program, diagnostics: ts.getPreEmitDiagnostics(program) };
}

function describe(diagnostic) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file) return message;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  return `${path.relative(root, diagnostic.file.fileName)}:${line + 1} TS${diagnostic.code} ${message}`;
}

test('the vendor extension and the mistakes folder compile with strict and skipLibCheck off', () => {
  const parsed = loadConfig();
  assert.equal(parsed.options.strict, true);
  assert.equal(parsed.options.skipLibCheck, false);
  const { program, diagnostics } = compile();
  const exampleFiles = program.getRootFileNames().filter((file) => file.includes('/vendor-extension/'));
  assert.ok(exampleFiles.length >= 5, `expected the vendor extension's files, got ${exampleFiles.length}`);
  assert.deepEqual(diagnostics.map(describe), []);
});

test('the vendor extension implements all four interfaces and hands them out through the stubs', () => {
  const source = fs
    .readdirSync(path.join(examplesDir, 'vendor-extension'))
    .map((file) => fs.readFileSync(path.join(examplesDir, 'vendor-extension', file), 'utf8'))
    .join('\n');
  for (const name of ['CloudDB', 'CloudService', 'AssetLoader', 'ShareCenter']) {
    assert.match(source, new RegExp(`implements cloudExtension\\.${name}\\b`), name);
  }
  for (const stub of ['createCloudServiceStub', 'createCloudDBStub', 'createAssetLoaderStub', 'createShareServiceStub']) {
    assert.match(source, new RegExp(`cloudExtension\\.${stub}\\(`), stub);
  }
  assert.match(source, /extends ServiceExtensionAbility/);
});

const wrongFiles = fs
  .readdirSync(wrongDir)
  .filter((file) => file.endsWith('.ts'))
  .sort();

test('the mistakes folder has a mistake for each of the four interfaces', () => {
  assert.deepEqual(wrongFiles, ['asset-loader.ts', 'cloud-db.ts', 'cloud-service.ts', 'share-center.ts']);
});

for (const file of wrongFiles) {
  test(`without its @ts-expect-error lines, ${file} fails with errors that name each member`, () => {
    const fileName = path.join(wrongDir, file);
    const lines = fs.readFileSync(fileName, 'utf8').split('\n');
    const expected = new Map();
    const stripped = lines.map((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match) return line;
      expected.set(index + 1, match[2]);
      return `${match[1]}//`;
    });
    assert.ok(expected.size > 0, `${file} has no @ts-expect-error lines`);

    const { diagnostics } = compile(new Map([[fileName, stripped.join('\n')]]));
    const inFile = diagnostics.filter((d) => d.file && path.resolve(d.file.fileName) === fileName);
    const byLine = new Map();
    for (const diagnostic of inFile) {
      const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      const messages = byLine.get(line) ?? [];
      messages.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      byLine.set(line, messages);
    }
    for (const [line, member] of expected) {
      const messages = byLine.get(line) ?? [];
      assert.ok(messages.length > 0, `${file}:${line + 1}: expected an error about '${member}', got none`);
      assert.ok(
        messages.some((message) => message.includes(`'${member}'`)),
        `${file}:${line + 1}: no error names '${member}':\n${messages.join('\n')}`
      );
    }
    const unexpected = [...byLine.keys()].filter((line) => !expected.has(line));
    assert.deepEqual(
      unexpected.map((line) => `${file}:${line + 1}: ${byLine.get(line).join(' | ')}`),
      []
    );
  });
}
