import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { resolveTypesEntry, TYPES_PACKAGE } = require(path.join(harness, 'dist/lint/types-package.js'));

describe('resolveTypesEntry', () => {
  it("takes the linted project's copy first", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-types-'));
    const pkg = path.join(dir, 'node_modules', TYPES_PACKAGE);
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      path.join(pkg, 'package.json'),
      JSON.stringify({ name: TYPES_PACKAGE, types: './entry.d.ts', exports: { './package.json': './package.json' } })
    );
    assert.equal(resolveTypesEntry([dir]), path.join(pkg, 'entry.d.ts'));
  });

  it('falls back to the copy beside the harness', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-types-'));
    const beside = require.resolve(`${TYPES_PACKAGE}/package.json`, { paths: [harness] });
    assert.equal(resolveTypesEntry([dir]), path.join(path.dirname(beside), require(beside).types));
  });
});
