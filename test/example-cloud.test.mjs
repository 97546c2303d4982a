// The example extension checked end to end against the example cloud (test/lib/example-cloud.mjs):
// no error, and what the check wrote is in the cloud, so every CloudDB call went over HTTP.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { check, connect } from 'ohos-cloud-extension-harness';
import { EXAMPLE_ENTRY_FILE, startExampleCloud } from './lib/example-cloud.mjs';

let cloud;
before(async () => {
  cloud = await startExampleCloud();
  Object.assign(process.env, cloud.env);
});
after(async () => {
  await cloud?.close();
});

/** POSTs `body` as JSON to the cloud and gives the parsed answer. */
async function post(route, body) {
  const response = await fetch(`${cloud.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  });
  assert.equal(response.status, 200, route);
  return response.json();
}

const NOTES = '/v1/apps/com.example.notes/databases/notes_cloud_db/tables/notes';

test('the example cloud listens on 127.0.0.1 and maps BuildProfile to the fake', () => {
  assert.match(cloud.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.deepEqual(cloud.moduleArgs, ['--module', `BuildProfile=${cloud.modules.BuildProfile}`]);
  assert.match(cloud.modules.BuildProfile, /examples[\\/]vendor-extension[\\/]test[\\/]build-profile\.ts$/);
});

test('the example, checked against the example cloud, gives no error, and its writes are in the cloud', async (t) => {
  const before = await post(`${NOTES}/query`, { fields: ['title'], queryCount: 1000, queryCursor: '' });
  assert.equal(before.code, 0);
  const report = await check(EXAMPLE_ENTRY_FILE, { modules: cloud.modules, timeoutMs: 10_000 });
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  assert.deepEqual(errors, [], JSON.stringify(errors, null, 2));
  t.diagnostic(`${report.calls} calls in ${Math.round(report.elapsedMs)} ms`);
  const after = await post(`${NOTES}/query`, { fields: ['title'], queryCount: 1000, queryCursor: '' });
  assert.equal(after.code, 0);
  assert.ok(after.value.values.length > before.value.values.length, `rows in the cloud: ${after.value.values.length}`);
  // The check deletes what it wrote: the cloud keeps tombstones (operation 2).
  assert.ok(
    after.value.values.some((row) => row.operation === 2),
    "tombstones of the check's deletes"
  );
});

test('a page of more than 64 KiB of JSON, which the device hands over as text, still reaches the system as rows', async () => {
  // A row written by another device, whose title is 75 000 bytes of UTF-8 (25 000 UTF-16 units:
  // within the stub's 40 960-unit string limit and its 200 KiB reply).
  const title = '云'.repeat(25_000);
  const now = Date.now();
  const written = await post('/v1/apps/com.example.notes/databases/notes_cloud_db/tables/big/insert', {
    values: [{ title }],
    extensions: [{ id: 'big-1', createTime: now, modifyTime: now, operation: 0 }]
  });
  assert.equal(written[0].code, 0, JSON.stringify(written));
  const system = await connect(EXAMPLE_ENTRY_FILE, { modules: cloud.modules, timeoutMs: 10_000 });
  try {
    const database = { name: 'notes.db', alias: 'notes_cloud_db', tables: [] };
    const connection = await system.connectDB('com.example.notes', database);
    assert.ok(connection.ok, JSON.stringify(connection.failure));
    const page = await connection.value.query('big', ['title'], 10, '');
    assert.ok(page.ok, JSON.stringify(page.failure));
    assert.equal(page.value.code, 0);
    assert.equal(page.value.value.values.length, 1);
    assert.equal(page.value.value.values[0].title, title);
  } finally {
    await system.disconnect();
  }
});

test('the ArkTS twin (examples/arkts-project), checked against the example cloud, gives no error', async () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const entry = path.join(root, 'examples/arkts-project/entry/src/main/ets/cloudextension/ServiceExtAbility.ets');
  const report = await check(entry, { modules: cloud.modules, timeoutMs: 10_000 });
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  assert.deepEqual(errors, [], JSON.stringify(errors, null, 2));
  assert.ok(report.calls >= 30, `calls: ${report.calls}`);
});

test('with its cloud gone, every call of the example settles at once: no throw, no timeout, no failed transaction', async () => {
  const gone = await startExampleCloud();
  await gone.close();
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const cli = path.join(root, 'harness/dist/cli/check-cli.js');
  const stdout = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, EXAMPLE_ENTRY_FILE, '--json', ...gone.moduleArgs],
      { env: { ...process.env, ...gone.env } },
      (error, out) => resolve(out)
    );
  });
  const report = JSON.parse(stdout);
  const rules = new Set(report.findings.map((finding) => finding.rule));
  for (const rule of ['call-timed-out', 'vendor-threw', 'call-failed', 'result-missing', 'success-without-value']) {
    assert.equal(rules.has(rule), false, `${rule}: ${JSON.stringify(report.findings, null, 2)}`);
  }
  // The only error: unsubscribe answers 0, which the device reads as the failure it was.
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
    ['unsubscribe-not-positive']
  );
  assert.ok(report.summary.elapsedMs < 5000, `${report.summary.elapsedMs} ms`);
});

test('close() stops the cloud', async () => {
  const other = await startExampleCloud();
  await other.close();
  await assert.rejects(fetch(`${other.url}/v1/service-info`));
});
