// lintArkTS: the tool reports what ohos-typescript's compiler and ArkTS 1.1 linter report, no
// rule of its own and none dropped. Each fixture is named after the rule it breaks; the same
// files run through the linter directly (test/support/direct-arkts-linter.mjs) must give the
// same diagnostics at the same places.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { keysOf, lintDirectly, rulesOf } from '../support/direct-arkts-linter.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { lintArkTS } = require(path.join(harness, 'dist/lint/lint.js'));
const { LintSetupError } = require(path.join(harness, 'dist/lint/lint-setup-error.js'));
const fixtures = path.join(harness, 'fixtures/lint');

/** Each rule-family fixture and the rule it must raise. */
const ruleFixtures = [
  'arkts-no-untyped-obj-literals',
  'arkts-no-spread',
  'arkts-no-destruct-decls',
  'arkts-no-in',
  'arkts-identifiers-as-prop-names',
  'arkts-no-ctor-prop-decls',
  'arkts-no-implicit-return-types',
  'arkts-no-for-in',
  'arkts-no-any-unknown',
  'TS2322'
];

describe('lintArkTS on one fixture per rule family', () => {
  const files = ruleFixtures.map((rule) => path.join(fixtures, `${rule}.ets`));
  let tool;
  let direct;

  before(() => {
    tool = lintArkTS(files, { cwd: fixtures });
    direct = lintDirectly(files);
  });

  for (const rule of ruleFixtures) {
    it(`${rule}.ets raises ${rule}`, () => {
      const raised = tool.diagnostics.filter((d) => d.file === `${rule}.ets`).map((d) => d.rule);
      assert.ok(raised.includes(rule), `${rule}.ets gave ${raised.join(', ') || 'nothing'}`);
    });
  }

  it('gives the same rule ids, as a multiset, as the linter run directly', () => {
    assert.ok(direct.length >= ruleFixtures.length);
    assert.deepEqual(rulesOf(tool.diagnostics), rulesOf(direct));
  });

  it('gives each diagnostic at the place the linter gives it', () => {
    assert.deepEqual(keysOf(tool.diagnostics), keysOf(direct));
  });

  it('counts what came from the linter apart from the compiler', () => {
    const compilerOnly = tool.diagnostics.filter((d) => d.rule === 'TS2322' || d.rule === 'TS7023');
    assert.equal(tool.linterCount, tool.diagnostics.length - compilerOnly.length);
  });

  it('names the files relative to the working directory and orders the diagnostics by place', () => {
    assert.deepEqual(tool.files, ruleFixtures.map((rule) => `${rule}.ets`).sort());
    const places = tool.diagnostics.map((d) => [d.file, d.line, d.column]);
    const sorted = [...places].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(places, sorted);
  });

  it('strips the rule id the linter repeats at the end of its message', () => {
    const spread = tool.diagnostics.find((d) => d.rule === 'arkts-no-spread');
    assert.ok(spread);
    assert.doesNotMatch(spread.message, /\(arkts-no-spread\)/);
    assert.match(spread.message, /spread/);
  });
});

describe('lintArkTS with --as-ets on an extension written with TypeScript idioms', () => {
  const dir = path.join(fixtures, 'typescript-idioms');
  const files = ['cloud-db.ts', 'device-console.d.ts', 'rows.ts'].map((name) => path.join(dir, name));
  let tool;

  before(() => {
    tool = lintArkTS([dir], { asEts: true, cwd: dir });
  });

  it('reads every .ts file, declarations included, as ArkTS', () => {
    assert.deepEqual(tool.files, ['cloud-db.ts', 'device-console.d.ts', 'rows.ts']);
    assert.ok(tool.diagnostics.some((d) => d.file === 'device-console.d.ts' && d.rule === 'arkts-no-obj-literals-as-types'));
  });

  it('reports what the linter reports on the same files copied to .ets, place for place', () => {
    const direct = lintDirectly(files);
    assert.ok(direct.length > 5);
    assert.deepEqual(keysOf(tool.diagnostics), keysOf(direct));
  });

  it('names the files by their .ts names', () => {
    assert.ok(tool.diagnostics.every((d) => d.file.endsWith('.ts')));
  });

  it('without its own console declaration, gets the runtime globals and the rule ids the linter run directly with them gives', () => {
    const sources = ['cloud-db.ts', 'rows.ts'].map((name) => path.join(dir, name));
    const result = lintArkTS(sources, { asEts: true, cwd: dir });
    assert.equal(result.runtimeGlobals, true);
    assert.ok(!result.diagnostics.some((d) => d.rule === 'TS2584'), 'console is known');
    const direct = lintDirectly(sources, {}, { globals: true });
    assert.ok(direct.length > 5);
    assert.deepEqual(rulesOf(result.diagnostics), rulesOf(direct));
    assert.deepEqual(keysOf(result.diagnostics), keysOf(direct));
  });

  it('without --as-ets finds nothing to lint in a folder of .ts files', () => {
    assert.throws(
      () => lintArkTS([dir], { cwd: dir }),
      (error) => error instanceof LintSetupError && /--as-ets/.test(error.message)
    );
  });
});

