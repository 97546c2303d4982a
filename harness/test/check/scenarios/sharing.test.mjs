import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder, BUNDLE } from '../../../fixtures/check/recorder.mjs';

const ORDER = [
  'share',
  'queryParticipants',
  'queryParticipantsByInvitation',
  'confirmInvitation',
  'changeConfirmation',
  'changePrivilege',
  'unshare',
  'exit'
];

test('the sharing calls go through connectShareCenter with the user from getServiceInfo', async () => {
  const recorder = makeRecorder();
  const report = await check(recorder.service);
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'error'),
    []
  );
  const connect = recorder.calls.find((call) => call.name === 'connectShareCenter');
  assert.deepEqual(connect.args, [100, BUNDLE]);
  assert.deepEqual(
    recorder.calls.filter((call) => ORDER.includes(call.name)).map((call) => call.name),
    ORDER
  );
  const share = recorder.calls.find((call) => call.name === 'share');
  assert.equal(share.args[3].length, 2);
  assert.equal(share.args[3][1].role, undefined, 'an unset role arrives as undefined (-1 on the wire)');
});

test('sharing: false leaves the ShareCenter alone', async () => {
  const recorder = makeRecorder();
  await check(recorder.service, { sharing: false });
  assert.ok(!recorder.calls.some((call) => call.name === 'connectShareCenter'));
});

test('connectShareCenter resolving null is reported and the sharing calls are skipped', async () => {
  const recorder = makeRecorder();
  recorder.service.connectShareCenter = async () => null;
  const report = await check(recorder.service);
  assert.ok(report.findings.some((f) => f.rule === 'connect-not-a-stub' && f.method === 'CloudService.connectShareCenter'));
  assert.ok(!recorder.calls.some((call) => call.name === 'share'));
});
