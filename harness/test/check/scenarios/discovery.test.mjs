import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder, BUNDLE } from '../../../fixtures/check/recorder.mjs';

test('discovery: getServiceInfo, getAppBriefInfo, then getAppSchema of each bundle', async () => {
  const recorder = makeRecorder();
  await check(recorder.service, { sharing: false });
  assert.deepEqual(
    recorder.calls.slice(0, 3).map((call) => call.name),
    ['getServiceInfo', 'getAppBriefInfo', 'getAppSchema']
  );
  assert.deepEqual(recorder.calls[2].args, [BUNDLE]);
});

test('a schema with no database sends CloudDB to the sample database and says so', async () => {
  const recorder = makeRecorder({ databases: [] });
  const report = await check(recorder.service, { sharing: false });
  assert.equal(report.usedSampleDatabase, true);
  assert.ok(report.findings.some((f) => f.rule === 'sample-database-used' && f.severity === 'note'));
  const connect = recorder.calls.find((call) => call.name === 'connectDB');
  assert.equal(connect.args[1].name, 'harness_sample.db');
  assert.ok(recorder.calls.some((call) => call.name === 'insert'));
});
