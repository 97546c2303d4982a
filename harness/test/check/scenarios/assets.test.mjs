import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder } from '../../../fixtures/check/recorder.mjs';

test('download and upload carry the table alias, a gid from generateId, and assets; upload loses the prefix', async () => {
  const recorder = makeRecorder();
  const report = await check(recorder.service, { sharing: false });
  const download = recorder.calls.find((call) => call.name === 'download');
  const upload = recorder.calls.find((call) => call.name === 'upload');
  assert.equal(download.args[0], 'items_cloud');
  assert.equal(download.args[1], 'g0');
  assert.match(download.args[2], /\S/, 'download gets the prefix');
  assert.equal(download.args[3].length, 3);
  assert.deepEqual(Object.keys(download.args[3][0]).sort(), ['assetId', 'createTime', 'hash', 'modifyTime', 'name', 'path', 'size', 'status', 'uri']);
  assert.equal(upload.args.length, 3, 'upload(table, gid, assets): the prefix is dropped by the stub');
  assert.equal(upload.args[0], 'items_cloud');
  assert.ok(report.findings.some((f) => f.rule === 'upload-prefix-dropped' && f.severity === 'note'));
  const connect = recorder.calls.find((call) => call.name === 'connectAssetLoader');
  assert.equal(connect.args[1].name, 'recorded.db');
});
