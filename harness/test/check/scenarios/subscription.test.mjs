import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder, BUNDLE } from '../../../fixtures/check/recorder.mjs';

test('subscribe once per bundle, expiring now + 144 h in ms, then unsubscribe the ids given', async () => {
  const recorder = makeRecorder();
  const before = Date.now();
  const report = await check(recorder.service, { sharing: false });
  const subscribes = recorder.calls.filter((call) => call.name === 'subscribe');
  assert.equal(subscribes.length, 1);
  const [subInfo, expirationTime] = subscribes[0].args;
  assert.deepEqual(Object.keys(subInfo), [BUNDLE]);
  assert.equal(subInfo[BUNDLE][0].name, 'recorded.db');
  const span = 144 * 3600 * 1000;
  assert.ok(expirationTime >= before + span && expirationTime <= Date.now() + span);
  const unsubscribe = recorder.calls.find((call) => call.name === 'unsubscribe');
  assert.deepEqual(unsubscribe.args[0], { [BUNDLE]: ['sub-recorded_cloud'] });
  assert.ok(!report.findings.some((f) => f.rule === 'unsubscribe-not-positive'));
});

test('unsubscribe resolving 0 is an error; 1 is not', async () => {
  const recorder = makeRecorder();
  recorder.service.unsubscribe = async () => 0;
  const report = await check(recorder.service, { sharing: false });
  const finding = report.findings.find((f) => f.rule === 'unsubscribe-not-positive');
  assert.equal(finding?.severity, 'error');
  assert.match(finding.message, /resolved 0/);
});
