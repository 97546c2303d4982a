// analyseReply reads what the real stubs wrote (their write log and the reply bytes) and names
// each thrown write and each value that reached the system changed, at its field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { inspect } from 'node:util';

const require = createRequire(import.meta.url);
const { analyseReply, ANALYSED_METHODS } = require('../../../dist/check/reply/analyse-reply.js');
const { CloudDbStub } = require('../../../dist/stubs/cloud-db-stub.js');
const { CloudServiceStub } = require('../../../dist/stubs/cloud-service-stub.js');
const { AssetLoaderStub } = require('../../../dist/stubs/asset-loader-stub.js');
const { ShareCenterStub } = require('../../../dist/stubs/share-center-stub.js');
const { CloudDbClient } = require('../../../dist/system/cloud-db-client.js');
const { CloudServiceClient } = require('../../../dist/system/cloud-service-client.js');
const { AssetLoaderClient } = require('../../../dist/system/asset-loader-client.js');
const { ShareCenterClient } = require('../../../dist/system/share-center-client.js');

/** Sends `method` to the real stub whose vendor method returns `returned`, and analyses the reply. */
async function analyse(method, returned, options = {}) {
  const [iface, name] = method.split('.');
  const vendor = new Proxy({}, { get: () => async () => returned });
  let reply;
  if (iface === 'CloudDB') {
    const client = new CloudDbClient(new CloudDbStub('CloudDbProxy', vendor));
    const calls = {
      query: () => client.query('t', [], 10, '0'),
      lock: () => client.lock(),
      heartbeat: () => client.heartbeat(1),
      unlock: () => client.unlock(1),
      generateId: () => client.generateId(2)
    };
    reply = await (calls[name] ?? (() => client[name]('t', [{ a: 1 }], [{ id: 'x' }])))();
  } else if (iface === 'CloudService') {
    const client = new CloudServiceClient(new CloudServiceStub('CloudServiceProxy', vendor));
    const calls = {
      getServiceInfo: () => client.getServiceInfo(),
      getAppBriefInfo: () => client.getAppBriefInfo(),
      getAppSchema: () => client.getAppSchema('b'),
      subscribe: () => client.subscribe('b', [], 1)
    };
    reply = await calls[name]();
  } else if (iface === 'AssetLoader') {
    reply = await new AssetLoaderClient(new AssetLoaderStub('AssetLoaderProxy', vendor))[name]('t', 'g', '/p', []);
  } else {
    const client = new ShareCenterClient(new ShareCenterStub('ShareCenterProxy', vendor));
    const calls = {
      exit: () => client.exit(1, 'b', 'r'),
      queryParticipants: () => client.queryParticipants(1, 'b', 'r'),
      confirmInvitation: () => client.confirmInvitation(1, 'b', 'c', 1)
    };
    reply = await (calls[name] ?? (() => client[name](1, 'b', 'r', [])))();
  }
  return analyseReply(method, { writeLog: reply.transaction.writeLog, reply: reply.transaction.reply, returned, ...options });
}

const rules = (analysis) => analysis.issues.map((issue) => `${issue.rule}${issue.fatal ? '!' : ''} ${issue.field}`);
const page = (row) => ({ code: 0, value: { nextCursor: '1', hasMore: false, values: [row] } });
const asset = { name: 'a', uri: 'u', path: 'p', createTime: '1', modifyTime: '2', size: '3', status: 2, assetId: 'i', hash: 'h' };

test('a correct lock result has no issue; a method without a known reply has none either', async () => {
  assert.deepEqual(rules(await analyse('CloudDB.lock', { code: 0, value: { interval: 30, lockId: 7 } })), []);
  assert.deepEqual(analyseReply('CloudService.unsubscribe', { writeLog: [], reply: new Uint8Array(0), returned: 1 }).issues, []);
  assert.ok(ANALYSED_METHODS.includes('ShareCenter.queryParticipantsByInvitation'));
});

test('success without value is fatal after the code (cloud_extension_stub.js:372-376)', async () => {
  assert.deepEqual(rules(await analyse('CloudDB.lock', { code: 0 })), ['success-without-value! result.value']);
  assert.deepEqual(rules(await analyse('CloudDB.lock', { code: 4 })), [], 'a non-zero code needs no value');
});

