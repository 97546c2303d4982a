// The sync round calls CloudDB in the system's order (DEVICE-PROTOCOL §6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder, SCHEMA_DATABASE } from '../../../fixtures/check/recorder.mjs';

test('query pages of 10 with every column until hasMore is false, first cursor "0"', async () => {
  const recorder = makeRecorder();
  const report = await check(recorder.service, { sharing: false });
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'error'),
    []
  );
  const queries = recorder.calls.filter((call) => call.name === 'query');
  assert.deepEqual(
    queries.map((call) => call.args),
    [
      ['items', ['title', 'n', 'pic'], 10, '0'],
      ['items', ['title', 'n', 'pic'], 10, '10']
    ]
  );
});

test('then lock, heartbeat, generateId, insert, update, delete, unlock', async () => {
  const recorder = makeRecorder();
  await check(recorder.service, { sharing: false });
  const names = recorder.calls.map((call) => call.name);
  const start = names.indexOf('lock');
  assert.deepEqual(names.slice(start, start + 7), ['lock', 'heartbeat', 'generateId', 'insert', 'update', 'delete', 'unlock']);
  assert.ok(names.indexOf('query') < start, 'downloads come before the lock');
  const heartbeat = recorder.calls.find((call) => call.name === 'heartbeat');
  assert.deepEqual(heartbeat.args, [5]);
});

test('batches of 30 rows with extension rows carrying id, operation and times', async () => {
  const recorder = makeRecorder();
  await check(recorder.service, { sharing: false });
  const generate = recorder.calls.find((call) => call.name === 'generateId');
  assert.deepEqual(generate.args, [30]);
  const insert = recorder.calls.find((call) => call.name === 'insert');
  const [table, values, extensions] = insert.args;
  assert.equal(table, 'items');
  assert.equal(values.length, 30);
  assert.equal(extensions.length, 30);
  assert.deepEqual(Object.keys(extensions[0]).sort(), ['createTime', 'id', 'modifyTime', 'operation']);
  assert.equal(extensions[0].id, 'g0');
  assert.equal(extensions[0].operation, 0);
  assert.deepEqual(
    Object.keys(values[0]),
    SCHEMA_DATABASE.tables[0].fields.map((field) => field.colName)
  );
  const update = recorder.calls.find((call) => call.name === 'update');
  assert.equal(update.args[2][0].operation, 1);
  const del = recorder.calls.find((call) => call.name === 'delete');
  assert.equal(del.args[1][0].operation, 2);
  assert.equal(del.args[1].length, 30);
});

test('batchRows and maxPages bound the round', async () => {
  const recorder = makeRecorder();
  recorder.setRowsInCloud(1000);
  const report = await check(recorder.service, { sharing: false, batchRows: 4, maxPages: 3 });
  assert.equal(recorder.calls.filter((call) => call.name === 'query').length, 3);
  assert.ok(report.findings.some((f) => f.rule === 'query-page-limit-reached'));
  assert.equal(recorder.calls.find((call) => call.name === 'insert').args[1].length, 4);
});

test('each database gets its own round; the platform notes are reported once', async () => {
  const second = { ...SCHEMA_DATABASE, name: 'second.db', alias: 'second_cloud' };
  const recorder = makeRecorder({ databases: [SCHEMA_DATABASE, second] });
  const report = await check(recorder.service, { sharing: false });
  const connected = recorder.calls.filter((call) => call.name === 'connectDB').map((call) => call.args[1].name);
  assert.deepEqual(connected, ['recorded.db', 'second.db']);
  assert.equal(recorder.calls.filter((call) => call.name === 'unlock').length, 2);
  assert.equal(report.findings.filter((f) => f.rule === 'unlock-reply-without-boolean').length, 1);
  assert.equal(report.findings.filter((f) => f.rule === 'upload-prefix-dropped').length, 1);
});
