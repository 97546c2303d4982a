// CheckContext.call: what one call through the system side turns into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { connect } from 'ohos-cloud-extension-harness';

const require = createRequire(import.meta.url);
const { CheckContext } = require('../../dist/check/context.js');
const { FindingLog } = require('../../dist/check/finding.js');

const settings = { timeoutMs: 200, maxPages: 5, batchRows: 3, largeBatchRows: 0, sharing: false };

async function callOnce(service, method, send) {
  const system = await connect(service, { timeoutMs: settings.timeoutMs });
  const context = new CheckContext(settings, new FindingLog());
  const outcome = await context.call(method, 'the call', () => send(system));
  return { outcome, findings: context.findings.list(), calls: context.calls };
}

test('a returned value is modelled and reported, and the decoded value is handed back', async () => {
  const { outcome, findings, calls } = await callOnce(
    { getServiceInfo: async () => ({ enableCloud: true, id: 'a', totalSpace: 1, remainingSpace: 2, user: 2 ** 32 + 7 }) },
    'CloudService.getServiceInfo',
    (system) => system.getServiceInfo()
  );
  assert.equal(calls, 1);
  assert.equal(outcome.returned, true);
  assert.equal(outcome.value.user, 7);
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['int32-out-of-range']
  );
  assert.equal(outcome.failed, true);
});

test('a throw is vendor-threw, a hang is call-timed-out, and neither adds call-failed', async () => {
  const threw = await callOnce(
    {
      getServiceInfo: async () => {
        throw new RangeError('nope');
      }
    },
    'CloudService.getServiceInfo',
    (system) => system.getServiceInfo()
  );
  assert.deepEqual(
    threw.findings.map((f) => f.rule),
    ['vendor-threw']
  );
  assert.match(threw.findings[0].message, /RangeError: nope/);
  const hung = await callOnce({ getServiceInfo: () => new Promise(() => {}) }, 'CloudService.getServiceInfo', (system) =>
    system.getServiceInfo()
  );
  assert.deepEqual(
    hung.findings.map((f) => f.rule),
    ['call-timed-out']
  );
});

test("a failure no rule explains is call-failed, with the system's reason", async () => {
  const { findings } = await callOnce({}, 'CloudService.getServiceInfo', (system) => system.getServiceInfo());
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['vendor-threw'],
    'a missing method throws TypeError in the stub'
  );
  const broken = await callOnce({ getServiceInfo: async () => ({}) }, 'CloudService.getServiceInfo', async () => {
    throw new Error('system side broke');
  });
  assert.deepEqual(
    broken.findings.map((f) => f.rule),
    ['call-failed']
  );
  assert.match(broken.findings[0].message, /system side broke/);
});