describe('lintArkTS on the reference sample linted alone, with the runtime globals the SDK declares', () => {
  const dir = path.join(fixtures, 'reference-sample');

  it('finds nothing in it, and adds the runtime globals to do so', () => {
    const result = lintArkTS([dir], { cwd: fixtures });
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.files, ['reference-sample/extension.ets']);
    assert.equal(result.runtimeGlobals, true);
    assert.equal(result.compilerVersion, require('ohos-typescript/package.json').version);
  });

  it('the linter run directly with the same globals finds nothing either, and without them only the unknown console', () => {
    const sample = path.join(dir, 'extension.ets');
    assert.deepEqual(lintDirectly([sample], {}, { globals: true }), []);
    const bare = lintDirectly([sample]);
    assert.ok(bare.length > 0);
    assert.deepEqual([...new Set(rulesOf(bare))], ['TS2584']);
  });

  it('still reports a type error planted in it, and a console call the SDK does not allow', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'lint-planted-'));
    const planted = [
      readFileSync(path.join(dir, 'extension.ets'), 'utf8'),
      "const plantedCount: number = 'three';",
      'console.info(404);',
      ''
    ].join('\n');
    writeFileSync(path.join(work, 'extension.ets'), planted);
    const lines = planted.split('\n');
    const result = lintArkTS([work], { cwd: work });
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`),
      [
        `extension.ets:${lines.indexOf("const plantedCount: number = 'three';") + 1} TS2322`,
        `extension.ets:${lines.indexOf('console.info(404);') + 1} TS2345`
      ]
    );
    assert.deepEqual(keysOf(result.diagnostics), keysOf(lintDirectly([path.join(work, 'extension.ets')], {}, { globals: true })));
  });
});

describe('lintArkTS with declaration files beside the sources', () => {
  const dir = path.join(fixtures, 'declarations');

  it('reads a .d.ts found in a folder as a declaration file, and the .ets file uses it', () => {
    const result = lintArkTS([dir], { cwd: dir });
    assert.deepEqual(result.files, ['batch.ets', 'sync-limits.d.ts']);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.runtimeGlobals, true);
  });

  it('takes a .d.ts named on the command line without --as-ets', () => {
    const result = lintArkTS(['sync-limits.d.ts', 'batch.ets'], { cwd: dir });
    assert.deepEqual(result.files, ['batch.ets', 'sync-limits.d.ts']);
    assert.deepEqual(result.diagnostics, []);
  });

  it('without it, the .ets file does not know the global it declares', () => {
    const result = lintArkTS(['batch.ets'], { cwd: dir });
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`),
      ['batch.ets:3 TS2304']
    );
  });

  it('adds no runtime globals when a declaration file of the program declares console itself', () => {
    const standIn = path.join(fixtures, 'console-stand-in');
    const result = lintArkTS([standIn], { cwd: standIn });
    assert.deepEqual(result.files, ['console.d.ts', 'log.ets']);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.runtimeGlobals, false);
  });

  it('adds none when the project file brings its own console', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'lint-own-globals-'));
    mkdirSync(path.join(project, 'src'));
    mkdirSync(path.join(project, 'ci'));
    writeFileSync(path.join(project, 'src/log.ets'), readFileSync(path.join(fixtures, 'console-stand-in/log.ets')));
    writeFileSync(path.join(project, 'ci/console.d.ets'), readFileSync(path.join(fixtures, 'console-stand-in/console.d.ts')));
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, lib: ['es2022'], types: [] }, include: ['src/*.ets', 'ci/*.d.ets'] })
    );
    const result = lintArkTS(['src'], { project: path.join(project, 'tsconfig.json'), cwd: project });
    assert.deepEqual(result.files, ['src/log.ets']);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.runtimeGlobals, false);
  });
});

