import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { connectEntry } = require('ohos-cloud-extension-harness');

const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(harness, 'fixtures');
const unsubscribeZero = path.join(fixtures, 'cli/formats/zero-unsubscribe-service.cjs');
const database = { name: 'notes_db', alias: 'notes', tables: [{ alias: 'note', name: 'note_table', fields: [] }] };

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-entry-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a CommonJS entry exporting an instance of a subclass of the zero-unsubscribe service. */
function serviceEntry(name, body) {
  const file = path.join(scratch, name);
  writeFileSync(
    file,
    `const cloudExtension = require('@ohos.data.cloudExtension');\n` +
      `const { ZeroUnsubscribeService } = require(${JSON.stringify(unsubscribeZero)});\n` +
      `class Service extends ZeroUnsubscribeService {\n${body}\n}\nmodule.exports = new Service();\n`
  );
  return file;
}

describe('connectEntry: the extension in its own process', () => {
  it('ends a getServiceInfo that never gives its thread back at the time limit, and starts the extension again for the next call', async () => {
    const system = await connectEntry(path.join(fixtures, 'isolation/spins-in-get-service-info.ts'), { timeoutMs: 300 });
    try {
      assert.equal(system.connection.ok, true, system.connection.failure?.message);
      const started = Date.now();
      const info = await system.getServiceInfo();
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
      assert.equal(info.ok, false);
      assert.equal(info.failure.kind, 'timeout');
      assert.match(info.failure.message, /getServiceInfo: no answer within 300 ms.*process was ended/);
      assert.equal(info.transaction.status, 'timeout');
      assert.equal(info.transaction.processEnded, true);
      const brief = await system.getAppBriefInfo();
      assert.equal(brief.ok, true, brief.ok ? '' : brief.failure.message);
      assert.equal(system.restarts, 1);
    } finally {
      await system.close();
    }
  });

  it('keeps the process when a promise merely never settles, and reports the pending vendor call', async () => {
    const entry = serviceEntry('hangs.cjs', '  getServiceInfo() { return new Promise(() => {}); }');
    const system = await connectEntry(entry, { timeoutMs: 100 });
    try {
      const info = await system.getServiceInfo();
      assert.equal(info.failure.kind, 'timeout');
      assert.equal(info.transaction.processEnded, false);
      assert.deepEqual(
        info.transaction.vendorCalls.map((call) => [call.method, call.outcome.kind]),
        [['getServiceInfo', 'pending']]
      );
      assert.equal((await system.getAppBriefInfo()).ok, true);
      assert.equal(system.restarts, 0);
    } finally {
      await system.close();
    }
  });

  it('answers calls on objects of an ended process as not sent, and reaches a fresh CloudDB after the restart', async () => {
    const system = await connectEntry(path.join(fixtures, 'isolation/spins-in-heartbeat.ts'), { timeoutMs: 300 });
    try {
      const db = await system.connectDB('com.example.notes', database);
      assert.equal(db.ok, true, db.ok ? '' : db.failure.message);
      const lock = await db.value.lock();
      assert.equal(lock.ok, true);
      const beat = await db.value.heartbeat(lock.value.value.lockId);
      assert.equal(beat.failure.kind, 'timeout');
      const unlock = await db.value.unlock(lock.value.value.lockId);
      assert.equal(unlock.ok, false);
      assert.equal(unlock.failure.kind, 'not-connected');
      assert.equal(unlock.transaction.status, 'dead');
      const again = await system.connectDB('com.example.notes', database);
      assert.equal(again.ok, true);
      assert.equal((await again.value.lock()).ok, true);
    } finally {
      await system.close();
    }
  });

  it('reports an entry that never finishes loading, within the load limit plus the grace', async () => {
    const started = Date.now();
    const system = await connectEntry(path.join(fixtures, 'isolation/spins-at-load.ts'), { timeoutMs: 300, loadTimeoutMs: 300 });
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    assert.match(system.loadFailure, /spins-at-load\.ts did not finish loading within 300 ms and held its thread/);
    assert.equal(system.connection.ok, false);
    assert.equal(system.connection.failure.kind, 'load-failed');
    const info = await system.getServiceInfo();
    assert.equal(info.failure.kind, 'not-connected');
  });

  it('reports a constructor that never gives its thread back as a lifecycle timeout at that step', async () => {
    const file = path.join(scratch, 'spinning-constructor.cjs');
    writeFileSync(file, 'module.exports = class Ability { constructor() { for (;;) {} } onConnect() {} };\n');
    const system = await connectEntry(file, { timeoutMs: 200 });
    try {
      assert.equal(system.connection.ok, false);
      assert.deepEqual(
        system.connection.calls.map((call) => [call.method, call.outcome]),
        [['constructor', 'timeout']]
      );
      assert.match(system.connection.failure.message, /constructor did not return within 200 ms/);
    } finally {
      await system.close();
    }
  });

  it("captures the extension's console output per transaction and in the whole log, never on this process's stdout", async () => {
    const entry = serviceEntry(
      'logs.cjs',
      "  async getServiceInfo() { console.log('info asked'); await null; console.error('info given'); return super.getServiceInfo(); }"
    );
    const system = await connectEntry(entry);
    try {
      const info = await system.getServiceInfo();
      assert.equal(info.ok, true);
      assert.deepEqual(info.transaction.logs, [
        { stream: 'stdout', text: 'info asked\n' },
        { stream: 'stderr', text: 'info given\n' }
      ]);
      assert.equal((await system.getAppBriefInfo()).transaction.logs.length, 0);
      assert.ok(system.log.some((line) => line.text === 'info asked\n'));
    } finally {
      await system.close();
    }
  });

  it('answers a call whose vendor method ends the process as not sent, and starts the extension again', async () => {
    const entry = serviceEntry('exits.cjs', '  async getServiceInfo() { process.exit(3); }');
    const system = await connectEntry(entry, { timeoutMs: 2000 });
    try {
      const info = await system.getServiceInfo();
      assert.equal(info.ok, false);
      assert.equal(info.transaction.status, 'dead');
      assert.match(info.failure.message, /getServiceInfo: no reply: the extension's process ended during the call \(exit code 3\)/);
      assert.equal(info.transaction.processEnded, true);
      assert.equal((await system.getAppBriefInfo()).ok, true);
      assert.equal(system.restarts, 1);
    } finally {
      await system.close();
    }
  });

  it('collects errors thrown outside any call instead of ending the process', async () => {
    const file = path.join(scratch, 'throws-later.cjs');
    writeFileSync(
      file,
      "setTimeout(() => { throw new TypeError('from a timer'); }, 0);\n" +
        `module.exports = require(${JSON.stringify(path.join(fixtures, 'cli/formats/unsubscribe-zero.cjs'))});\n`
    );
    const system = await connectEntry(file);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal((await system.getServiceInfo()).ok, true);
      assert.equal(system.uncaught.length, 1);
      assert.ok(system.uncaught[0] instanceof TypeError);
      assert.equal(system.uncaught[0].message, 'from a timer');
    } finally {
      await system.close();
    }
  });

  it('gives each of two overlapping calls its own vendor calls across the process boundary', async () => {
    const entry = serviceEntry(
      'overlap.cjs',
      '  async getAppSchema(bundleName) {\n' +
        "    if (bundleName === 'slow') { await new Promise((resolve) => setTimeout(resolve, 50)); }\n" +
        '    return { code: 0, value: { version: 1, bundleName, databases: [] } };\n  }'
    );
    const system = await connectEntry(entry);
    try {
      const [slow, fast] = await Promise.all([system.getAppSchema('slow'), system.getAppSchema('fast')]);
      assert.deepEqual(
        slow.transaction.vendorCalls.map((call) => call.args[0]),
        ['slow']
      );
      assert.deepEqual(
        fast.transaction.vendorCalls.map((call) => call.args[0]),
        ['fast']
      );
      assert.ok(fast.transaction.elapsedMs < slow.transaction.elapsedMs);
    } finally {
      await system.close();
    }
  });

  it('runs onDisconnect and onDestroy in the process, then ends it', async () => {
    const system = await connectEntry(path.join(harness, 'fixtures/rules/clean.ts'));
    assert.equal(system.connection.ok, true);
    assert.equal(system.ability, undefined);
    const out = await system.disconnect();
    assert.equal(out.ok, true);
    assert.deepEqual(
      out.calls.map((call) => call.method),
      ['onDisconnect', 'onDestroy']
    );
    const info = await system.getServiceInfo();
    assert.equal(info.ok, false);
  });
});
