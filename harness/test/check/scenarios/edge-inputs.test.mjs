import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder } from '../../../fixtures/check/recorder.mjs';

test('empty update and delete reach the vendor; an empty insert does not', async () => {
  const recorder = makeRecorder();
  const report = await check(recorder.service, { sharing: false });
  assert.ok(recorder.calls.some((call) => call.name === 'update' && call.args[1].length === 0));
  assert.ok(recorder.calls.some((call) => call.name === 'delete' && call.args[1].length === 0));
  assert.ok(!recorder.calls.some((call) => call.name === 'insert' && call.args[1].length === 0));
  assert.ok(report.findings.some((f) => f.rule === 'empty-insert-not-sent' && f.severity === 'note'));
});

test('edge rows carry non-ASCII text, null, integers beyond int32 and assets', async () => {
  const recorder = makeRecorder();
  await check(recorder.service, { sharing: false });
  const edge = recorder.calls.filter((call) => call.name === 'insert' && call.args[1].length === 8)[0];
  assert.ok(edge, 'an edge batch of 8 rows');
  const values = edge.args[1];
  assert.ok(values.some((row) => /[^\x00-\x7f]/.test(row.title)));
  assert.ok(values.some((row) => row.n === null));
  assert.ok(values.some((row) => row.n === 2 ** 31));
  assert.ok(values.some((row) => row.pic !== null && typeof row.pic === 'object' && row.pic.name !== undefined));
});

test('the large batch is sent only when asked for', async () => {
  const recorder = makeRecorder();
  await check(recorder.service, { sharing: false, largeBatchRows: 300 });
  assert.ok(recorder.calls.some((call) => call.name === 'insert' && call.args[1].length === 300));
  const plain = makeRecorder();
  await check(plain.service, { sharing: false });
  assert.ok(!plain.calls.some((call) => call.name === 'insert' && call.args[1].length > 30));
});
