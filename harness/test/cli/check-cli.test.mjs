import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startExampleCloud } from '../../../test/lib/example-cloud.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repository = path.resolve(harness, '..');
const fixtures = path.join(harness, 'fixtures/cli');
const cli = path.join(harness, 'dist/cli/check-cli.js');
const version = JSON.parse(readFileSync(path.join(harness, 'package.json'), 'utf8')).version;

const scratch = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// The example extension forwards every call to the example cloud, whose address it reads from
// BuildProfile: the tests that run it start the cloud and map BuildProfile to the example's fake.
let cloud;
before(async () => {
  cloud = await startExampleCloud();
});
after(() => cloud?.close());

/** Runs the CLI on the example (or a copy of it) against the example cloud. */
function runExample(args, options = {}) {
  return run([...args, ...cloud.moduleArgs], { ...options, env: { ...cloud.env, ...options.env } });
}

/** Runs the CLI in a child process with pipes (never a terminal) and gives its status and output. */
function run(args, options = {}) {
  const env = { ...process.env, ...options.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? harness,
    env,
    encoding: 'utf8',
    timeout: 120_000
  });
  assert.equal(result.error, undefined, `the CLI did not finish: ${result.error}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts exit 2, nothing on stdout and exactly one line on stderr, with no stack trace. */
function assertFailure(result, pattern) {
  assert.equal(result.status, 2, `stderr: ${result.stderr}`);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^ohos-cloud-extension-check: [^\n]+\n$/);
  assert.doesNotMatch(result.stderr, /\bat .+:\d+:\d+/);
  assert.match(result.stderr, pattern);
}

/** Parses stdout as the JSON report, asserting it is nothing but that. */
function parseJsonReport(stdout) {
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['schemaVersion', 'findings', 'summary']);
  assert.equal(report.schemaVersion, 1);
  assert.ok(Array.isArray(report.findings));
  for (const finding of report.findings) {
    assert.deepEqual(Object.keys(finding), ['severity', 'method', 'rule', 'message', 'source']);
    assert.ok(['error', 'warning', 'note'].includes(finding.severity));
    for (const value of Object.values(finding)) {
      assert.equal(typeof value, 'string');
    }
  }
  for (const key of ['errors', 'warnings', 'notes', 'calls', 'elapsedMs']) {
    assert.equal(typeof report.summary[key], 'number', key);
  }
  assert.equal(typeof report.summary.usedSampleDatabase, 'boolean');
  return report;
}

/** Whether script(1) is there to run the CLI on a pseudo-terminal. */
function hasScript() {
  return spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Copies the example extension's sources to a new folder, with `extension` for `.ts`. */
function copyExample(extension, edit = (name, text) => text) {
  const folder = mkdtempSync(path.join(scratch, 'example-'));
  const example = path.join(repository, 'examples/vendor-extension');
  for (const name of readdirSync(example)) {
    if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      const text = readFileSync(path.join(example, name), 'utf8');
      writeFileSync(path.join(folder, name.replace(/\.ts$/, extension)), edit(name, text));
    }
  }
  return folder;
}

const errorsIn = (report) => report.findings.filter((finding) => finding.severity === 'error');

describe('ohos-cloud-extension-check: the bin', () => {
  it('is the bin the package declares, and starts with a node shebang', () => {
    const manifest = JSON.parse(readFileSync(path.join(harness, 'package.json'), 'utf8'));
    assert.equal(manifest.bin['ohos-cloud-extension-check'], './dist/cli/check-cli.js');
    assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('is executable after the build', { skip: process.platform === 'win32' && 'Windows has no mode bits' }, () => {
    assert.notEqual(statSync(cli).mode & 0o111, 0);
  });
});

describe('ohos-cloud-extension-check: arguments', () => {
  it('prints the usage for --help and exits 0', () => {
    const result = run(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: ohos-cloud-extension-check <entry> \[--json\] \[--timeout <ms>\]/);
    assert.equal(result.stderr, '');
  });

  it('prints the version for --version and exits 0', () => {
    const result = run(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${version}\n`);
  });

  it('exits 2 with one line when the entry is missing', () => {
    assertFailure(run([]), /missing the entry file to check \(see --help\)$/m);
  });

  it('exits 2 with one line for an unknown option', () => {
    assertFailure(run(['--jsn', 'entry.ts']), /unknown option --jsn/);
  });

  it('exits 2 with one line for a timeout that is not a positive whole number', () => {
    assertFailure(run([path.join(fixtures, 'entry.mjs'), '--timeout', '0']), /--timeout must be a positive whole number/);
    assertFailure(run([path.join(fixtures, 'entry.mjs'), '--timeout', 'soon']), /--timeout must be a positive whole number/);
    assertFailure(run([path.join(fixtures, 'entry.mjs'), '--timeout']), /--timeout needs a value/);
  });
});

