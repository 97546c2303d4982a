// check(): a correct extension gets no error; a broken one never crashes the check.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { check, RULES } from 'ohos-cloud-extension-harness';
import { startExampleCloud } from '../../../test/lib/example-cloud.mjs';

const require = createRequire(import.meta.url);
const { loadEntry } = require('../../dist/cli/load-entry.js');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
const clean = fileURLToPath(new URL('../../fixtures/rules/clean.ts', import.meta.url));
const example = fileURLToPath(new URL('../../../examples/vendor-extension/service-extension.ts', import.meta.url));

// The example forwards every call to the example cloud, whose address it reads from BuildProfile.
let cloud;
before(async () => {
  cloud = await startExampleCloud();
  Object.assign(process.env, cloud.env);
});
after(() => cloud?.close());

const shown = (findings) => findings.map((f) => `${f.severity} ${f.method} [${f.rule}] ${f.message}`).join('\n');
const errors = (report) => report.findings.filter((finding) => finding.severity === 'error');

test('the clean fixture gives no error and no warning, and reports its figures', async () => {
  const report = await check(await loadEntry(clean));
  assert.deepEqual(errors(report), [], shown(report.findings));
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'warning'),
    [],
    shown(report.findings)
  );
  assert.equal(report.usedSampleDatabase, false);
  assert.ok(report.calls > 20, `calls: ${report.calls}`);
  assert.ok(report.elapsedMs > 0);
  const notes = new Set(report.findings.map((f) => f.rule));
  assert.ok(notes.has('unlock-reply-without-boolean'), 'the platform notes are there');
});

test('the example vendor extension gives no error against the example cloud', async () => {
  const report = await check(await loadEntry(example, { modules: cloud.modules }));
  assert.deepEqual(errors(report), [], shown(report.findings));
});

test('every finding names a rule of the catalogue with its severity and source', async () => {
  const report = await check({ getServiceInfo: async () => ({}) });
  assert.ok(report.findings.length > 0);
  for (const finding of report.findings) {
    const rule = RULES.find((entry) => entry.id === finding.rule);
    assert.ok(rule, finding.rule);
    assert.equal(finding.severity, rule.severity);
    assert.equal(finding.source, rule.source);
  }
});

test('a CloudService that throws, returns garbage or nothing everywhere does not crash the check', async () => {
  const boom = async () => {
    throw new Error('boom');
  };
  const service = {
    getServiceInfo: boom,
    getAppBriefInfo: async () => 42,
    getAppSchema: async () => ({
      code: 0,
      value: { bundleName: 'x', version: 1, databases: [{ name: 'd', alias: 'a', tables: [{ name: 't', alias: 'ta', fields: 'oops' }] }] }
    }),
    subscribe: async () => null,
    unsubscribe: async () => undefined,
    connectDB: async () => cloudExtension.createCloudDBStub({ query: async () => ({ code: 0, value: null }), lock: boom }),
    connectAssetLoader: async () => 'not a stub',
    connectShareCenter: async () => cloudExtension.createShareServiceStub({})
  };
  const report = await check(service, { timeoutMs: 500 });
  assert.ok(errors(report).length > 3, shown(report.findings));
  assert.ok(report.findings.some((f) => f.rule === 'vendor-threw' && f.method === 'CloudService.getServiceInfo'));
});

test('a hanging extension is bounded by timeoutMs', async () => {
  const never = () => new Promise(() => {});
  const service = {
    getServiceInfo: never,
    getAppBriefInfo: never,
    getAppSchema: never,
    subscribe: never,
    unsubscribe: never,
    connectDB: never,
    connectAssetLoader: never,
    connectShareCenter: never
  };
  const started = Date.now();
  const report = await check(service, { timeoutMs: 100 });
  assert.ok(Date.now() - started < 10_000, 'finished in bounded time');
  assert.ok(
    report.findings.some((f) => f.rule === 'call-timed-out' && f.method === 'CloudService.getServiceInfo'),
    shown(report.findings)
  );
});

test('onConnect failures are reported on the ability', async () => {
  class Throws {
    onConnect() {
      throw new Error('no network');
    }
  }
  const thrown = await check(Throws);
  assert.ok(
    thrown.findings.some((f) => f.rule === 'vendor-threw' && f.method === 'ServiceExtensionAbility.onConnect'),
    shown(thrown.findings)
  );
  class GivesService {
    onConnect() {
      return { getServiceInfo: async () => ({}) };
    }
  }
  const plain = await check(GivesService);
  assert.ok(
    plain.findings.some((f) => f.rule === 'connect-not-a-stub' && f.method === 'ServiceExtensionAbility.onConnect'),
    shown(plain.findings)
  );
});

