// The fleet as a vendor runs it: `check(entry, { devices })`, each device its own worker with its
// own copy of a networked extension, all talking over @ohos.net.http to one cloud. A cloud that
// keeps the contract gives no fleet error; each defect gives its finding, which one device alone
// (`devices: 1`) does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { check } from 'ohos-cloud-extension-harness';
import { startMemoryCloudServer } from './support/memory-cloud-server.mjs';

const entry = fileURLToPath(new URL('../../fixtures/fleet/http-cloud-extension.ts', import.meta.url));
const modules = { 'cloud-config': fileURLToPath(new URL('../../fixtures/fleet/cloud-config.ts', import.meta.url)) };

async function run(defects, options) {
  const server = await startMemoryCloudServer({ defects, leaseSeconds: 1 });
  process.env.FLEET_CLOUD_URL = server.url;
  try {
    return await check(entry, { modules, timeoutMs: 5000, sharing: false, leaseWaitMs: 3000, ...options });
  } finally {
    await server.close();
  }
}

const fleetErrors = (report) => report.findings.filter((finding) => finding.severity === 'error' && finding.history !== undefined);
const show = (report) => report.findings.map((finding) => `${finding.severity} ${finding.rule}: ${finding.message}`).join('\n');

test('three devices in their own workers against a cloud that keeps the contract: no fleet error', async () => {
  const report = await run([], { devices: 3, rounds: 6, seed: 7 });
  assert.ok(report.fleet, 'a fleet ran');
  assert.equal(report.fleet.devices, 3);
  assert.equal(report.fleet.seed, 7);
  assert.ok(report.fleet.calls > 30, `${report.fleet.calls} calls`);
  assert.deepEqual(fleetErrors(report), [], show(report));
});

for (const [defect, rule] of [
  ['offsetCursor', 'devices-diverged'],
  ['hardDelete', 'deleted-row-lives-on'],
  ['sharedLock', 'lock-not-exclusive'],
  ['leaseNeverLapses', 'lock-never-lapsed'],
  ['idsPerDevice', 'ids-not-unique']
]) {
  test(`${defect}: ${rule} with three devices, nothing with one`, async () => {
    const alone = await run([defect], { devices: 1 });
    assert.equal(alone.fleet, undefined);
    assert.ok(!alone.findings.some((finding) => finding.rule === rule), show(alone));
    const fleet = await run([defect], { devices: 3, rounds: 6, seed: 3 });
    const found = fleet.findings.find((finding) => finding.rule === rule);
    assert.ok(found, show(fleet));
    assert.ok(found.history.length > 0);
  });
}