describe('ohos-cloud-extension-check: entries that cannot be used', () => {
  it('exits 2 for a file that does not exist', () => {
    assertFailure(run(['fixtures/cli/nowhere.ts']), /cannot find the entry file fixtures\/cli\/nowhere\.ts$/m);
  });

  it('exits 2 for a device-only import that is neither emulated nor mapped, naming --module', () => {
    const result = run(['fixtures/cli/device-only/entry.ts']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      "ohos-cloud-extension-check: the extension imports 'libentry.so', which the harness does not emulate; map it to a fake of yours with --module libentry.so=<file>\n"
    );
  });

  it('exits 2 with a plain line for a missing npm package, without the --module hint', () => {
    assertFailure(run(['fixtures/cli/device-only/missing-package.ts']), /Cannot find module 'no-such-package-of-the-harness'/);
    assert.doesNotMatch(run(['fixtures/cli/device-only/missing-package.ts']).stderr, /--module/);
  });

  it('exits 2 for a --module whose file does not exist', () => {
    const result = run(['fixtures/cli/entry.cjs', '--module', 'libentry.so=fakes/nowhere.ts']);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, "ohos-cloud-extension-check: cannot find fakes/nowhere.ts, the file mapped to 'libentry.so'\n");
  });

  it('exits 2 for a syntax error, naming the line', () => {
    assertFailure(run(['fixtures/cli/syntax-error.ts']), /fixtures\/cli\/syntax-error\.ts:3:36: syntax error: Expression expected\./);
  });

  it('exits 2 for an entry without a default export', () => {
    assertFailure(run(['fixtures/cli/no-default.ts']), /no-default\.ts has no default export/);
  });

  it('exits 2 for an entry that throws while loading, on one line', () => {
    assertFailure(run(['fixtures/cli/throws-at-load.ts']), /throws-at-load\.ts threw while loading: Error: configuration file missing$/m);
  });

  it('exits 2, not 0, when the extension ends the process before the check is done', () => {
    const file = path.join(scratch, 'exits.cjs');
    writeFileSync(file, 'process.exit(0);\n');
    // The entry runs in its own process (a worker thread), so process.exit ends only that.
    assertFailure(run([file]), /exits\.cjs ended its process while loading/);
  });

  it('exits 2 when the entry holds its thread at module load (a synchronous loop), and does not hang', () => {
    const started = Date.now();
    assertFailure(
      run(['fixtures/isolation/spins-at-load.ts', '--timeout', '2000']),
      /fixtures\/isolation\/spins-at-load\.ts did not finish loading within 2000 ms and held its thread/
    );
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
  });

  it('exits 2 when an ES module entry never finishes loading within --timeout', () => {
    const file = path.join(scratch, 'never-loads.mjs');
    writeFileSync(file, 'await new Promise(() => {});\nexport default class NeverLoads {}\n');
    assertFailure(run([file, '--timeout', '200']), /never-loads\.mjs did not finish loading within 200 ms/);
  });
});