test('connectDB resolving another kind of stub is reported on connectDB, and the round is skipped', async () => {
  const loaderStub = () => cloudExtension.createAssetLoaderStub({ download: async () => [], upload: async () => [] });
  const service = {
    getServiceInfo: async () => ({ enableCloud: true, id: 'a', totalSpace: 1, remainingSpace: 1, user: 100 }),
    getAppBriefInfo: async () => ({}),
    getAppSchema: async () => ({ code: 1 }),
    subscribe: async () => ({ code: 1 }),
    unsubscribe: async () => 1,
    connectDB: async () => loaderStub(),
    connectAssetLoader: async () => loaderStub(),
    connectShareCenter: async () => cloudExtension.createShareServiceStub({})
  };
  const report = await check(service, { sharing: false });
  const finding = report.findings.find((f) => f.rule === 'connect-not-a-stub');
  assert.equal(finding?.method, 'CloudService.connectDB', shown(report.findings));
  assert.match(finding.message, /AssetLoader stub/);
  assert.ok(!report.findings.some((f) => f.method.startsWith('CloudDB.')), 'no CloudDB call was made');
});

test("check loads an entry file with the vendor's fakes from the modules option", async () => {
  const project = new URL('../../fixtures/register/ts-project/', import.meta.url);
  const entry = fileURLToPath(new URL('src/extension.ets', project));
  const report = await check(entry, { timeoutMs: 2000, modules: { 'libentry.so': fileURLToPath(new URL('fakes/libentry.ts', project)) } });
  assert.ok(report.calls > 1, shown(report.findings));
  assert.ok(!report.findings.some((finding) => /does not emulate|could not be loaded/.test(finding.message)), shown(report.findings));
});

test('check gives the reason an entry file cannot be loaded, naming the modules option, and makes no call', async () => {
  const entry = fileURLToPath(new URL('../../fixtures/system/unmapped-entry.ts', import.meta.url));
  const report = await check(entry);
  assert.equal(report.calls, 0);
  assert.deepEqual(report.findings, []);
  assert.equal(
    report.entryError,
    "the extension imports 'libunmapped.so', which the harness does not emulate; map it to a fake of yours with the modules option { 'libunmapped.so': '<file>' }"
  );
});

test("given an entry file, a method that ends the extension's process is reported at that method, and the check goes on", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = (await import('node:path')).default;
  const folder = mkdtempSync(path.join(tmpdir(), 'check-exits-'));
  try {
    const base = fileURLToPath(new URL('../../fixtures/cli/formats/zero-unsubscribe-service.cjs', import.meta.url));
    const file = path.join(folder, 'exits.cjs');
    writeFileSync(
      file,
      `const { ZeroUnsubscribeService } = require(${JSON.stringify(base)});\n` +
        'class Exits extends ZeroUnsubscribeService {\n  async getAppBriefInfo() { process.exit(7); }\n}\nmodule.exports = new Exits();\n'
    );
    const report = await check(file, { timeoutMs: 2000 });
    const failed = errors(report).find((finding) => finding.method === 'CloudService.getAppBriefInfo');
    assert.ok(failed, shown(report.findings));
    assert.equal(failed.rule, 'call-failed');
    assert.match(failed.message, /process ended during the call \(exit code 7\)/);
    assert.ok(
      errors(report).some((finding) => finding.method === 'CloudService.unsubscribe'),
      'later calls still ran'
    );
    assert.equal(report.restarts, 1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("given an entry file, starting the extension again for the next call does not count against that call's time limit", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = (await import('node:path')).default;
  const folder = mkdtempSync(path.join(tmpdir(), 'check-slow-start-'));
  try {
    const base = fileURLToPath(new URL('../../fixtures/cli/formats/zero-unsubscribe-service.cjs', import.meta.url));
    const file = path.join(folder, 'slow-start.cjs');
    // Loading takes 2.5 s (longer than the time limit + 2 s); getServiceInfo holds the thread.
    writeFileSync(
      file,
      'const until = Date.now() + 2500;\nwhile (Date.now() < until) {}\n' +
        `const { ZeroUnsubscribeService } = require(${JSON.stringify(base)});\n` +
        'class Spins extends ZeroUnsubscribeService {\n  async getServiceInfo() { for (;;) {} }\n}\nmodule.exports = new Spins();\n'
    );
    const report = await check(file, { timeoutMs: 100 });
    assert.deepEqual(
      report.findings.filter((finding) => finding.rule === 'call-timed-out').map((finding) => `${finding.method} ${finding.rule}`),
      ['CloudService.getServiceInfo call-timed-out'],
      shown(report.findings)
    );
    assert.equal(report.restarts, 1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