test('int32 fields that do not fit are changed, with what the system read', async () => {
  const analysis = await analyse('CloudDB.lock', { code: 0, value: { interval: 30, lockId: 2 ** 31 } });
  assert.deepEqual(rules(analysis), ['int32-out-of-range result.value.lockId']);
  assert.match(analysis.issues[0].message, /2147483648.*reads -2147483648/);
});

test('row numbers as the stub tagged them: int64 text changes, doubles do not (cloud_extension_stub.js:446-454)', async () => {
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: 1e-7 }))), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: 1e21 }))), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: NaN }))), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: -0 }))), ['number-changed-in-transit result.value.values[0].a']);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: 2.5, b: 3, c: 1.5e300, d: -7 }))), []);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: 2 ** 60 }))), ['int64-precision result.value.values[0].a']);
});

test('a NUL cuts a string: changed in transit at its field, nothing else', async () => {
  const analysis = await analyse('CloudDB.query', page({ id: 'r1', title: 'left\u0000right' }));
  assert.deepEqual(rules(analysis), ['string-changed-in-transit result.value.values[0].title']);
  assert.match(analysis.issues[0].message, /"left\\u0000right".*first NUL.*reads "left"/);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ t: 'x\ud800y' }))), [], 'a lone surrogate arrives as it was');
  assert.deepEqual(rules(await analyse('CloudDB.generateId', { code: 0, value: ['a\u0000b', 'c'] })), [
    'string-changed-in-transit result.value[0]'
  ]);
  assert.deepEqual(rules(await analyse('ShareCenter.exit', { code: 0, description: 'ok\u0000' })), [
    'string-changed-in-transit result.description'
  ]);
});

test('row values the stub cannot encode throw at the value (cloud_extension_stub.js:493-509)', async () => {
  for (const bad of [new Date(0), 5n, new ArrayBuffer(4), new Float64Array(2), { x: 1 }]) {
    assert.deepEqual(
      rules(await analyse('CloudDB.query', page({ v: bad }))),
      ['value-not-encodable! result.value.values[0].v'],
      inspect(bad)
    );
  }
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ v: Buffer.from([1, 2]) }))), [], 'a Buffer is a Uint8Array');
});

test('a falsy asset status in a row goes out as 1 (cloud_extension_stub.js:475-480)', async () => {
  const analysis = await analyse('CloudDB.query', page({ a: { ...asset, status: 0 }, b: [{ ...asset, status: undefined }] }));
  assert.deepEqual(rules(analysis), ['asset-status-changed result.value.values[0].a.status']);
  assert.match(analysis.issues[0].message, /status is 0.*reads 1\b/);
});

test('a reply over 200 KiB throws at the write that crosses it, and a 40960-unit string at once', async () => {
  const big = 'x'.repeat(30000);
  const analysis = await analyse('CloudDB.query', {
    code: 0,
    value: { nextCursor: '1', hasMore: false, values: [{ a: big }, { a: big }, { a: big }] }
  });
  assert.deepEqual(rules(analysis), ['reply-too-large! result.value.values[2].a']);
  assert.match(analysis.fatal.message, /204800 bytes/);
  assert.deepEqual(rules(await analyse('CloudDB.query', page({ a: 'y'.repeat(40960) }))), ['reply-too-large! result.value.values[0].a']);
  const batch = await analyse('CloudDB.query', page({ a: 'y'.repeat(40960) }), { capacityRule: 'reply-too-large-in-large-batch' });
  assert.deepEqual(rules(batch), ['reply-too-large-in-large-batch! result.value.values[0].a']);
});

test('asset results must carry their value (cloud_extension_stub.js:659-670)', async () => {
  assert.deepEqual(rules(await analyse('AssetLoader.download', [{ code: 0, value: asset }, { code: 1 }])), [
    'asset-result-without-value! result[1].value'
  ]);
});

