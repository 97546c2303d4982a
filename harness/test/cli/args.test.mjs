import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { parseArgs, CHECK_OPTIONS, MAX_TIMEOUT_MS, USAGE } = require(path.join(harness, 'dist/cli/args.js'));

describe('parseArgs', () => {
  it('takes the entry alone', () => {
    assert.deepEqual(parseArgs(['entry.ts']), { kind: 'check', options: { entry: 'entry.ts', json: false, verbose: false } });
  });

  it('takes --json and --timeout before or after the entry', () => {
    const expected = { kind: 'check', options: { entry: 'e.ts', json: true, verbose: false, timeoutMs: 250 } };
    assert.deepEqual(parseArgs(['--json', '--timeout', '250', 'e.ts']), expected);
    assert.deepEqual(parseArgs(['e.ts', '--timeout=250', '--json']), expected);
  });

  it('takes --verbose', () => {
    assert.equal(parseArgs(['--verbose', 'e.ts']).options.verbose, true);
  });

  it('takes --module spec=file, repeated, with the value after a space or =', () => {
    const parsed = parseArgs(['e.ts', '--module', 'libentry.so=fakes/libentry.ts', '--module=BuildProfile=fakes/BuildProfile.ets']);
    assert.deepEqual(parsed, {
      kind: 'check',
      options: {
        entry: 'e.ts',
        json: false,
        verbose: false,
        modules: { 'libentry.so': 'fakes/libentry.ts', BuildProfile: 'fakes/BuildProfile.ets' }
      }
    });
    assert.match(USAGE, /--module <spec>=<file>/);
  });

  it('refuses a --module without a value or without spec=file', () => {
    assert.deepEqual(parseArgs(['e.ts', '--module']), { kind: 'error', message: '--module needs <specifier>=<file>' });
    assert.deepEqual(parseArgs(['e.ts', '--module', 'libentry.so']), {
      kind: 'error',
      message: '--module: a module mapping must be <specifier>=<file>, got "libentry.so"'
    });
  });

  it('takes an entry that starts with a dash after --', () => {
    assert.equal(parseArgs(['--', '-odd.ts']).options.entry, '-odd.ts');
  });

  it('ends every option at --, --help and --version included, as the lint does', () => {
    assert.equal(parseArgs(['--', '--help']).options.entry, '--help');
    assert.equal(parseArgs(['--json', '--', '-v']).options.entry, '-v');
  });

  it('lists every option in the usage text, --verbose included', () => {
    for (const name of [...Object.keys(CHECK_OPTIONS), 'help', 'version']) {
      assert.match(USAGE, new RegExp(`^  --${name}\\b`, 'm'), name);
    }
    assert.match(USAGE, /^Usage: .*\[--verbose\]/);
  });

  it('answers --help and --version before anything else', () => {
    assert.deepEqual(parseArgs(['--bogus', '--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['e.ts', '--version']), { kind: 'version' });
    assert.match(USAGE, /^Usage: ohos-cloud-extension-check <entry> \[--json\] \[--timeout <ms>\]/);
  });

  for (const [argv, pattern] of [
    [[], /missing the entry file/],
    [['a.ts', 'b.ts'], /expected one entry file, got 2: a\.ts b\.ts/],
    [['--bogus', 'e.ts'], /unknown option --bogus/],
    [['e.ts', '--timeout'], /--timeout needs a value/],
    [['e.ts', '--timeout', '0'], /positive whole number of milliseconds, got "0"/],
    [['e.ts', '--timeout', '-5'], /positive whole number/],
    [['e.ts', '--timeout', '1.5'], /positive whole number/],
    [['e.ts', '--timeout', '1e3'], /positive whole number/],
    [['e.ts', '--timeout=abc'], /positive whole number/],
    [['e.ts', '--timeout='], /positive whole number/],
    [['e.ts', '--timeout', String(MAX_TIMEOUT_MS + 1)], /at most 2147483647 ms/],
    [['e.ts', '--timeout', '5', '--timeout', '6'], /^--timeout given twice$/],
    [['e.ts', '--json=yes'], /^--json takes no value$/],
    [['e.ts', '--max-warnings'], /^--max-warnings needs a number of warnings$/],
    [['e.ts', '--max-warnings', '-1'], /^--max-warnings must be a whole number from 0 up, got "-1"$/],
    [['e.ts', '--max-warnings', '2.5'], /^--max-warnings must be a whole number from 0 up, got "2\.5"$/]
  ]) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      const parsed = parseArgs(argv);
      assert.equal(parsed.kind, 'error');
      assert.match(parsed.message, pattern);
    });
  }

  it('takes --max-warnings <n>, 0 included', () => {
    assert.equal(parseArgs(['e.ts', '--max-warnings', '0']).options.maxWarnings, 0);
    assert.equal(parseArgs(['e.ts', '--max-warnings=12']).options.maxWarnings, 12);
    assert.equal('maxWarnings' in parseArgs(['e.ts']).options, false);
  });

  it('accepts the largest timeout Node can wait', () => {
    assert.equal(parseArgs(['e.ts', '--timeout', String(MAX_TIMEOUT_MS)]).options.timeoutMs, 2147483647);
  });
});

describe('parseArgs --sandbox', () => {
  it('takes the sandbox folder as the next argument or after =', () => {
    const expected = { kind: 'check', options: { entry: 'e.ts', json: false, verbose: false, sandbox: 'out/device' } };
    assert.deepEqual(parseArgs(['e.ts', '--sandbox', 'out/device']), expected);
    assert.deepEqual(parseArgs(['--sandbox=out/device', 'e.ts']), expected);
    assert.match(USAGE, /--sandbox <dir>/);
  });

  it('refuses --sandbox without a folder', () => {
    assert.deepEqual(parseArgs(['e.ts', '--sandbox']), { kind: 'error', message: '--sandbox needs a folder' });
    assert.deepEqual(parseArgs(['e.ts', '--sandbox=']), { kind: 'error', message: '--sandbox needs a folder' });
  });
});
