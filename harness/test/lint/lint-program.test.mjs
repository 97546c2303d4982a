import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { etsNameOf, lintRunOptions, defaultLintOptions, buildArkTSProgram, readLintProject } = require(
  path.join(harness, 'dist/lint/lint-program.js')
);
const { LintSetupError } = require(path.join(harness, 'dist/lint/lint-setup-error.js'));
const ts = require('ohos-typescript');

describe('etsNameOf', () => {
  it('renames .ts to .ets and .d.ts to .d.ets', () => {
    assert.equal(etsNameOf('/p/cloud-db.ts'), '/p/cloud-db.ets');
    assert.equal(etsNameOf('/p/globals.d.ts'), '/p/globals.d.ets');
  });
});

describe('lintRunOptions', () => {
  it('writes nothing and leaves the declarations package to be added as a root', () => {
    const options = lintRunOptions({
      strict: true,
      incremental: true,
      tsBuildInfoFile: 'x',
      types: ['ohos-cloud-extension-types', 'other']
    });
    assert.deepEqual(options, { strict: true, incremental: false, composite: false, noEmit: true, types: ['other'] });
  });

  it('keeps types unset when the project leaves it unset', () => {
    assert.equal('types' in lintRunOptions({ strict: true }), false);
  });
});

describe('defaultLintOptions', () => {
  it('is strict and takes no ambient @types (the device has neither DOM nor Node.js)', () => {
    const options = defaultLintOptions(ts);
    assert.equal(options.strict, true);
    assert.deepEqual(options.types, []);
    assert.equal(options.skipLibCheck, false);
  });
});

describe('buildArkTSProgram', () => {
  it('shows a .ts file to the compiler under its .ets name only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-program-'));
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a: number = b;\n");
    writeFileSync(path.join(dir, 'b.ts'), 'export const b: number = 1;\n');
    const roots = [path.join(dir, 'a.ts'), path.join(dir, 'b.ts')];
    const program = buildArkTSProgram(ts, roots, lintRunOptions(defaultLintOptions(ts)), new Set(roots), []);
    const names = program.builder
      .getProgram()
      .getSourceFiles()
      .map((file) => file.fileName)
      .filter((name) => name.startsWith(dir));
    assert.deepEqual(names.sort(), [path.join(dir, 'a.ets'), path.join(dir, 'b.ets')]);
    assert.equal(program.diskPathOf(path.join(dir, 'a.ets')), path.join(dir, 'a.ts'));
    assert.equal(program.diskPathOf('/elsewhere/c.ets'), '/elsewhere/c.ets');
  });

  it('refuses a .ts file with an .ets file of the same name beside it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-program-'));
    writeFileSync(path.join(dir, 'a.ts'), '');
    writeFileSync(path.join(dir, 'a.ets'), '');
    const roots = [path.join(dir, 'a.ts')];
    assert.throws(() => buildArkTSProgram(ts, roots, {}, new Set(roots), []), LintSetupError);
  });
});

describe('buildArkTSProgram with the runtime globals', () => {
  const { RUNTIME_GLOBALS_FILE } = require(path.join(harness, 'dist/lint/runtime-globals.js'));
  const rootsOf = (program) =>
    program.builder
      .getProgram()
      .getRootFileNames()
      .map((name) => path.basename(name));

  it('adds them as a root when the program declares none of their names', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-program-'));
    writeFileSync(path.join(dir, 'a.ets'), "console.info('a');\nexport const a: number = 1;\n");
    const program = buildArkTSProgram(
      ts,
      [path.join(dir, 'a.ets')],
      lintRunOptions(defaultLintOptions(ts)),
      new Set(),
      [],
      RUNTIME_GLOBALS_FILE
    );
    assert.equal(program.runtimeGlobalsAdded, true);
    assert.deepEqual(rootsOf(program), ['a.ets', 'arkts-runtime.d.ts']);
    assert.deepEqual(ts.getPreEmitDiagnostics(program.builder.getProgram()), []);
  });

  it('leaves them out when a file of the program declares one of them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-program-'));
    writeFileSync(path.join(dir, 'a.ets'), "console.info('a');\nexport const a: number = 1;\n");
    writeFileSync(
      path.join(dir, 'timers.d.ts'),
      'declare function setTimeout(handler: Function, delay?: number): number;\ndeclare const console: { info(message: string): void };\n'
    );
    const roots = [path.join(dir, 'a.ets'), path.join(dir, 'timers.d.ts')];
    const program = buildArkTSProgram(ts, roots, lintRunOptions(defaultLintOptions(ts)), new Set(), [], RUNTIME_GLOBALS_FILE);
    assert.equal(program.runtimeGlobalsAdded, false);
    assert.deepEqual(rootsOf(program), ['a.ets', 'timers.d.ts']);
    assert.deepEqual(ts.getPreEmitDiagnostics(program.builder.getProgram()), []);
  });

  it('adds nothing when no file is given', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-program-'));
    writeFileSync(path.join(dir, 'a.ets'), 'export const a: number = 1;\n');
    const program = buildArkTSProgram(ts, [path.join(dir, 'a.ets')], lintRunOptions(defaultLintOptions(ts)), new Set(), []);
    assert.equal(program.runtimeGlobalsAdded, false);
    assert.deepEqual(rootsOf(program), ['a.ets']);
  });
});

describe('readLintProject', () => {
  it('refuses a project file that is not JSON, with the place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-program-'));
    writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "strict": true,, } }');
    assert.throws(
      () => readLintProject(ts, path.join(dir, 'tsconfig.json')),
      (error) => error instanceof LintSetupError && /tsconfig\.json:1:\d+:/.test(error.message)
    );
  });

  it('includes .ets files and keeps the options', () => {
    const project = readLintProject(ts, path.join(harness, 'fixtures/lint/project/tsconfig.json'));
    assert.deepEqual(
      project.fileNames.map((name) => path.basename(name)),
      ['sync-state.ets', 'sync-limits.d.ets']
    );
    assert.equal(project.options.strict, true);
    assert.deepEqual(project.diagnostics, []);
  });
});
