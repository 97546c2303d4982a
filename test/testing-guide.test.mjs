// The code of docs/testing.md ("Testing an extension without a device"), checked as a vendor uses
// it: every ```ts block is a test file of the vendor's project, next to the example extension as
// its `src/service-extension`. Each must compile with TypeScript (strict, with Node's types and
// both packages), follow the ArkTS rules (ohos-typescript's ArkTS 1.1 linter finds no `arkts-`
// rule broken), and pass when node's test runner runs it, as it is, with the harness's register hook
// (`node --import ohos-cloud-extension-harness/register --test`), against the example extension.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const project = path.join(root, '.tmp', 'testing-guide');
const page = readFileSync(path.join(root, 'docs', 'testing.md'), 'utf8');
const blocks = [...page.matchAll(/^```ts\r?\n([\s\S]*?)^```/gm)].map((match) => match[1]);

// A vendor's project: the example extension in src/, each block a test file in test/.
rmSync(project, { recursive: true, force: true });
mkdirSync(path.join(project, 'src'), { recursive: true });
mkdirSync(path.join(project, 'test'), { recursive: true });
const example = path.join(root, 'examples', 'vendor-extension');
for (const name of readdirSync(example)) {
  writeFileSync(path.join(project, 'src', name), readFileSync(path.join(example, name)));
}
const testFiles = blocks.map((code, index) => {
  const file = path.join(project, 'test', `block-${index + 1}.test.ts`);
  writeFileSync(file, code);
  return file;
});
const compilerOptions = {
  strict: true,
  target: 'es2022',
  lib: ['es2022'],
  module: 'commonjs',
  esModuleInterop: true,
  types: ['ohos-cloud-extension-types', 'node'],
  skipLibCheck: true,
  noEmit: true
};

test('docs/testing.md has TypeScript blocks to check', () => {
  assert.ok(blocks.length >= 2, `${blocks.length} blocks`);
});

test('the blocks compile with TypeScript against both packages', () => {
  const tsconfig = path.join(project, 'tsconfig.json');
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions, include: ['src', 'test'] }, null, 2));
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('the blocks follow the ArkTS rules', () => {
  const ohos = require('ohos-typescript');
  const dir = path.join(project, 'ets');
  mkdirSync(dir, { recursive: true });
  const names = testFiles.map((file, index) => {
    const name = `block-${index + 1}.ets`;
    writeFileSync(path.join(dir, name), readFileSync(file, 'utf8').replace("'../src/service-extension'", "'./service-extension'"));
    return name;
  });
  // The extension itself is checked as ArkTS by arkts.test.mjs; here it only has to resolve.
  writeFileSync(
    path.join(dir, 'service-extension.d.ts'),
    [
      "import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';",
      'export default class MyServiceExtension extends ServiceExtensionAbility {}',
      ''
    ].join('\n')
  );
  const parsed = ohos.parseJsonConfigFileContent(
    { compilerOptions: { ...compilerOptions, target: 'es2021', lib: ['es2021'] }, files: names },
    ohos.sys,
    dir
  );
  const host = ohos.createIncrementalCompilerHost(parsed.options);
  const builder = ohos.createIncrementalProgramForArkTs({ rootNames: parsed.fileNames, options: parsed.options, host });
  const diagnostics = ohos.ArkTSLinter_1_1.runArkTSLinter(builder, undefined, undefined, '1.1').map((diagnostic) => {
    const message = ohos.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const where = diagnostic.file ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0) : { line: 0, character: 0 };
    return `${path.basename(diagnostic.file?.fileName ?? '?')}:${where.line + 1}:${where.character + 1} ${message}`;
  });
  // Rules only: the compiler's own findings under ohos-typescript 4.9 are about Node's types.
  assert.deepEqual(
    diagnostics.filter((text) => /\(arkts-[a-z-]+\)/.test(text)),
    []
  );
});

test('the blocks pass against the example extension, run as the page says: node --import ohos-cloud-extension-harness/register --test', () => {
  // The TypeScript test files and the extension run as they are, with no build step.
  const files = testFiles.map((file) => path.relative(project, file));
  // Without NODE_TEST_CONTEXT the child reports in TAP, not to this runner.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  delete env.OHOS_HARNESS_MODULES;
  const result = spawnSync(
    process.execPath,
    ['--import', 'ohos-cloud-extension-harness/register', '--test', '--test-reporter=tap', ...files],
    {
      cwd: project,
      encoding: 'utf8',
      env
    }
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, new RegExp(`# pass ${blocks.length}\\b`), result.stdout);
});

test('the page shows that command', () => {
  assert.match(page, /^node --import ohos-cloud-extension-harness\/register --test test\/[a-z.-]+\.test\.ts$/m);
});
