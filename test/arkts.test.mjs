// What vendors are shown is ArkTS as well as TypeScript. On a device an extension is written in
// `.ets` files, which DevEco checks with OpenHarmony's fork of the compiler and its ArkTS 1.1
// linter; both ship on npm as `ohos-typescript`. This test reads, as `.ets` modules, with the
// package named in `types`:
// - the files of examples/vendor-extension (its `console` declaration as a `.d.ets`),
// - every ```ts block of every `@example` in the declarations,
// - every ```ts block of docs/guide.md,
// and requires 0 type errors and 0 ArkTS errors in each. It also checks the DevEco-shaped project
// examples/arkts-project with ohos-typescript's linter and with the harness's lint command, as a
// vendor runs it on the project as it is, and proves that the check can fail (a spread must be
// reported as `arkts-no-spread`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ohos from 'ohos-typescript';
import { declarationFiles } from '../scripts/lib/declaration-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workDir = path.join(root, '.tmp', 'arkts');
const ARKTS_RULE = /\((arkts-[a-z0-9-]+)\)\s*$/;

// The options a vendor's CI would use for `.ets` sources (see examples/arkts-project/tsconfig.json).
const compilerOptions = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'es2021',
  lib: ['es2021'],
  module: 'es2020',
  moduleResolution: 'node',
  types: ['ohos-cloud-extension-types']
};

function position(diagnostic) {
  if (!diagnostic.file || diagnostic.start === undefined) return { file: '', line: 0, column: 0 };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { file: path.basename(diagnostic.file.fileName), line: line + 1, column: character + 1 };
}

function describe(diagnostic) {
  const message = ohos.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const rule = ARKTS_RULE.exec(message)?.[1] ?? `TS${diagnostic.code}`;
  const category = diagnostic.category === ohos.DiagnosticCategory.Error ? 'error' : 'warning';
  return { ...position(diagnostic), rule, category, message };
}

const show = (d) => `${d.file}:${d.line}:${d.column} ${d.category} ${d.rule} ${d.message}`;

/**
 * Type-checks and lints the given files the way DevEco's toolchain does: one program built for
 * the ArkTS linter, then `ArkTSLinter_1_1.runArkTSLinter` over it.
 * @returns `type`: the compiler's diagnostics; `arkts`: the linter's, which are the ArkTS rules
 *   plus the compiler's errors under the linter's strict settings.
 */
function lintProgram(rootNames, options) {
  const host = ohos.createIncrementalCompilerHost(options);
  const builder = ohos.createIncrementalProgramForArkTs({ rootNames, options, host });
  const type = ohos.getPreEmitDiagnostics(builder.getProgram()).map(describe);
  const arkts = ohos.ArkTSLinter_1_1.runArkTSLinter(builder, undefined, undefined, '1.1').map(describe);
  return {
    type,
    arkts,
    files: builder
      .getProgram()
      .getRootFileNames()
      .map((f) => path.basename(f))
  };
}

/** Writes `files` (name to text) into a folder of their own and checks them as one program. */
function lintAsEts(setName, files) {
  const dir = path.join(workDir, setName);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
  const parsed = ohos.parseJsonConfigFileContent({ compilerOptions, files: [...files.keys()] }, ohos.sys, dir);
  assert.deepEqual(
    parsed.errors.map((d) => ohos.flattenDiagnosticMessageText(d.messageText, '\n')),
    []
  );
  return lintProgram(parsed.fileNames, parsed.options);
}

/** `name.ts` becomes `name.ets`, `name.d.ts` becomes `name.d.ets`. */
const asEts = (name) => name.replace(/\.ts$/, '.ets');

function assertClean(result, expectedFiles) {
  assert.equal(result.files.length, expectedFiles, `files checked: ${result.files.join(', ')}`);
  assert.deepEqual(result.type.map(show), [], 'type errors');
  assert.deepEqual(result.arkts.map(show), [], 'ArkTS linter');
}

// ---------------------------------------------------------------------------------------------
// The check can fail

