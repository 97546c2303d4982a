import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { parseCommandLine } = require(path.join(harness, 'dist/cli/cli-args.js'));

const OPTIONS = {
  json: { type: 'boolean' },
  timeout: { type: 'string', missing: '--timeout needs a value in milliseconds' },
  module: { type: 'string', multiple: true },
  project: { type: 'string', short: 'p' }
};

describe('parseCommandLine', () => {
  it('gives the options and the positionals, in any order, values after a space or =', () => {
    assert.deepEqual(parseCommandLine(['a', '--json', '--timeout', '5', '-p', 'x.json', 'b'], OPTIONS), {
      kind: 'parsed',
      values: { json: true, timeout: '5', project: 'x.json' },
      positionals: ['a', 'b']
    });
    assert.deepEqual(parseCommandLine(['--timeout=', '-'], OPTIONS), { kind: 'parsed', values: { timeout: '' }, positionals: ['-'] });
  });

  it('collects a repeatable option in order', () => {
    assert.deepEqual(parseCommandLine(['--module', 'a=1', '--module=b=2'], OPTIONS).values, { module: ['a=1', 'b=2'] });
  });

  it('ends the options at --, for every option including --help and --version', () => {
    assert.deepEqual(parseCommandLine(['--json', '--', '--help', '-v', '--bogus'], OPTIONS), {
      kind: 'parsed',
      values: { json: true },
      positionals: ['--help', '-v', '--bogus']
    });
  });

  it('lets --help (-h) and then --version (-v) win over everything before --', () => {
    assert.deepEqual(parseCommandLine(['--bogus', '--timeout', '--version', '-h'], OPTIONS), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['--bogus', '-v'], OPTIONS), { kind: 'version' });
  });

  for (const [argv, message] of [
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--timeout'], '--timeout needs a value in milliseconds'],
    [['--project'], '--project needs a value'],
    [['-p'], '-p needs a value'],
    [['--json=yes'], '--json takes no value'],
    [['-p', 'a', '--project', 'b'], '--project given twice']
  ]) {
    it(`refuses ${JSON.stringify(argv)} with one line`, () => {
      assert.deepEqual(parseCommandLine(argv, OPTIONS), { kind: 'error', message });
    });
  }
});