test('participants with a null role throw 401 (cloud_extension_stub.js:858-869)', async () => {
  const participant = { identity: 'p', role: null, state: 1, privilege: undefined, attachInfo: '' };
  assert.deepEqual(rules(await analyse('ShareCenter.queryParticipants', { code: 0, description: '', value: [participant] })), [
    'share-role-null! result.value[0].role'
  ]);
  assert.deepEqual(rules(await analyse('ShareCenter.queryParticipants', { code: 0, value: [{ ...participant, role: undefined }] })), []);
});

test('wrong field types throw 401 where they are written', async () => {
  assert.deepEqual(rules(await analyse('CloudDB.generateId', { code: 0, value: [1, 2] })), ['wrong-field-type! result.value[0]']);
  assert.deepEqual(rules(await analyse('CloudDB.generateId', { code: 0, value: 'ab' })), ['wrong-field-type! result.value']);
  assert.deepEqual(rules(await analyse('CloudDB.generateId', { code: 0, value: 5 })), ['wrong-field-type! result.value']);
  assert.deepEqual(
    rules(await analyse('CloudService.getServiceInfo', { enableCloud: 1, id: 'a', totalSpace: 1, remainingSpace: 1, user: 100 })),
    ['wrong-field-type! result.enableCloud']
  );
  const info = await analyse('CloudService.getServiceInfo', { enableCloud: true, id: 'a', totalSpace: 1.5, remainingSpace: 1, user: 100 });
  assert.deepEqual(rules(info), ['number-changed-in-transit result.totalSpace']);
});

test('an array-like beyond MAX_SIZE makes the stub write no rows at all (cloud_extension_stub.js:419-434, 515-523)', async () => {
  const huge = { length: 2 ** 32 };
  assert.deepEqual(rules(await analyse('CloudDB.query', { code: 0, value: { nextCursor: '1', hasMore: false, values: huge } })), [
    'wrong-field-type! result.value.values'
  ]);
  assert.deepEqual(rules(await analyse('CloudDB.update', huge)), ['wrong-field-type! result']);
});

test('missing results, unknown codes and unknown field types', async () => {
  assert.deepEqual(rules(await analyse('CloudDB.lock', undefined)), ['result-missing! result']);
  assert.deepEqual(rules(await analyse('CloudDB.insert', null)), ['result-missing! result']);
  assert.deepEqual(rules(await analyse('CloudDB.heartbeat', { code: 200 })), ['unknown-error-code result.code']);
  const schema = {
    code: 0,
    value: {
      version: 1,
      bundleName: 'b',
      databases: [
        {
          alias: 'd',
          name: 'n',
          tables: [{ alias: 't', name: 'n', fields: [{ alias: 'f', colName: 'c', type: 9, primary: false, nullable: true }] }]
        }
      ]
    }
  };
  assert.deepEqual(rules(await analyse('CloudService.getAppSchema', schema)), [
    'field-type-unknown result.value.databases[0].tables[0].fields[0].type'
  ]);
});

test('a getter that throws while the stub reads the value is the vendor throwing, not a crash', async () => {
  const result = { code: 0 };
  Object.defineProperty(result, 'value', {
    get: () => {
      throw new Error('boom');
    }
  });
  const analysis = await analyse('CloudDB.lock', result);
  assert.equal(analysis.fatal?.rule, 'vendor-threw');
  assert.match(analysis.fatal.message, /boom/);
});

test('a Map as a row reaches the system empty', async () => {
  assert.deepEqual(rules(await analyse('CloudDB.query', page(new Map([['a', 1]])))), ['value-not-encodable result.value.values[0]']);
});

test('the analysis needs only plain data: a structured clone of its input gives the same issues', async () => {
  const db = { query: async () => page({ t: 'a\u0000b', n: 1e21 }) };
  const reply = await new CloudDbClient(new CloudDbStub('CloudDbProxy', db)).query('t', [], 1, '0');
  const input = {
    writeLog: reply.transaction.writeLog,
    reply: reply.transaction.reply,
    returned: reply.transaction.vendorCalls[0].outcome.value
  };
  const direct = analyseReply('CloudDB.query', input);
  const cloned = analyseReply('CloudDB.query', structuredClone(input));
  assert.deepEqual(cloned, direct);
  assert.equal(direct.issues.length, 2);
});
