// The `core` entry, for projects that already have the OpenHarmony SDK: the packed package is
// installed into a temp project that maps a small fixture SDK in with `paths`
// (test/fixtures/sdk/api) and names `ohos-cloud-extension-types/core`. The SDK's `@ohos.rpc`,
// `@ohos.data.cloudData` and `@ohos.data.relationalStore` must be the ones in use (the consumer
// calls members only they have), and importing the package root must be what breaks that.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertCompilerVersion, compiler, packAndInstall, removeTempDir, repoPackage, repoRoot, runTsc } from '../scripts/lib/pack.mjs';

const fixtures = join(repoRoot, 'test', 'fixtures');
const sdkModules = ['@ohos.rpc', '@ohos.data.cloudData', '@ohos.data.relationalStore'];

const matrix = [
  { compiler: compiler('typescript'), module: 'esnext', moduleResolution: 'bundler' },
  { compiler: compiler('typescript'), module: 'nodenext', moduleResolution: 'nodenext' },
  { compiler: compiler('typescript-4.9'), module: 'commonjs', moduleResolution: 'node' },
  { compiler: compiler('ohos-typescript'), module: 'commonjs', moduleResolution: 'node' },
  { compiler: compiler('typescript-7.0'), module: 'esnext', moduleResolution: 'bundler' }
];

/** Line numbers (1-based) of the lines of a fixture that match a pattern. */
async function linesMatching(file, pattern) {
  const lines = (await readFile(join(fixtures, 'core-consumer', file), 'utf8')).split(/\r?\n/);
  return lines.flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
}

describe('core entry with the SDK mapped in by paths', { concurrency: 2 }, () => {
  let root;
  let consumer;
  let sdkOnlyLines;
  let expectErrorLines;

  before(async () => {
    for (const { compiler: each } of matrix) await assertCompilerVersion(each);
    ({ root, consumer } = await packAndInstall('core'));
    await cp(join(fixtures, 'core-consumer'), consumer, { recursive: true });
    await cp(join(fixtures, 'sdk'), join(consumer, 'sdk'), { recursive: true });
    sdkOnlyLines = await linesMatching('service.ts', /\/\/ sdk-only\s*$/);
    expectErrorLines = await linesMatching('service.ts', /^\s*\/\/ @ts-expect-error\b/);
    assert.ok(sdkOnlyLines.length >= 4, 'service.ts marks its SDK-only lines');
    assert.ok(expectErrorLines.length >= 1, 'service.ts expects an error on its kit import');
  });

  after(async () => {
    if (root) await removeTempDir(root);
  });

  /** Writes a tsconfig that extends the fixture's and compiles it with `--listFiles`. */
  async function compile(cell, name, overrides, files) {
    const project = join(consumer, `tsconfig.${cell.compiler.dir}.${cell.moduleResolution}.${name}.json`);
    const compilerOptions = {
      module: cell.module,
      moduleResolution: cell.moduleResolution,
      ...(cell.moduleResolution === 'node' && cell.compiler.node10 === 'deprecated' ? { ignoreDeprecations: '6.0' } : {}),
      ...overrides
    };
    await writeFile(project, `${JSON.stringify({ extends: './tsconfig.json', compilerOptions, files }, null, 2)}\n`);
    const result = await runTsc(cell.compiler, project, ['--listFiles']);
    const programFiles = result.output
      .split(/\r?\n/)
      .filter((line) => /\.d\.[cm]?ts$|\.ts$/.test(line.trim()) && !/error TS\d+/.test(line))
      .map((line) => line.trim().split(sep).join('/'));
    const has = (suffix) => programFiles.some((file) => file.endsWith(suffix));
    return { ...result, programFiles, has };
  }

  const installed = `node_modules/${repoPackage.name}`;

  function assertSdkInUse(result) {
    assert.deepEqual(result.diagnostics, [], result.output);
    assert.equal(result.code, 0, result.output);
    for (const name of sdkModules) assert.ok(result.has(`/sdk/api/${name}.d.ts`), `the program reads the SDK's ${name}`);
    assert.ok(result.has(`${installed}/core.d.ts`), 'the program reads the core entry');
    assert.ok(!result.has(`${installed}/index.d.ts`), 'the core entry does not pull the package root in');
    assert.ok(!result.programFiles.some((file) => file.includes(`${installed}/src/ambient/`)), 'no ambient companions');
    assert.ok(!result.programFiles.some((file) => file.includes(`${installed}/src/companions/`)), 'no companion modules');
  }

  for (const cell of matrix) {
    const title = `${cell.compiler.label}, ${cell.moduleResolution === 'node' ? 'node10' : cell.moduleResolution}`;

    test(`${title}: core in compilerOptions.types, the SDK's modules win`, async () => {
      assertSdkInUse(await compile(cell, 'types', {}, ['service.ts']));
    });

    test(`${title}: core by /// <reference types>, the SDK's modules win`, async () => {
      assertSdkInUse(await compile(cell, 'reference', { types: [] }, ['service-reference.ts']));
    });

    test(`${title}: importing the package root shadows the SDK`, async () => {
      const result = await compile(cell, 'root-import', {}, ['service.ts', 'root-import.ts']);
      assert.notEqual(result.code, 0, 'the compiler must reject the program');
      const found = result.diagnostics.map((d) => `${d.file}:${d.line}:TS${d.code}`).sort();
      const expected = [
        // Every SDK-only member is gone: the root's companions replaced the SDK's modules…
        ...sdkOnlyLines.map((line) => `service.ts:${line}:TS2339`),
        // …and the kit the project never mapped in is now declared, by the root.
        ...expectErrorLines.map((line) => `service.ts:${line}:TS2578`)
      ].sort();
      assert.deepEqual(found, expected, result.output);
      // The SDK files are still read (the imports still resolve through `paths`), but the
      // root's ambient modules win over them, as the diagnostics above show.
      assert.ok(result.has(`${installed}/src/ambient/companions.d.ts`), "the root's ambient companions are in the program");
    });
  }
});