describe('lintArkTS on the example extension read as ArkTS', () => {
  it('finds nothing, as the linter run directly finds nothing', () => {
    // The example declares the SDK modules it uses beyond the types package, and BuildProfile,
    // in types/, mapped with `paths` by its tsconfig.json.
    const dir = path.join(harness, '../examples/vendor-extension');
    const result = lintArkTS([], { project: path.join(dir, 'tsconfig.json'), asEts: true, cwd: dir });
    assert.ok(result.files.length >= 5, result.files.join(', '));
    assert.ok(result.files.includes('types/BuildProfile.d.ts'), result.files.join(', '));
    assert.deepEqual(result.diagnostics, []);
    const declared = result.files.filter((file) => file.startsWith('types/')).map((file) => path.basename(file, '.d.ts'));
    const paths = Object.fromEntries(declared.map((name) => [name, [`./${name}.d.ets`]]));
    assert.deepEqual(
      lintDirectly(
        result.files.map((file) => path.join(dir, file)),
        { paths }
      ),
      []
    );
  });
});

describe('lintArkTS with a project file', () => {
  it('lints the files the project includes, with its options', () => {
    const project = path.join(fixtures, 'project/tsconfig.json');
    const result = lintArkTS([], { project, cwd: fixtures });
    assert.deepEqual(result.files, ['project/src/sync-state.ets', 'project/types/sync-limits.d.ets']);
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`),
      ['project/src/sync-state.ets:5:20 arkts-no-in']
    );
  });

  it('with paths, lints only them, with the globals the project declares', () => {
    const project = path.join(fixtures, 'project/tsconfig.json');
    const result = lintArkTS(['project/src'], { project, cwd: fixtures });
    assert.deepEqual(result.files, ['project/src/sync-state.ets']);
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`),
      ['project/src/sync-state.ets:5:20 arkts-no-in']
    );
  });

  it('reports the compiler errors the linter finds with its strict checker when the project is not strict', () => {
    const project = path.join(fixtures, 'loose-project/tsconfig.json');
    const result = lintArkTS([], { project, cwd: fixtures });
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`),
      ['loose-project/bundle-label.ets:4:9 TS2322']
    );
    assert.equal(result.linterCount, 1);
    const direct = lintDirectly([path.join(fixtures, 'loose-project/bundle-label.ets')], { strict: false });
    assert.deepEqual(keysOf(result.diagnostics), keysOf(direct));
  });

  it('reports an option the compiler rejects as a diagnostic of the project file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-project-'));
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strictest: true }, include: ['*.ets'] }));
    writeFileSync(path.join(dir, 'a.ets'), 'export const answer: number = 42;\n');
    const result = lintArkTS([], { project: path.join(dir, 'tsconfig.json'), cwd: dir });
    assert.deepEqual(
      result.diagnostics.map((d) => [d.file, d.rule]),
      [['tsconfig.json', 'TS5025']]
    );
  });

  it('refuses a project file that does not exist', () => {
    assert.throws(() => lintArkTS([], { project: 'no-such/tsconfig.json', cwd: fixtures }), LintSetupError);
  });
});

describe('lintArkTS refuses to run without files', () => {
  it('for an empty folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-empty-'));
    assert.throws(
      () => lintArkTS([dir], { cwd: dir }),
      (error) => error instanceof LintSetupError && /no \.ets files/.test(error.message)
    );
  });

  it('for a path that does not exist', () => {
    assert.throws(() => lintArkTS(['no-such-file.ets'], { cwd: fixtures }), /no such file or folder/);
  });
});
