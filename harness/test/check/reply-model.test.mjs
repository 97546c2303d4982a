// The reply model follows cloud_extension_stub.js as it writes a reply from a vendor's value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { modelReply, toInt32, toInt64, MAX_REPLY_BYTES } = require('../../dist/check/reply-model.js');

const rules = (model) => model.issues.map((issue) => `${issue.rule}${issue.fatal ? '!' : ''} ${issue.field}`);

test('ToInt32 and ToInt64 as writeInt and writeLong apply them', () => {
  assert.equal(toInt32(2 ** 31), -(2 ** 31));
  assert.equal(toInt32(1.9), 1);
  assert.equal(toInt32(NaN), 0);
  assert.equal(toInt64(1e21), 2n ** 63n - 1n);
  assert.equal(toInt64(-1e21), -(2n ** 63n));
  assert.equal(toInt64(1e-7), 0n);
  assert.equal(toInt64(Infinity), 0n);
});

test('a correct lock result has no issue', () => {
  assert.deepEqual(rules(modelReply('CloudDB.lock', { code: 0, value: { interval: 30, lockId: 7 } })), []);
});

test('success without value is fatal after the code (cloud_extension_stub.js:372-376)', () => {
  const model = modelReply('CloudDB.lock', { code: 0 });
  assert.deepEqual(rules(model), ['success-without-value! result.value']);
  assert.equal(model.position, 4, 'the code was written');
});

test('a non-zero code needs no value', () => {
  assert.deepEqual(rules(modelReply('CloudDB.lock', { code: 4 })), []);
});

test('int32 fields that do not fit are changed, not fatal', () => {
  assert.deepEqual(rules(modelReply('CloudDB.lock', { code: 0, value: { interval: 30, lockId: 2 ** 31 } })), [
    'int32-out-of-range result.value.lockId'
  ]);
});

test('row numbers: integral text goes as int64 (cloud_extension_stub.js:446-454)', () => {
  const page = (row) => modelReply('CloudDB.query', { code: 0, value: { nextCursor: '1', hasMore: false, values: [row] } });
  assert.deepEqual(rules(page({ a: 1e-7 })), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(page({ a: 1e21 })), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(page({ a: NaN })), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(page({ a: -0 })), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(page({ a: 2.5, b: 3, c: 1.5e300, d: -7 })), []);
  assert.deepEqual(rules(page({ a: 2 ** 60 })), ['int64-precision result.value.values[0].a']);
});

test('row values the stub cannot encode throw (cloud_extension_stub.js:493-509)', () => {
  const page = (row) => modelReply('CloudDB.query', { code: 0, value: { nextCursor: '1', hasMore: false, values: [row] } });
  for (const bad of [new Date(0), 5n, new ArrayBuffer(4), new Float64Array(2), { x: 1 }]) {
    assert.deepEqual(rules(page({ v: bad })), ['value-not-encodable! result.value.values[0].v'], String(bad));
  }
  assert.deepEqual(rules(page({ v: Buffer.from([1, 2]) })), [], 'a Buffer is a Uint8Array');
});

test('a falsy asset status in a row goes out as 1 (cloud_extension_stub.js:475-480)', () => {
  const asset = { name: 'a', uri: 'u', path: 'p', createTime: '1', modifyTime: '2', size: '3', status: 0, assetId: 'i', hash: 'h' };
  const page = (row) => modelReply('CloudDB.query', { code: 0, value: { nextCursor: '1', hasMore: false, values: [row] } });
  assert.deepEqual(rules(page({ photo: asset })), ['asset-status-changed result.value.values[0].photo.status']);
  assert.deepEqual(rules(page({ photo: [asset] })), ['asset-status-changed result.value.values[0].photo[0].status']);
  const { status, ...withoutStatus } = asset;
  assert.equal(status, 0);
  assert.deepEqual(rules(page({ photo: withoutStatus })), [], 'an absent status is not reported');
});

test('a reply over 200 KiB throws at the write that crosses it', () => {
  const rows = [];
  for (let index = 0; index < 10; index++) {
    rows.push({ data: new Uint8Array(64 * 1024) });
  }
  const model = modelReply('CloudDB.query', { code: 0, value: { nextCursor: '1', hasMore: false, values: rows } });
  assert.equal(model.fatal?.rule, 'reply-too-large');
  assert.ok(model.position <= MAX_REPLY_BYTES);
  const long = modelReply('CloudDB.generateId', { code: 0, value: ['x'.repeat(40960)] });
  assert.equal(long.fatal?.rule, 'reply-too-large', 'a string of 40 960 units is refused');
  assert.deepEqual(rules(modelReply('CloudDB.generateId', { code: 0, value: ['x'.repeat(40959)] })), []);
});

test('asset results must carry their value (cloud_extension_stub.js:659-670)', () => {
  assert.deepEqual(rules(modelReply('AssetLoader.download', [{ code: 2 }])), ['asset-result-without-value! result[0].value']);
});

test('participants with null role throw 401 (cloud_extension_stub.js:858-869)', () => {
  const model = modelReply('ShareCenter.queryParticipants', { code: 0, value: [{ identity: 'a', role: null }] });
  assert.deepEqual(rules(model), ['share-role-null! result.value[0].role']);
  assert.deepEqual(rules(modelReply('ShareCenter.queryParticipants', { code: 0, value: [{ identity: 'a' }] })), []);
});

test('wrong field types throw 401', () => {
  assert.deepEqual(rules(modelReply('CloudDB.generateId', { code: 0, value: [1] })), ['wrong-field-type! result.value[0]']);
  assert.deepEqual(rules(modelReply('CloudService.getServiceInfo', { enableCloud: 1, id: 'a', totalSpace: 1, remainingSpace: 1, user: 1 })), [
    'wrong-field-type! result.enableCloud'
  ]);
  assert.deepEqual(rules(modelReply('CloudDB.query', { code: 0, value: { nextCursor: 1, hasMore: true, values: [] } })), [
    'wrong-field-type! result.value.nextCursor'
  ]);
});

test('missing results and unknown codes', () => {
  assert.deepEqual(rules(modelReply('CloudDB.insert', undefined)), ['result-missing! result']);
  assert.deepEqual(rules(modelReply('CloudService.getAppBriefInfo', null)), ['result-missing! result']);
  assert.deepEqual(rules(modelReply('CloudDB.delete', [{ code: 404 }])), ['unknown-error-code result[0].code']);
  assert.deepEqual(rules(modelReply('CloudService.getServiceInfo', { enableCloud: true, id: 'a', totalSpace: 1.5, remainingSpace: 1, user: 1 })), [
    'number-changed-in-transit result.totalSpace'
  ]);
});

test('a getter that throws while the stub reads the value is the vendor throwing, not a crash', () => {
  const result = {
    code: 0,
    get value() {
      throw new Error('lazy load failed');
    }
  };
  assert.deepEqual(rules(modelReply('CloudDB.lock', result)), ['vendor-threw! result']);
  const proxy = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
  assert.deepEqual(rules(modelReply('CloudService.getAppBriefInfo', proxy)), ['vendor-threw! result']);
});

test('a Map as a row reaches the system empty', () => {
  const model = modelReply('CloudDB.query', { code: 0, value: { nextCursor: '1', hasMore: false, values: [new Map([['a', 1]])] } });
  assert.deepEqual(rules(model), ['value-not-encodable result.value.values[0]']);
});