test('the linter reports a spread as arkts-no-spread, and a type error by its code', () => {
  const result = lintAsEts(
    'negative',
    new Map([
      [
        'spread.ets',
        [
          "import cloudExtension from '@ohos.data.cloudExtension';",
          'export function copy(info: cloudExtension.LockInfo): cloudExtension.LockInfo {',
          '  const renewed: cloudExtension.LockInfo = { ...info, interval: 30 };',
          '  return renewed;',
          '}',
          ''
        ].join('\n')
      ],
      [
        'type-error.ets',
        [
          "import cloudExtension from '@ohos.data.cloudExtension';",
          "export const lockId: cloudExtension.LockInfo['lockId'] = 'one';",
          ''
        ].join('\n')
      ]
    ])
  );
  assert.ok(
    result.arkts.some((d) => d.file === 'spread.ets' && d.rule === 'arkts-no-spread'),
    result.arkts.map(show).join('\n')
  );
  assert.ok(
    result.type.some((d) => d.file === 'type-error.ets' && d.rule === 'TS2322'),
    result.type.map(show).join('\n')
  );
});

// ---------------------------------------------------------------------------------------------
// examples/vendor-extension

test('examples/vendor-extension, read as .ets, has no type error and no ArkTS error', (t) => {
  const dir = path.join(root, 'examples', 'vendor-extension');
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  assert.ok(names.includes('arkts-globals.d.ts'), 'the console declaration is read as a .d.ets');
  const files = new Map(names.map((name) => [asEts(name), readFileSync(path.join(dir, name), 'utf8')]));
  const result = lintAsEts('vendor-extension', files);
  t.diagnostic(`${names.length} files: ${[...files.keys()].join(', ')}`);
  assertClean(result, names.length);
});

// ---------------------------------------------------------------------------------------------
// The @example blocks of the declarations, and the guide

/** The ```ts blocks of every `@example` tag, named after the declaration that carries it. */
function exampleBlocks() {
  const blocks = [];
  for (const rel of declarationFiles()) {
    const sf = ohos.createSourceFile(rel, readFileSync(path.join(root, rel), 'utf8'), ohos.ScriptTarget.Latest, true);
    const visit = (node) => {
      for (const doc of ohos.getJSDocCommentsAndTags(node)) {
        if (!ohos.isJSDoc(doc) || doc.parent !== node) continue;
        for (const tag of doc.tags ?? []) {
          if (tag.tagName.text !== 'example') continue;
          const text = ohos.getTextOfJSDocComment(tag.comment) ?? '';
          for (const match of text.matchAll(/```(?:ts|typescript)\r?\n([\s\S]*?)```/g)) {
            const name = node.name && ohos.isIdentifier(node.name) ? node.name.text : 'example';
            blocks.push({ label: `${rel} ${name}`, code: match[1] });
          }
        }
      }
      ohos.forEachChild(node, visit);
    };
    visit(sf);
  }
  return blocks;
}

test('every @example block, read as .ets, has no type error and no ArkTS error', (t) => {
  const blocks = exampleBlocks();
  assert.ok(blocks.length >= 8, `at least 8 examples, found ${blocks.length}`);
  const files = new Map(blocks.map((block, i) => [`example_${i + 1}.ets`, block.code]));
  const result = lintAsEts('doc-examples', files);
  t.diagnostic(blocks.map((block, i) => `example_${i + 1}: ${block.label}`).join('; '));
  assertClean(result, blocks.length);
});

