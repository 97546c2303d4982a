// ohos-cloud-extension-lint as a vendor runs it: exit codes, the human and JSON reports, and a
// clear message (never a stack trace) when it cannot run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintDirectly, rulesOf } from '../support/direct-arkts-linter.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(harness, 'dist/cli/lint-cli.js');
const fixtures = path.join(harness, 'fixtures/lint');

function lint(args, { cwd = fixtures, script = bin } = {}) {
  const run = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function assertNoStack(text) {
  assert.doesNotMatch(text, /\n\s+at /, 'a stack trace was printed');
}

describe('ohos-cloud-extension-lint', () => {
  it('is the bin the package declares', () => {
    const manifest = require(path.join(harness, 'package.json'));
    assert.equal(manifest.bin['ohos-cloud-extension-lint'], './dist/cli/lint-cli.js');
    assert.equal(manifest.peerDependenciesMeta['ohos-typescript'].optional, true);
    assert.ok(manifest.peerDependencies['ohos-typescript']);
  });

  it('exits 0 and says so on the reference sample written as ArkTS, linted alone (the runtime globals declared)', () => {
    const run = lint(['reference-sample']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^No problems in 1 file \(ohos-typescript 4\.9\.5-r9, ArkTS 1\.1 rules\)\.\n$/);
  });

  it('uses a declaration file named beside the sources, without --as-ets', () => {
    const declarations = path.join(fixtures, 'declarations');
    const run = lint(['sync-limits.d.ts', 'batch.ets'], { cwd: declarations });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^No problems in 2 files/);
    const without = lint(['batch.ets'], { cwd: declarations });
    assert.equal(without.status, 1);
    assert.match(without.stdout, /^batch\.ets:3:\d+  TS2304  Cannot find name 'MAX_BATCH_ROWS'\./);
  });

  it('exits 1 and prints file:line:col, rule and message, one a line, then a summary', () => {
    const run = lint(['arkts-no-spread.ets', 'TS2322.ets']);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual(
      lines.slice(0, -1).map((line) => line.replace(/  (?!.*  ).*$/, '')),
      ['TS2322.ets:8:5  TS2322', 'arkts-no-spread.ets:7:21  arkts-no-untyped-obj-literals', 'arkts-no-spread.ets:7:23  arkts-no-spread']
    );
    assert.match(lines[0], /  Type 'string' is not assignable to type 'number'\.$/);
    assert.match(lines.at(-1), /^3 problems in 2 files: 2 from the ArkTS linter, 1 compiler error/);
  });

  it('--json prints { diagnostics } with the rule ids the linter run directly gives', () => {
    const files = ['arkts-no-in.ets', 'arkts-no-for-in.ets', 'arkts-no-implicit-return-types.ets', 'TS2322.ets'];
    const run = lint(['--json', ...files]);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(report), ['schemaVersion', 'diagnostics']);
    for (const diagnostic of report.diagnostics) {
      assert.deepEqual(Object.keys(diagnostic), ['file', 'line', 'column', 'rule', 'message']);
    }
    const direct = lintDirectly(files.map((file) => path.join(fixtures, file)));
    assert.deepEqual(rulesOf(report.diagnostics), rulesOf(direct));
    assert.ok(report.diagnostics.some((d) => d.rule === 'arkts-no-implicit-return-types'));
    assert.ok(report.diagnostics.some((d) => d.rule === 'TS2322'));
  });

  it('--as-ets reads .ts files as ArkTS, and --json on a clean run prints an empty list', () => {
    const run = lint(['--as-ets', '--json', 'typescript-idioms']);
    assert.equal(run.status, 1, run.stderr);
    assert.ok(JSON.parse(run.stdout).diagnostics.some((d) => d.file === 'typescript-idioms/rows.ts' && d.rule === 'arkts-no-spread'));
    const clean = lint(['--json', 'reference-sample']);
    assert.equal(clean.status, 0);
    assert.deepEqual(JSON.parse(clean.stdout), { schemaVersion: 1, diagnostics: [] });
  });

  it('--project lints the files the project includes', () => {
    const run = lint(['--project', 'project/tsconfig.json']);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^project\/src\/sync-state\.ets:5:20  arkts-no-in  /);
  });

  it('exits 2 with the usage for bad arguments', () => {
    for (const args of [[], ['--fix', 'a.ets'], ['--project']]) {
      const run = lint(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^ohos-cloud-extension-lint: .+\n\nUsage: ohos-cloud-extension-lint/);
      assert.equal(run.stdout, '');
    }
  });

  it('exits 2 with one clear line when there is nothing to lint', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'lint-cli-'));
    writeFileSync(path.join(empty, 'a.ts'), 'export {};\n');
    writeFileSync(path.join(empty, 'a.d.ts'), 'declare const a: number;\n');
    for (const [args, message] of /** @type {[string[], string][]} */ ([
      [['.'], 'no .ets files to lint (pass --as-ets to read .ts files as ArkTS)'],
      [['a.ts'], 'a.ts is a TypeScript file; pass --as-ets to read it as ArkTS'],
      [['a.d.ts'], 'no .ets files to lint (pass --as-ets to read .ts files as ArkTS)'],
      [['missing.ets'], 'missing.ets: no such file or folder']
    ])) {
      const run = lint(args, { cwd: empty });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `ohos-cloud-extension-lint: ${message}\n`);
    }
  });

  it('exits 2 with the install command when ohos-typescript is missing, without a stack trace', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'lint-cli-'));
    cpSync(path.join(harness, 'dist'), path.join(outside, 'dist'), { recursive: true });
    writeFileSync(path.join(outside, 'package.json'), JSON.stringify({ name: 'copy', version: '0.0.0' }));
    writeFileSync(path.join(outside, 'a.ets'), 'export const a: number = 1;\n');
    const run = lint(['a.ets'], { cwd: outside, script: path.join(outside, 'dist/cli/lint-cli.js') });
    rmSync(outside, { recursive: true, force: true });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ohos-typescript is not installed/);
    assert.match(run.stderr, /npm install --save-dev ohos-typescript/);
    assertNoStack(run.stderr);
    assert.equal(run.stdout, '');
  });

  it('--help and --version exit 0', () => {
    assert.match(lint(['--help']).stdout, /^Usage: ohos-cloud-extension-lint/);
    assert.equal(lint(['--version']).stdout, `${require(path.join(harness, 'package.json')).version}\n`);
  });
});

