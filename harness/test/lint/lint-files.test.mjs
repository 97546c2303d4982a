import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, before } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { collectLintFiles, isLintable } = require(path.join(harness, 'dist/lint/lint-files.js'));
const { LintSetupError } = require(path.join(harness, 'dist/lint/lint-setup-error.js'));

describe('isLintable', () => {
  it('takes .ets, .d.ets and .d.ts always, .ts implementation files only as ArkTS', () => {
    assert.equal(isLintable('a.ets', false), true);
    assert.equal(isLintable('a.d.ets', false), true);
    assert.equal(isLintable('a.d.ts', false), true);
    assert.equal(isLintable('a.ts', false), false);
    assert.equal(isLintable('a.ts', true), true);
    assert.equal(isLintable('a.d.ts', true), true);
    assert.equal(isLintable('a.js', true), false);
    assert.equal(isLintable('a.mts', true), false);
  });
});

describe('collectLintFiles', () => {
  let root;
  const rel = (files) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'lint-files-'));
    for (const file of [
      'src/main/ets/entry.ets',
      'src/main/ets/globals.d.ets',
      'src/main/ets/limits.d.ts',
      'src/main/ets/util.ts',
      'src/readme.md',
      'node_modules/pkg/index.ets',
      'oh_modules/pkg/index.ets',
      'entry/build/default/cache/x.ets',
      '.preview/x.ets',
      'src/.hidden/x.ets'
    ]) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(root, file), '');
    }
  });

  it('walks a folder for .ets and declaration files, skipping installed packages, build output and hidden folders', () => {
    assert.deepEqual(rel(collectLintFiles(['.'], { asEts: false, cwd: root })), [
      'src/main/ets/entry.ets',
      'src/main/ets/globals.d.ets',
      'src/main/ets/limits.d.ts'
    ]);
  });

  it('adds .ts files when they are read as ArkTS', () => {
    assert.deepEqual(rel(collectLintFiles(['src'], { asEts: true, cwd: root })), [
      'src/main/ets/entry.ets',
      'src/main/ets/globals.d.ets',
      'src/main/ets/limits.d.ts',
      'src/main/ets/util.ts'
    ]);
  });

  it('takes a .d.ts file named on the command line without --as-ets', () => {
    assert.deepEqual(rel(collectLintFiles(['src/main/ets/limits.d.ts', 'src/main/ets/entry.ets'], { asEts: false, cwd: root })), [
      'src/main/ets/entry.ets',
      'src/main/ets/limits.d.ts'
    ]);
  });

  it('takes a named file as given, once, even inside a skipped folder', () => {
    assert.deepEqual(rel(collectLintFiles(['node_modules/pkg/index.ets', 'node_modules/pkg/index.ets'], { asEts: false, cwd: root })), [
      'node_modules/pkg/index.ets'
    ]);
  });

  it('refuses a .ts file unless it is read as ArkTS', () => {
    assert.throws(
      () => collectLintFiles(['src/main/ets/util.ts'], { asEts: false, cwd: root }),
      (error) => error instanceof LintSetupError && /--as-ets/.test(error.message)
    );
  });

  it('refuses a file the linter does not read, and a missing path', () => {
    assert.throws(() => collectLintFiles(['src/readme.md'], { asEts: true, cwd: root }), /neither an \.ets file nor a folder/);
    assert.throws(() => collectLintFiles(['missing'], { asEts: true, cwd: root }), /missing: no such file or folder/);
  });
});