test('every code block of the guide, read as .ets, has no type error and no ArkTS error', (t) => {
  const guide = readFileSync(path.join(root, 'docs', 'guide.md'), 'utf8');
  const fences = [...guide.matchAll(/^```(\w*)\r?\n[\s\S]*?^```/gm)].map((m) => m[1]);
  // Blocks other than TypeScript are configuration (JSON) or the example server's SQL (checked
  // against its source by examples/cloud-server/guide-sql.test.mjs), not code a vendor compiles.
  assert.deepEqual(
    fences.filter((lang) => !['ts', 'typescript', 'json', 'json5', 'sql'].includes(lang)),
    []
  );
  const blocks = [...guide.matchAll(/^```(?:ts|typescript)\r?\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  assert.ok(blocks.length >= 2, `${blocks.length} blocks in docs/guide.md`);
  const files = new Map(blocks.map((code, i) => [`guide_${i + 1}.ets`, code]));
  const result = lintAsEts('guide', files);
  t.diagnostic(`${blocks.length} blocks`);
  assertClean(result, blocks.length);
});

// ---------------------------------------------------------------------------------------------
// examples/arkts-project: the set-up a vendor copies

const project = path.join(root, 'examples', 'arkts-project');
// The lint as the harness builds it, and the declarations of the runtime's globals it ships (the
// SDK's console, timers and canIUse), which DevEco's SDK gives every .ets file.
const lintCli = path.join(root, 'harness', 'dist', 'cli', 'lint-cli.js');
const runtimeGlobals = path.join(root, 'harness', 'src', 'lint', 'globals', 'arkts-runtime.d.ts');

function etsSources(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...etsSources(full));
    else if (entry.name.endsWith('.ets')) found.push(full);
  }
  return found.sort();
}

test('examples/arkts-project has the DevEco layout, with kit imports', () => {
  for (const file of ['oh-package.json5', 'build-profile.json5', 'entry/src/main/module.json5', 'tsconfig.json', 'README.md']) {
    assert.ok(readdirSync(path.join(project, path.dirname(file))).includes(path.basename(file)), file);
  }
  const sources = etsSources(path.join(project, 'entry', 'src', 'main', 'ets'));
  assert.ok(sources.length >= 5, `the extension's .ets files: ${sources.length}`);
  const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const kit of ['@kit.ArkData', '@kit.IPCKit', '@kit.AbilityKit']) assert.ok(text.includes(`from '${kit}'`), kit);
  assert.doesNotMatch(text, /from '@ohos\./, 'ArkTS sources import the kits');
  // The ability declared in module.json5 is the class the sources export.
  const moduleJson = readFileSync(path.join(project, 'entry', 'src', 'main', 'module.json5'), 'utf8');
  const srcEntry = /"srcEntry":\s*"\.\/ets\/([^"]+)"/.exec(moduleJson)?.[1];
  assert.ok(srcEntry, 'module.json5 names the extension source');
  assert.ok(
    sources.some((file) => file.endsWith(srcEntry)),
    `${srcEntry} exists`
  );
  assert.match(moduleJson, /"type":\s*"service"/);
});

test("examples/arkts-project needs no stand-in for the runtime's globals", () => {
  assert.equal(existsSync(path.join(project, 'ci')), false, 'no ci/ folder');
  const declarations = readdirSync(project, { recursive: true }).filter((name) => /\.d\.e?ts$/.test(name));
  assert.deepEqual(declarations, []);
  const { config } = ohos.readConfigFile(path.join(project, 'tsconfig.json'), (file) => ohos.sys.readFile(file));
  assert.deepEqual(config.include, ['entry/src/main/ets/**/*.ets']);
});

