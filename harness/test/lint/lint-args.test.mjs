import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { parseLintArgs, LINT_OPTIONS, LINT_USAGE } = require(path.join(harness, 'dist/lint/lint-args.js'));

describe('parseLintArgs', () => {
  it('takes paths and flags in any order', () => {
    assert.deepEqual(parseLintArgs(['--json', 'a.ets', 'src', '--as-ets']), {
      kind: 'lint',
      paths: ['a.ets', 'src'],
      json: true,
      asEts: true
    });
  });

  it('takes --project as the next argument, after =, or as -p', () => {
    for (const argv of [['--project', 'tsconfig.json'], ['--project=tsconfig.json'], ['-p', 'tsconfig.json']]) {
      assert.deepEqual(parseLintArgs(argv), { kind: 'lint', paths: [], project: 'tsconfig.json', json: false, asEts: false });
    }
  });

  it('treats what follows -- as paths', () => {
    assert.deepEqual(parseLintArgs(['--', '--json']), { kind: 'lint', paths: ['--json'], json: false, asEts: false });
    assert.deepEqual(parseLintArgs(['a.ets', '--', '--help']), { kind: 'lint', paths: ['a.ets', '--help'], json: false, asEts: false });
  });

  it('lists every option in the usage text', () => {
    for (const name of [...Object.keys(LINT_OPTIONS), 'help', 'version']) {
      assert.match(LINT_USAGE, new RegExp(`^  --${name}\\b`, 'm'), name);
    }
  });

  it('refuses no paths, an unknown option, a --project without a value, and two projects', () => {
    assert.equal(parseLintArgs([]).kind, 'error');
    assert.deepEqual(parseLintArgs(['a.ets', '--fix']), { kind: 'error', message: 'unknown option --fix' });
    assert.equal(parseLintArgs(['--project']).kind, 'error');
    assert.equal(parseLintArgs(['--project', '--json']).kind, 'error');
    assert.deepEqual(parseLintArgs(['-p', 'a.json', '-p', 'b.json']), { kind: 'error', message: '--project given twice' });
  });

  it('lets --help and --version win', () => {
    assert.deepEqual(parseLintArgs(['a.ets', '--fix', '--help']), { kind: 'help' });
    assert.deepEqual(parseLintArgs(['--version']), { kind: 'version' });
  });

  it('documents every option and the exit codes', () => {
    for (const text of [
      '--project',
      '--json',
      '--as-ets',
      '.d.ts',
      'console',
      'npm install --save-dev ohos-typescript',
      '0 no problems',
      '1 problems',
      '2 the lint could not run'
    ]) {
      assert.ok(LINT_USAGE.includes(text), text);
    }
  });
});
