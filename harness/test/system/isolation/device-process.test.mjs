import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { DeviceProcess, MAX_RESTARTS } = require(path.join(harness, 'dist/system/isolation/device-process.js'));
const { Parcel } = require(path.join(harness, 'dist/wire/parcel.js'));
const unsubscribeZero = path.join(harness, 'fixtures/cli/formats/unsubscribe-zero.cjs');

const scratch = mkdtempSync(path.join(tmpdir(), 'device-process-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const GET_SERVICE_INFO = 4;
const options = (entry, timeoutMs = 1000) => ({
  entry,
  timeoutMs,
  loadTimeoutMs: 5000,
  want: { bundleName: 'com.example.cloudsync', abilityName: 'ServiceExtAbility' }
});

describe('DeviceProcess', () => {
  it("answers a request's bytes with the reply's bytes and the vendor calls of that transaction", async () => {
    const device = new DeviceProcess(options(unsubscribeZero));
    try {
      const started = await device.start();
      assert.equal(started.kind, 'connected');
      assert.equal(started.connection.ok, true);
      const answer = await device.transact(device.service, GET_SERVICE_INFO, new Uint8Array(0), 1000);
      assert.equal(answer.kind, 'delivered');
      assert.equal(answer.errCode, 0);
      assert.ok(answer.reply instanceof Parcel);
      assert.ok(answer.reply.toBytes().length > 0);
      assert.deepEqual(
        answer.vendorCalls.map((call) => [call.method, call.outcome.kind]),
        [['getServiceInfo', 'returned']]
      );
    } finally {
      await device.close();
    }
  });

  it("gives the loader's one-line reason for an entry that cannot be loaded", async () => {
    const device = new DeviceProcess(options(path.join(scratch, 'nowhere.cjs')));
    const started = await device.start();
    assert.equal(started.kind, 'load-failed');
    assert.match(started.message, /^cannot find the entry file .*nowhere\.cjs$/);
  });

  it(`starts the extension again at most ${MAX_RESTARTS} times, then answers every call at once as dead`, async () => {
    const entry = path.join(scratch, 'always-spins.cjs');
    // A CloudService object whose getServiceInfo holds the thread.
    writeFileSync(entry, 'module.exports = { async getServiceInfo() { for (;;) {} } };\n');
    const device = new DeviceProcess(options(entry, 100));
    try {
      assert.equal((await device.start()).kind, 'connected');
      for (let call = 0; call <= MAX_RESTARTS; call++) {
        const answer = await device.transact(device.service, GET_SERVICE_INFO, new Uint8Array(0), 100);
        assert.equal(answer.kind, 'timeout', `call ${call}`);
        assert.equal(answer.ended, true);
      }
      assert.equal(device.restarts, MAX_RESTARTS);
      const started = performance.now();
      const last = await device.transact(device.service, GET_SERVICE_INFO, new Uint8Array(0), 100);
      assert.equal(last.kind, 'dead');
      assert.ok(performance.now() - started < 100);
    } finally {
      await device.close();
    }
  });
});
