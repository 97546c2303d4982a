// The fleet through the device's stubs: each device connects to the extension on its own and
// syncs through the CloudDB stub, so rows cross as bytes, exactly as on a device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { MemoryCloud } from './support/memory-cloud.mjs';

const require = createRequire(import.meta.url);
const { checkFleet } = require('../../dist/fleet/fleet-check.js');
const { SAMPLE_DATABASE } = require('../../dist/check/sample-database.js');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');

/** A vendor CloudDB over one device's port of the memory cloud. */
function vendorDb(port) {
  const result = (outcome, value) =>
    outcome.code === 0 ? { code: 0, description: 'ok', value } : { code: outcome.code, description: 'refused' };
  const rows = (outcome, extensions) =>
    outcome.value.map((code, index) => (code === 0 ? { code: 0, value: extensions[index] } : { code, description: 'refused' }));
  return {
    async generateId(count) {
      const outcome = await port.generateId(count);
      return result(outcome, outcome.value);
    },
    async insert(table, values, extensions) {
      return rows(await port.insert(table, values, extensions), extensions);
    },
    async update(table, values, extensions) {
      return rows(await port.update(table, values, extensions), extensions);
    },
    async delete(table, extensions) {
      return rows(await port.delete(table, extensions), extensions);
    },
    async query(table, fields, count, cursor) {
      const outcome = await port.query(table, fields, count, cursor);
      return result(outcome, outcome.value);
    },
    async lock() {
      const outcome = await port.lock();
      return result(outcome, outcome.value);
    },
    async heartbeat(lockId) {
      const outcome = await port.heartbeat(lockId);
      return result(outcome, outcome.value);
    },
    async unlock(lockId) {
      const outcome = await port.unlock(lockId);
      return { code: outcome.code, description: 'unlock', value: outcome.code === 0 };
    }
  };
}

/** A CloudService whose every connection is a new device's way to the shared memory cloud. */
function service(cloud) {
  let devices = 0;
  return {
    async connectDB() {
      devices++;
      return cloudExtension.createCloudDBStub(vendorDb(cloud.portFor(devices)));
    }
  };
}

const TARGET = { bundleName: 'com.example.fleet', database: SAMPLE_DATABASE };

test('through the stubs, a cloud that keeps the contract gives no error', async () => {
  for (const seed of [1, 2, 3]) {
    const report = await checkFleet(service(new MemoryCloud({ leaseSeconds: 1 })), TARGET, {
      devices: 3,
      rounds: 6,
      seed,
      leaseWaitMs: 3000
    });
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    assert.deepEqual(
      errors,
      [],
      `seed ${seed}: ${errors.map((finding) => `${finding.rule}: ${finding.message}`).join('\n')}\n${report.log.join('\n')}`
    );
    assert.ok(
      report.history.some((entry) => entry.method === 'insert' && entry.ok),
      'rows were uploaded through the stub'
    );
    assert.ok(
      report.history.some((entry) => entry.method === 'query' && (entry.page?.rows.length ?? 0) > 0),
      'rows were downloaded through the stub'
    );
  }
});

test('through the stubs, an offset cursor is found', async () => {
  const report = await checkFleet(service(new MemoryCloud({ defects: ['offsetCursor'], leaseSeconds: 1 })), TARGET, {
    devices: 3,
    rounds: 6,
    seed: 4,
    leaseWaitMs: 3000
  });
  assert.ok(
    report.findings.some((finding) => finding.rule === 'devices-diverged'),
    report.findings.map((finding) => finding.rule).join(', ')
  );
});