test("ohos-typescript's tsc lists every .ets file of examples/arkts-project in its tsconfig.json", () => {
  const tsc = path.join(root, 'node_modules', 'ohos-typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', project, '--listFilesOnly'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const listed = run.stdout.split('\n').filter((line) => line.endsWith('.ets'));
  assert.equal(listed.length, etsSources(project).length, 'every .ets file is in the project');
});

test('ohos-cloud-extension-lint checks examples/arkts-project by its source folder, and by its tsconfig.json (exit 0)', () => {
  for (const args of [['entry/src/main/ets'], ['--project', 'tsconfig.json']]) {
    const run = spawnSync(process.execPath, [lintCli, ...args], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 0, `${args.join(' ')}\n${run.stdout}${run.stderr}`);
    assert.match(run.stdout, new RegExp(`^No problems in ${etsSources(project).length} files `), args.join(' '));
  }
});

test('examples/arkts-project has no ArkTS error under its own tsconfig.json, with the runtime globals the SDK declares', (t) => {
  const configPath = path.join(project, 'tsconfig.json');
  const { config, error } = ohos.readConfigFile(configPath, (file) => ohos.sys.readFile(file));
  assert.equal(error, undefined, 'tsconfig.json parses');
  const parsed = ohos.parseJsonConfigFileContent(config, ohos.sys, project);
  assert.deepEqual(
    parsed.errors.map((d) => ohos.flattenDiagnosticMessageText(d.messageText, '\n')),
    []
  );
  assert.deepEqual(parsed.options.types, ['ohos-cloud-extension-types']);
  const result = lintProgram([...parsed.fileNames, runtimeGlobals], parsed.options);
  t.diagnostic(`${result.files.length} files: ${result.files.join(', ')}`);
  assertClean({ ...result, files: result.files.filter((name) => name.endsWith('.ets')) }, etsSources(project).length);
  const without = lintProgram(parsed.fileNames, parsed.options);
  assert.ok(without.type.length > 0 && without.type.every((d) => d.rule === 'TS2584'), 'without them, console is unknown');
});

// ---------------------------------------------------------------------------------------------
// docs/arkts.md: each rule it explains, shown broken and then mended

const NOT_ARKTS = /^\/\/ Not ArkTS \(([a-z0-9-]+)\)/;
const ARKTS = /^\/\/ ArkTS and TypeScript\n/;

function arktsPageBlocks() {
  const page = readFileSync(path.join(root, 'docs', 'arkts.md'), 'utf8');
  return [...page.matchAll(/^```(?:ts|typescript)\r?\n([\s\S]*?)^```/gm)].map((m, i) => ({
    name: `arkts_${i + 1}`,
    rule: NOT_ARKTS.exec(m[1])?.[1],
    mended: ARKTS.test(m[1]),
    code: m[1]
  }));
}

test('docs/arkts.md: each block marked Not ArkTS breaks the rule it names, each block marked ArkTS is clean', (t) => {
  const blocks = arktsPageBlocks();
  const broken = blocks.filter((block) => block.rule !== undefined);
  const mended = blocks.filter((block) => block.mended);
  assert.ok(broken.length >= 10, `${broken.length} rules shown broken`);
  assert.ok(mended.length >= 8, `${mended.length} blocks shown mended`);
  assert.equal(broken.length + mended.length, blocks.length, 'every block is marked one way or the other');
  const result = lintAsEts('guide-arkts', new Map(blocks.map((block) => [`${block.name}.ets`, block.code])));
  assert.deepEqual(result.type.map(show), [], 'every block type-checks');
  const problems = [];
  for (const block of blocks) {
    const rules = result.arkts.filter((d) => d.file === `${block.name}.ets`).map((d) => d.rule);
    if (block.mended && rules.length > 0) problems.push(`${block.name} should be clean: ${rules.join(', ')}`);
    if (block.rule !== undefined && !rules.includes(block.rule)) {
      problems.push(`${block.name} should break ${block.rule}: ${rules.join(', ') || 'nothing reported'}`);
    }
  }
  assert.deepEqual(problems, []);
  t.diagnostic(`rules shown: ${broken.map((block) => block.rule).join(', ')}`);
});

test('docs/arkts.md: the blocks marked ArkTS compile with TypeScript too', async () => {
  const { default: ts } = await import('typescript');
  const dir = path.join(workDir, 'guide-arkts-ts');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const mended = arktsPageBlocks().filter((block) => block.mended);
  for (const block of mended) writeFileSync(path.join(dir, `${block.name}.ts`), block.code);
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'es2022',
    lib: ['es2022'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: ['ohos-cloud-extension-types']
  };
  const parsed = ts.parseJsonConfigFileContent({ compilerOptions: options, include: ['*.ts'] }, ts.sys, dir);
  assert.equal(parsed.fileNames.length, mended.length);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ` : '';
    return `${where}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  assert.deepEqual(diagnostics, []);
});