describe('ohos-cloud-extension-lint from the packed tarballs', () => {
  // The two packages packed as npm publishes them (the harness's dist as built; no prepack, so
  // a build running beside this test is not disturbed), installed into a project outside the
  // repository, with ohos-typescript beside them as `npm install --save-dev ohos-typescript`
  // would put it.
  let packs;
  let consumer;
  let lintBin;

  const npm = (args, cwd) => {
    const run = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 300_000 });
    assert.equal(run.status, 0, `npm ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
    return run.stdout;
  };

  before(() => {
    packs = mkdtempSync(path.join(tmpdir(), 'lint-packs-'));
    const tarballs = [path.resolve(harness, '..'), harness].map((dir) => {
      const [info] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packs], dir));
      return path.join(packs, info.filename);
    });
    consumer = mkdtempSync(path.join(tmpdir(), 'lint-consumer-'));
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'vendor-extension', version: '1.0.0', private: true }));
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', ...tarballs], consumer);
    symlinkSync(path.dirname(require.resolve('ohos-typescript/package.json')), path.join(consumer, 'node_modules/ohos-typescript'), 'dir');
    lintBin = path.join(consumer, 'node_modules/ohos-cloud-extension-harness/dist/cli/lint-cli.js');
    cpSync(path.join(fixtures, 'typescript-idioms'), path.join(consumer, 'idioms'), { recursive: true });
    cpSync(path.join(fixtures, 'reference-sample'), path.join(consumer, 'sample'), { recursive: true });
    cpSync(path.join(harness, '../examples/arkts-project'), path.join(consumer, 'deveco'), { recursive: true });
    for (const name of readdirSync(path.join(consumer, 'idioms'))) {
      renameSync(path.join(consumer, 'idioms', name), path.join(consumer, 'idioms', name.replace(/\.ts$/, '.ets')));
    }
  });

  after(() => {
    for (const dir of [packs, consumer]) {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('installs the bin', () => {
    assert.ok(existsSync(path.join(consumer, 'node_modules/.bin/ohos-cloud-extension-lint')));
  });

  it('reports on an .ets extension written with TypeScript idioms the rule ids the linter run directly reports', () => {
    const run = lint(['--json', 'idioms'], { cwd: consumer, script: lintBin });
    assert.equal(run.status, 1, run.stderr);
    const reported = JSON.parse(run.stdout).diagnostics;
    const direct = lintDirectly(['cloud-db.ets', 'device-console.d.ets', 'rows.ets'].map((name) => path.join(consumer, 'idioms', name)));
    assert.ok(direct.length > 5);
    assert.deepEqual(rulesOf(reported), rulesOf(direct));
  });

  it('reports nothing on a lone .ets copy of the reference sample, and exits 0 (run through node_modules/.bin)', () => {
    const run = lint(['sample'], { cwd: consumer, script: path.join(consumer, 'node_modules/.bin/ohos-cloud-extension-lint') });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^No problems in 1 file /);
  });

  it('reports nothing on a DevEco-shaped project linted by its source folder, and exits 0', () => {
    // Its types/ declares the SDK kits and BuildProfile it uses beyond the types package.
    const deveco = path.join(consumer, 'deveco');
    const run = lint(['types', 'entry/src/main/ets'], {
      cwd: deveco,
      script: path.join(consumer, 'node_modules/.bin/ohos-cloud-extension-lint')
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^No problems in 8 files /);
  });

  it("uses a vendor's own declaration of console named beside the sources, with no duplicate", () => {
    const deveco = path.join(consumer, 'deveco');
    writeFileSync(
      path.join(deveco, 'globals.d.ts'),
      'declare class console {\n  static info(message: string, ...args: Array<string | number | boolean>): void;\n}\n'
    );
    const run = lint(['--json', 'globals.d.ts', 'types', 'entry/src/main/ets'], { cwd: deveco, script: lintBin });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { schemaVersion: 1, diagnostics: [] });
    // Used, not ignored: a console method it leaves out is unknown.
    writeFileSync(path.join(deveco, 'entry/src/main/ets/warn.ets'), "export function warn(): void {\n  console.warn('x');\n}\n");
    const narrowed = lint(['--json', 'globals.d.ts', 'types', 'entry/src/main/ets'], { cwd: deveco, script: lintBin });
    rmSync(path.join(deveco, 'entry/src/main/ets/warn.ets'));
    assert.equal(narrowed.status, 1, narrowed.stderr);
    assert.deepEqual(
      JSON.parse(narrowed.stdout).diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`),
      ['entry/src/main/ets/warn.ets:2 TS2339']
    );
  });
});

