// Tests of the mutation check itself (scripts/mutants/): the mutants it generates, and its verdicts on a small
// fixture package.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { declarationFiles } from '../scripts/lib/declaration-files.mjs';
import { createMutantChecker } from '../scripts/mutants/checker.mjs';
import { applyMutant, describe, generateMutants, mutantsOfSource } from '../scripts/mutants/generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const FIXTURE = `import type { Other } from './other';

/** A thing. */
export interface Thing extends Other {
  /** Its name. */
  readonly name: string;
  size?: number;
  load(path: string, retries?: number): Promise<Array<string>>;
  kind: 'a' | null | Record<string, Other>;
}

export enum Mode {
  FIRST,
  SECOND,
  THIRD = 7,
}

export declare abstract class Box {
  static make(options: Box, extra: boolean): void;
  constructor(first: number, second: number);
}

export type Many = Other[];
`;

function mutated(mutants, kind, detailOrTarget) {
  const found = mutants.filter((m) => m.kind === kind && describe(m).includes(detailOrTarget));
  assert.equal(found.length, 1, `exactly one ${kind} mutant matching ${detailOrTarget}, got: ${found.map(describe).join('; ')}`);
  return applyMutant(FIXTURE, found[0]);
}

const collapse = (text) => text.replace(/\s+/g, ' ');

test('each kind of mutant edits the node it names', () => {
  const mutants = mutantsOfSource('fixture.d.ts', FIXTURE);

  assert.match(mutated(mutants, 'toggle-optional', 'Thing.name: add ?'), /readonly name\?: string;/);
  assert.match(mutated(mutants, 'toggle-optional', 'Thing.size: remove ?'), /\n  size: number;/);
  assert.match(mutated(mutants, 'toggle-optional', 'Thing.load: add ?'), /load\?\(path/);
  assert.match(mutated(mutants, 'toggle-optional', 'Thing.load(retries): remove ?'), /retries: number\)/);
  assert.match(mutated(mutants, 'drop-readonly', 'Thing.name'), /\n {2} name: string;/);
  assert.match(mutated(mutants, 'add-readonly', 'Thing.size'), /readonly size\?: number;/);
  assert.match(mutated(mutants, 'swap-primitive', 'Thing.name: [string → number]'), /readonly name: number;/);
  assert.match(mutated(mutants, 'swap-primitive', 'Box.make(extra)'), /extra: string\)/);
  assert.match(mutated(mutants, 'swap-primitive', 'Box.make return'), /extra: boolean\): undefined;/);
  assert.match(mutated(mutants, 'swap-primitive', '[null → undefined]'), /kind: 'a' \| undefined \|/);
  assert.match(mutated(mutants, 'drop-parameter', 'Thing.load(path)'), /load\(retries\?: number\)/);
  assert.match(mutated(mutants, 'drop-parameter', 'Thing.load(retries)'), /load\(path: string\)/);
  assert.match(mutated(mutants, 'drop-parameter', 'Box.constructor(second)'), /constructor\(first: number\);/);
  assert.match(mutated(mutants, 'unwrap-promise', 'Thing.load return'), /\): Array<string>;/);
  assert.match(mutated(mutants, 'generic-arg', 'Record<string, [Other → unknown]>'), /Record<string, unknown>/);
  assert.match(mutated(mutants, 'generic-arg', 'Many'), /Many = unknown\[\];/);
  assert.match(mutated(mutants, 'type-to-unknown', 'Box.make(options)'), /options: unknown,/);
  assert.match(mutated(mutants, 'drop-union-member', "[-'a']"), /kind: null \| Record<string, Other>;/);
  assert.match(mutated(mutants, 'drop-union-member', '[-Record<string, Other>]'), /kind: 'a' \| null;/);
  assert.match(mutated(mutants, 'drop-extends', 'Thing'), /interface Thing \{/);
  assert.match(mutated(mutants, 'drop-modifier', 'drop abstract'), /declare {2}class Box/);
  assert.match(mutated(mutants, 'drop-modifier', 'drop static'), /\n {2} make\(/);
  assert.match(mutated(mutants, 'enum-value', 'Mode.FIRST: implicit 0 → = 1'), /FIRST = 1,/);
  assert.match(mutated(mutants, 'enum-value', 'Mode.SECOND: implicit 1 → = 2'), /SECOND = 2,/);
  assert.match(mutated(mutants, 'enum-value', 'Mode.THIRD: 7 → 8'), /THIRD = 8,/);
  assert.match(collapse(mutated(mutants, 'drop-member', 'Mode.FIRST')), /enum Mode \{ SECOND, THIRD = 7, \}/);
  assert.match(collapse(mutated(mutants, 'drop-member', 'Mode.THIRD')), /enum Mode \{ FIRST, SECOND, \}/);
  const withoutName = mutated(mutants, 'drop-member', 'Thing.name');
  assert.doesNotMatch(withoutName, /name: string|Its name/, 'the member goes with its doc comment');
  assert.match(withoutName, /A thing/);
  assert.doesNotMatch(mutated(mutants, 'drop-declaration', 'Many'), /Many/);
});

test('no mutant makes an invalid parameter list or repeats another', () => {
  const mutants = mutantsOfSource('fixture.d.ts', FIXTURE);
  // `first` cannot become optional while `second` is required.
  assert.equal(mutants.filter((m) => describe(m).startsWith('toggle-optional Box.constructor(first)')).length, 0);
  assert.equal(mutants.filter((m) => describe(m).startsWith('toggle-optional Box.constructor(second)')).length, 1);
  // A keyword type argument is swapped, not also replaced by unknown.
  assert.equal(mutants.filter((m) => m.kind === 'generic-arg' && m.detail.includes('[string →')).length, 0);
  const texts = mutants.map((m) => applyMutant(FIXTURE, m));
  assert.equal(new Set(texts).size, texts.length);
  assert.equal(new Set(mutants.map((m) => m.id)).size, mutants.length);
});

test('every mutant of the package is valid syntax, changes the file, and has a unique id', () => {
  const files = declarationFiles();
  assert.ok(files.includes('src/cloud-db.d.ts') && files.includes('src/companions/ohos.rpc.d.ts') && files.includes('index.d.ts'));
  const mutants = generateMutants(files);
  assert.ok(mutants.length > 500, `only ${mutants.length} mutants`);
  const texts = new Map(files.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')]));
  for (const m of mutants) {
    const text = applyMutant(texts.get(m.file), m);
    assert.notEqual(text, texts.get(m.file), describe(m));
    const sf = ts.createSourceFile(m.file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const program = ts.createProgram({
      rootNames: [m.file],
      options: { noResolve: true, noLib: true },
      host: { ...ts.createCompilerHost({}), getSourceFile: (name) => (name === m.file ? sf : undefined) }
    });
    assert.deepEqual(
      program.getSyntacticDiagnostics(sf).map((d) => d.messageText),
      [],
      `${m.id} is not valid syntax`
    );
  }
  assert.equal(new Set(mutants.map((m) => m.id)).size, mutants.length);
  // Ids carry no line numbers: they survive edits elsewhere in the file.
  assert.ok(mutants.every((m) => !/:\d+:\d+/.test(m.id)));
  const kinds = new Set(mutants.map((m) => m.kind));
  for (const kind of [
    'toggle-optional',
    'drop-readonly',
    'swap-primitive',
    'enum-value',
    'drop-parameter',
    'unwrap-promise',
    'drop-union-member',
    'drop-member',
    'generic-arg',
    'drop-extends',
    'drop-export',
    'drop-reference'
  ]) {
    assert.ok(kinds.has(kind), `no ${kind} mutants`);
  }
});

test('the checker kills through compiler errors and tsd identity, and lets untested changes survive', (t) => {
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, '.tmp', 'mutants-fixture-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    lib: ['es2022'],
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: []
  };
  write(
    'package.json',
    JSON.stringify({ name: 'mutants-fixture', type: 'commonjs', tsd: { directory: 'tests', compilerOptions: options } })
  );
  write('tsconfig.json', JSON.stringify({ compilerOptions: options }));
  const declaration = 'export interface Point {\n  readonly x: number;\n  label: string;\n}\n';
  write('src/point.d.ts', declaration);
  write(
    'tests/point.ts',
    [
      "import type { Point } from '../src/point';",
      "import { expectType } from 'tsd';",
      'declare const p: Point;',
      'expectType<{ readonly x: number; label: string }>({ x: p.x, label: p.label } as { readonly x: number; label: string });',
      'expectType<{ readonly x: number }>(null! as Pick<Point, "x">);',
      ''
    ].join('\n')
  );
  const checker = createMutantChecker({ root: dir, testFiles: [path.join(dir, 'tests/point.ts')] });
  assert.deepEqual(checker.baselineProblems(), []);
  assert.ok(checker.reaches('src/point.d.ts'));
  const verdict = (describeText) => {
    const m = mutantsOfSource('src/point.d.ts', declaration).find((x) => describe(x) === describeText);
    assert.ok(m, `no mutant ${describeText}`);
    return checker.check('src/point.d.ts', applyMutant(declaration, m));
  };
  // `{ x: number }` and `{ readonly x: number }` are mutually assignable: only tsd's identity check sees it.
  assert.match(verdict('drop-readonly Point.x: drop readonly') ?? '', /expectType: .*not identical/);
  assert.match(verdict('swap-primitive Point.x: [number → string]') ?? '', /TS2\d{3}/);
  // The test never looks at whether `label` is readonly.
  assert.equal(verdict('add-readonly Point.label: add readonly'), undefined);
  // Only the tests that can reach a file are checked for its mutants; using a module object as a
  // whole reaches every file it re-exports.
  write('src/mode.d.ts', 'export declare enum Mode {\n  ON = 1,\n}\nexport interface Unused {\n  flag: boolean;\n}\n');
  write('src/all.d.ts', "export * from './mode';\nexport * from './point';\n");
  write(
    'tests/all.ts',
    ["import * as all from '../src/all';", "import { expectType } from 'tsd';", "expectType<'Mode'>(null! as keyof typeof all);", ''].join(
      '\n'
    )
  );
  const testFiles = ['tests/point.ts', 'tests/all.ts'].map((f) => path.join(dir, f));
  const pruned = createMutantChecker({ root: dir, testFiles });
  assert.deepEqual(pruned.baselineProblems(), []);
  assert.deepEqual(pruned.testsFor('src/point.d.ts').sort(), ['tests/all.ts', 'tests/point.ts']);
  assert.deepEqual(pruned.testsFor('src/mode.d.ts'), ['tests/all.ts']);
  const modeText = fs.readFileSync(path.join(dir, 'src/mode.d.ts'), 'utf8');
  const dropMode = mutantsOfSource('src/mode.d.ts', modeText).find((m) => describe(m) === 'drop-declaration Mode: drop declaration');
  assert.match(pruned.check('src/mode.d.ts', applyMutant(modeText, dropMode)) ?? '', /tests[/\\]all\.ts.*expectType/);

  // A broken test makes a dirty baseline.
  write('tests/point.ts', "import { expectType } from 'tsd';\nexpectType<string>(1 as number | string);\n");
  const broken = createMutantChecker({ root: dir, testFiles: [path.join(dir, 'tests/point.ts')] });
  assert.equal(broken.baselineProblems().length, 1);
});

test('each mutation operator lives in its own file, named after the kind of mutant it makes', async () => {
  const { operators } = await import('../scripts/mutants/operators/index.mjs');
  const dir = path.join(ROOT, 'scripts', 'mutants', 'operators');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f !== 'index.mjs')
    .sort();
  assert.deepEqual(operators.map((op) => `${op.kind}.mjs`).sort(), files);
  for (const file of files) {
    const { default: op } = await import(path.join(dir, file));
    assert.equal(`${op.kind}.mjs`, file);
    assert.equal(typeof op.mutate, 'function', file);
  }
  for (const file of fs
    .readdirSync(path.join(ROOT, 'scripts', 'mutants'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mjs'))) {
    const lines = fs.readFileSync(path.join(ROOT, 'scripts', 'mutants', file), 'utf8').split('\n').length;
    assert.ok(lines <= 300, `scripts/mutants/${file} has ${lines} lines`);
  }
});