describe('ohos-cloud-extension-check: checking', () => {
  it('exits 1 with the error for a CommonJS .cjs entry whose unsubscribe resolves 0', () => {
    const result = run(['fixtures/cli/formats/unsubscribe-zero.cjs', '--json']);
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.ok(
      errorsIn(report).some((finding) => finding.rule === 'unsubscribe-not-positive' && finding.method === 'CloudService.unsubscribe'),
      result.stdout
    );
    assert.equal(report.summary.errors, errorsIn(report).length);
  });

  it('exits 1 with the same error for an ES module .mjs entry', () => {
    const result = run(['fixtures/cli/formats/unsubscribe-zero.mjs', '--json']);
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.ok(
      errorsIn(report).some((finding) => finding.rule === 'unsubscribe-not-positive'),
      result.stdout
    );
  });

  it('prints a plain report without colour when stdout is not a terminal', () => {
    const result = run(['fixtures/cli/formats/unsubscribe-zero.cjs']);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(!result.stdout.includes('\u001b'), 'no escape codes');
    assert.match(result.stdout, /^CloudService\n {2}error {4}CloudService\.\w+ {2}[a-z-]+\n/);
    assert.match(result.stdout, /\n\d+ errors?, \d+ warnings?, \d+ notes? \(\d+ calls? in \d+\.\d\d s\)\n$/);
    assert.match(result.stdout, /CloudService\.unsubscribe {2}unsubscribe-not-positive/);
  });

  it(
    'colours the report and shows a progress line on a terminal, and drops the colour for NO_COLOR',
    { skip: !hasScript() && 'needs script(1) for a pseudo-terminal' },
    () => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} fixtures/cli/formats/unsubscribe-zero.cjs`;
      const onTerminal = (extra) =>
        spawnSync('script', ['-qec', command, '/dev/null'], {
          cwd: harness,
          env: { ...process.env, TERM: 'xterm', ...extra },
          encoding: 'utf8',
          timeout: 120_000
        });
      const coloured = onTerminal({});
      assert.equal(coloured.status, 1, coloured.stdout);
      assert.match(coloured.stdout, /\r\u001b\[K\| checking fixtures\/cli\/formats\/unsubscribe-zero\.cjs \d+\.\d s/);
      assert.match(coloured.stdout, /\u001b\[1m\u001b\[31merror/);
      const plain = onTerminal({ NO_COLOR: '1' });
      assert.equal(plain.status, 1, plain.stdout);
      assert.doesNotMatch(plain.stdout, /\u001b\[[0-9;]*m/);
    }
  );

  it('exits 1 for a single error: the example with unsubscribe resolving 0', () => {
    const folder = copyExample('.ts', (name, text) =>
      name === 'cloud-service.ts'
        ? text.replace(/(async unsubscribe\([^]*?)return \(reply\.body as UnsubscribeAnswer\)\.value;/, '$1return 0;')
        : text
    );
    const result = runExample([path.join(folder, 'service-extension.ts'), '--json']);
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(
      errorsIn(report).map((finding) => `${finding.method} ${finding.rule}`),
      ['CloudService.unsubscribe unsubscribe-not-positive']
    );
  });

  it('passes --timeout to the check as the time limit of each call', () => {
    const file = path.join(scratch, 'hangs.cjs');
    writeFileSync(
      file,
      `const { ZeroUnsubscribeService } = require(${JSON.stringify(path.join(fixtures, 'formats/zero-unsubscribe-service.cjs'))});\n` +
        'class Hangs extends ZeroUnsubscribeService {\n  getServiceInfo() {\n    return new Promise(() => {});\n  }\n}\n' +
        'module.exports = new Hangs();\n'
    );
    const result = run([file, '--json', '--timeout', '100']);
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.ok(
      errorsIn(report).some((finding) => finding.rule === 'call-timed-out' && finding.method === 'CloudService.getServiceInfo'),
      result.stdout
    );
    assert.ok(report.summary.elapsedMs < 5000, `took ${report.summary.elapsedMs} ms, the default limit of one call`);
  });

  it('ends a getServiceInfo stuck in a synchronous loop at --timeout: exit 1, the error at that method, well within 30 s', () => {
    const started = Date.now();
    const result = run(['fixtures/isolation/spins-in-get-service-info.ts', '--json', '--timeout', '2000']);
    const took = Date.now() - started;
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(
      errorsIn(report).map((finding) => `${finding.method} ${finding.rule}`),
      ['CloudService.getServiceInfo call-timed-out']
    );
    assert.match(errorsIn(report)[0].message, /within 2000 ms and never gave the extension's thread back/);
    assert.ok(took < 30_000, `took ${took} ms`);
  });

  it('survives errors the extension throws outside any call, and mentions them on stderr', () => {
    const file = path.join(scratch, 'throws-later.cjs');
    writeFileSync(
      file,
      "setTimeout(() => { throw new Error('thrown from a timer'); }, 0);\n" +
        "Promise.reject(new Error('rejected with nobody listening'));\n" +
        `module.exports = require(${JSON.stringify(path.join(fixtures, 'formats/unsubscribe-zero.cjs'))});\n`
    );
    const result = run([file, '--json']);
    assert.equal(result.status, 1, result.stderr);
    parseJsonReport(result.stdout);
    assert.match(
      result.stderr,
      /^ohos-cloud-extension-check: note: the extension threw 2 times outside any call \(first: Error: (thrown from a timer|rejected with nobody listening)\)\n$/
    );
  });

  it('exits even when the extension leaves a timer running, which never writes into the JSON', () => {
    const file = path.join(scratch, 'timer-left-running.cjs');
    writeFileSync(
      file,
      `setInterval(() => { console.log('tick'); process.stdout.write('tock'); }, 1);\nmodule.exports = require(${JSON.stringify(path.join(fixtures, 'formats/unsubscribe-zero.cjs'))});\n`
    );
    const started = Date.now();
    const result = run([file, '--json']);
    assert.equal(result.status, 1, result.stderr);
    parseJsonReport(result.stdout);
    assert.doesNotMatch(result.stdout, /tick|tock/);
    assert.ok(Date.now() - started < 60_000);
  });

  it('runs an extension with a native library and BuildProfile once --module maps them to fakes', () => {
    const folder = copyExample('.ts', (name, text) =>
      name === 'service-extension.ts'
        ? `import Native from 'libentry.so';\nimport BuildProfile from 'BuildProfile';\nexport const built: string = BuildProfile.BUNDLE_NAME + Native.add(1, 2);\n${text}`
        : text
    );
    writeFileSync(path.join(folder, 'libentry-fake.ts'), readFileSync(path.join(fixtures, 'device-only/libentry.ts')));
    // The fixture's BuildProfile, with the cloud's address the example reads from it.
    const buildProfile = readFileSync(path.join(fixtures, 'device-only/BuildProfile.ets'), 'utf8').replace(
      /\n\}\s*$/,
      `\n  static readonly CLOUD_URL: string = '${cloud.url}';\n}\n`
    );
    writeFileSync(path.join(folder, 'BuildProfile.ets'), buildProfile);
    const entry = path.join(folder, 'service-extension.ts');
    const unmapped = run([entry, '--json', '--module', 'libentry.so=libentry-fake.ts'], { cwd: folder });
    assert.equal(unmapped.status, 2);
    assert.match(
      unmapped.stderr,
      /imports 'BuildProfile', which the harness does not emulate; map it to a fake of yours with --module BuildProfile=<file>\n$/
    );
    const result = run([entry, '--json', '--module', 'libentry.so=libentry-fake.ts', '--module=BuildProfile=BuildProfile.ets'], {
      cwd: folder
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(errorsIn(parseJsonReport(result.stdout)), []);
  });

  it("exits 0 for the README command on the example extension, with the example's logs kept off stdout", () => {
    const result = runExample(['examples/vendor-extension/service-extension.ts', '--json'], { cwd: repository });
    assert.equal(result.status, 0, `${result.stderr}\n${result.stdout}`);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(errorsIn(report), []);
    assert.ok(report.summary.calls > 0);
  });

  it('prints the human report for the README command and exits 0', () => {
    const result = runExample(['examples/vendor-extension/service-extension.ts'], { cwd: repository });
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /onConnect:|get service info/);
    assert.match(result.stdout, /^0 errors, \d+ warnings?, \d+ notes? \(\d+ calls in \d+\.\d\d s\)$/m);
  });

  it("shows the extension's own console and hilog output on stderr with --verbose", () => {
    const result = runExample(['examples/vendor-extension/service-extension.ts', '--json', '--verbose'], { cwd: repository });
    assert.equal(result.status, 0, result.stderr);
    parseJsonReport(result.stdout);
    assert.match(result.stderr, /get service info/);
  });

  it('runs an ArkTS .ets entry with extension-less imports of .ets files (the example, renamed)', () => {
    const folder = copyExample('.ets');
    const result = runExample([path.join(folder, 'service-extension.ets'), '--json']);
    assert.equal(result.status, 0, `${result.stderr}\n${result.stdout}`);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(errorsIn(report), []);
  });
});

describe('ohos-cloud-extension-check --sandbox', () => {
  it('runs the extension in the folder given and keeps its files there', () => {
    const folder = path.join(scratch, 'device');
    const clean = path.join(harness, 'fixtures/rules/clean.ts');
    const result = run([clean, '--json', '--sandbox', folder]);
    assert.equal(result.status, 0, result.stderr);
    const files = path.join(folder, 'data/storage/el2/base/haps/entry/files');
    assert.deepEqual(readdirSync(files).sort(), ['photo-1.jpg', 'photo-2.jpg', '文档 3.pdf']);
    assert.equal(statSync(path.join(files, 'photo-1.jpg')).size, 1025);
  });
});

describe('ohos-cloud-extension-check --sandbox that cannot be used', () => {
  it('exits 2 with one line naming the folder', () => {
    const file = path.join(scratch, 'plain-file');
    writeFileSync(file, 'x');
    const result = run([path.join(harness, 'fixtures/rules/clean.ts'), '--sandbox', path.join(file, 'below')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^ohos-cloud-extension-check: --sandbox .*below: .+\n$/);
  });
});

/** An `io` for `run` that keeps what is written, with the given environment. */
function captureIo(env = {}) {
  const written = { stdout: '', stderr: '' };
  const io = {
    stdout: (text) => {
      written.stdout += text;
    },
    stderr: (text) => {
      written.stderr += text;
    },
    env
  };
  return { io, written };
}

describe('ohos-cloud-extension-check: run(argv, io) in process', () => {
  const { run: runInProcess, USAGE } = {
    ...require(path.join(harness, 'dist/cli/check-cli.js')),
    ...require(path.join(harness, 'dist/cli/args.js'))
  };

  it('prints the usage for --help to io.stdout and resolves to 0, without ending the process', async () => {
    const { io, written } = captureIo();
    assert.equal(await runInProcess(['--help'], io), 0);
    assert.equal(written.stdout, USAGE);
    assert.equal(written.stderr, '');
  });

  it('resolves to 2 with one line on io.stderr for bad arguments', async () => {
    const { io, written } = captureIo();
    assert.equal(await runInProcess(['--jsn', 'entry.ts'], io), 2);
    assert.equal(written.stdout, '');
    assert.equal(written.stderr, 'ohos-cloud-extension-check: unknown option --jsn (see --help)\n');
  });

  it('resolves to 1 when the warnings exceed --max-warnings, and to 0 when they do not', async () => {
    const entry = path.join(harness, 'fixtures/rules/result-count-mismatch.ts');
    const plain = captureIo();
    assert.equal(await runInProcess([entry, '--json'], plain.io), 0, plain.written.stderr);
    const { summary } = JSON.parse(plain.written.stdout);
    assert.equal(summary.errors, 0);
    assert.ok(summary.warnings > 0, plain.written.stdout);
    const within = captureIo();
    assert.equal(await runInProcess([entry, '--json', '--max-warnings', String(summary.warnings)], within.io), 0, within.written.stderr);
    const over = captureIo();
    assert.equal(await runInProcess([entry, '--max-warnings', String(summary.warnings - 1)], over.io), 1, over.written.stderr);
    assert.match(
      over.written.stderr,
      new RegExp(`^ohos-cloud-extension-check: ${summary.warnings} warnings? (is|are) more than --max-warnings ${summary.warnings - 1}\\n$`)
    );
  });

  it('checks an entry and resolves to 1 for its error, the JSON report on io.stdout', async () => {
    const { io, written } = captureIo();
    assert.equal(await runInProcess([path.join(harness, 'fixtures/cli/formats/unsubscribe-zero.cjs'), '--json'], io), 1, written.stderr);
    const report = JSON.parse(written.stdout);
    assert.ok(report.findings.some((finding) => finding.rule === 'unsubscribe-not-positive'));
  });
});