describe('ohos-cloud-extension-lint: run(argv, io) in process', () => {
  const { run: runInProcess } = require(path.join(harness, 'dist/cli/lint-cli.js'));
  const { LINT_USAGE } = require(path.join(harness, 'dist/lint/lint-args.js'));

  /** An `io` for `run` that keeps what is written. */
  function captureIo() {
    const written = { stdout: '', stderr: '' };
    const io = {
      stdout: (text) => {
        written.stdout += text;
      },
      stderr: (text) => {
        written.stderr += text;
      },
      env: {}
    };
    return { io, written };
  }

  it('prints the usage for --help to io.stdout and resolves to 0', async () => {
    const { io, written } = captureIo();
    assert.equal(await runInProcess(['--help'], io), 0);
    assert.equal(written.stdout, LINT_USAGE);
    assert.equal(written.stderr, '');
  });

  it('resolves to 2 with the message and the usage on io.stderr for bad arguments', async () => {
    const { io, written } = captureIo();
    assert.equal(await runInProcess(['--fix', 'a.ets'], io), 2);
    assert.equal(written.stderr, `ohos-cloud-extension-lint: unknown option --fix\n\n${LINT_USAGE}`);
  });

  it('lints and resolves to 1 with the diagnostics on io.stdout', async () => {
    const { io, written } = captureIo();
    assert.equal(await runInProcess([path.join(fixtures, 'arkts-no-spread.ets'), '--json'], io), 1, written.stderr);
    assert.ok(JSON.parse(written.stdout).diagnostics.some((d) => d.rule === 'arkts-no-spread'));
  });
});
