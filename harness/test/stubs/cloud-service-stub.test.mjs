import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertLayout, bool, bytesOf, i32, i64, rpc, sendToStub, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
const { implementationOf } = require(path.join(harness, 'dist/stubs/trace.js'));

const Code = {
  ConnectShareCenter: 0,
  ConnectAssetLoader: 1,
  ConnectDatabase: 2,
  GetAppBriefInfo: 3,
  GetServiceInfo: 4,
  GetAppSchema: 5,
  Subscribe: 6,
  Unsubscribe: 7
};

/** Sends one request to a new stub around `vendor`; resolves what the handler did. */
function send(vendor, code, fields = []) {
  return sendToStub(cloudExtension.createCloudServiceStub, vendor, code, fields);
}

/** A Database as the system writes it: name first, then alias (cloud_extension_stub.js:251-252). */
function databaseRequest() {
  return [
    str('db-name'),
    str('db-alias'),
    i32(2),
    str('t-alias'),
    str('t-name'),
    i32(2),
    [str('f-alias'), str('col'), i32(3), bool(true), bool(false)],
    [str('g-alias'), str('col2'), i32(1), bool(false), bool(true)],
    str('u-alias'),
    str('u-name'),
    i32(0)
  ];
}

const decodedDatabase = {
  alias: 'db-alias',
  name: 'db-name',
  tables: [
    {
      alias: 't-alias',
      name: 't-name',
      fields: [
        { alias: 'f-alias', colName: 'col', type: 3, primary: true, nullable: false },
        { alias: 'g-alias', colName: 'col2', type: 1, primary: false, nullable: true }
      ]
    },
    { alias: 'u-alias', name: 'u-name', fields: [] }
  ]
};

describe('CloudService stub: common behaviour', () => {
  it('is a RemoteObject with descriptor CloudServiceProxy holding the vendor object', async () => {
    const vendor = {};
    const stub = await cloudExtension.createCloudServiceStub(vendor);
    assert.ok(stub instanceof rpc.RemoteObject);
    assert.equal(stub.getDescriptor(), 'CloudServiceProxy');
    assert.equal(stub.cloudService, vendor);
    assert.equal(implementationOf(stub), vendor);
  });

  it('sets the wait time to 1000 and resolves false for an unknown code without calling the vendor', async () => {
    const result = await send({ getServiceInfo: () => assert.fail('called') }, 8);
    assert.equal(result.resolved, false);
    assert.equal(result.option.getWaitTime(), 1000);
    assert.deepEqual(result.calls, []);
    assertLayout(result.reply, []);
  });

  it('rejects with a TypeError when the vendor lacks the method, and records the throw', async () => {
    const result = await send({}, Code.GetServiceInfo);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, []);
    assert.equal(result.calls[0].outcome.kind, 'threw');
  });

  it('rejects (no try/catch) when the vendor rejects, with nothing written', async () => {
    const failure = new Error('down');
    const result = await send(
      {
        getAppBriefInfo: async () => {
          throw failure;
        }
      },
      Code.GetAppBriefInfo
    );
    assert.equal(result.rejected, failure);
    assertLayout(result.reply, []);
  });
});

describe('CloudService stub: GetServiceInfo (4)', () => {
  it('reads nothing and writes bool enableCloud, str id, i64 totalSpace, i64 remainingSpace, i32 user', async () => {
    const info = { enableCloud: true, id: 'account', totalSpace: 10_000_000_000, remainingSpace: 400, user: 100 };
    const result = await send({ getServiceInfo: async () => info }, Code.GetServiceInfo, [i32(55)]);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [bool(true), str('account'), i64(10_000_000_000), i64(400), i32(100)]);
    assert.equal(result.data.readInt(), 55, 'the request was not read');
    assert.deepEqual(result.calls, [
      { interfaceName: 'CloudService', method: 'getServiceInfo', args: [], outcome: { kind: 'returned', value: info } }
    ]);
  });

  it('rejects with a TypeError before writing when the result is null', async () => {
    const result = await send({ getServiceInfo: () => null }, Code.GetServiceInfo);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, []);
  });

  it('leaves a partial reply when a field has the wrong type (401 after enableCloud)', async () => {
    const result = await send({ getServiceInfo: () => ({ enableCloud: false, id: 7 }) }, Code.GetServiceInfo);
    assert.equal(result.rejected.code, '401', 'a business error, its code a decimal string as on the device');
    assertLayout(result.reply, [bool(false)]);
  });
});

describe('CloudService stub: GetAppBriefInfo (3)', () => {
  it('writes the key count, then key, appId, bundleName, cloudSwitch as 1/0, instanceId per key', async () => {
    const briefs = {
      'com.a': { appId: 'id-a', bundleName: 'com.a', cloudSwitch: true, instanceId: 0 },
      'com.b': { appId: 'id-b', bundleName: 'com.b', cloudSwitch: 0, instanceId: 2 },
      'com.c': { appId: 'id-c', bundleName: 'com.c', cloudSwitch: 'on', instanceId: 1 }
    };
    const result = await send({ getAppBriefInfo: () => briefs }, Code.GetAppBriefInfo);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [
      i32(3),
      [str('com.a'), str('id-a'), str('com.a'), i32(1), i32(0)],
      [str('com.b'), str('id-b'), str('com.b'), i32(0), i32(2)],
      [str('com.c'), str('id-c'), str('com.c'), i32(1), i32(1)]
    ]);
  });

  it('writes 0 for an empty object', async () => {
    const result = await send({ getAppBriefInfo: () => ({}) }, Code.GetAppBriefInfo);
    assertLayout(result.reply, [i32(0)]);
  });
});

describe('CloudService stub: GetAppSchema (5)', () => {
  const schema = {
    version: 3,
    bundleName: 'com.a',
    databases: [
      {
        name: 'db-name',
        alias: 'db-alias',
        tables: [
          {
            name: 't-name',
            alias: 't-alias',
            fields: [{ colName: 'col', alias: 'f-alias', type: 3, primary: true, nullable: false }]
          }
        ]
      }
    ]
  };

  it('reads the bundle name and writes the code and, on SUCCESS, the schema (database alias before name)', async () => {
    const result = await send({ getAppSchema: () => ({ code: 0, value: schema }) }, Code.GetAppSchema, [str('com.a')]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, ['com.a']);
    assertLayout(result.reply, [
      i32(0),
      i32(3),
      str('com.a'),
      i32(1),
      str('db-alias'),
      str('db-name'),
      i32(1),
      str('t-alias'),
      str('t-name'),
      i32(1),
      [str('f-alias'), str('col'), i32(3), bool(true), bool(false)]
    ]);
  });

  it('writes only the code for any other code', async () => {
    const result = await send({ getAppSchema: () => ({ code: 3, value: schema }) }, Code.GetAppSchema, [str('com.a')]);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [i32(3)]);
  });

  it('writes the code, then rejects with a TypeError when SUCCESS has no value', async () => {
    const result = await send({ getAppSchema: () => ({ code: 0 }) }, Code.GetAppSchema, [str('com.a')]);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, [i32(0)]);
  });
});

describe('CloudService stub: Subscribe (6)', () => {
  const info = {
    expirationTime: 1_700_000_000_000,
    subscribe: {
      'com.a': [
        { databaseAlias: 'db1', id: 's1' },
        { databaseAlias: 'db2', id: 's2' }
      ]
    }
  };

  it('reads i64 expiration, the bundle and its databases, and passes (databases, expiration)', async () => {
    const result = await send({ subscribe: () => ({ code: 0, value: info }) }, Code.Subscribe, [
      i64(1_700_000_000_000),
      str('com.a'),
      i32(1),
      databaseRequest()
    ]);
    assert.equal(result.resolved, true);
    const [databases, expirationTime] = result.calls[0].args;
    assert.equal(expirationTime, 1_700_000_000_000);
    assert.deepEqual(databases, { 'com.a': [decodedDatabase] });
    // The database object is created as { alias, name, tables } (cloud_extension_stub.js:246-250).
    assert.deepEqual(Object.keys(databases['com.a'][0]), ['alias', 'name', 'tables']);
    assertLayout(result.reply, [
      i32(0),
      i64(1_700_000_000_000),
      i32(1),
      str('com.a'),
      i32(2),
      [str('db1'), str('s1'), str('db2'), str('s2')]
    ]);
  });

  it('gives the bundle no databases for a negative count, and writes only a failure code', async () => {
    const result = await send({ subscribe: () => ({ code: 2 }) }, Code.Subscribe, [i64(5), str('com.a'), i32(-1)]);
    assert.deepEqual(result.calls[0].args, [{ 'com.a': [] }, 5]);
    assertLayout(result.reply, [i32(2)]);
  });

  it('writes the code, then rejects with a TypeError when SUCCESS has no value', async () => {
    const result = await send({ subscribe: () => ({ code: 0 }) }, Code.Subscribe, [i64(5), str('com.a'), i32(0)]);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, [i32(0)]);
  });

  it('decodes a database with a negative table or field count as empty at that level', async () => {
    const result = await send({ subscribe: () => ({ code: 1 }) }, Code.Subscribe, [
      i64(1),
      str('b'),
      i32(2),
      [str('n1'), str('a1'), i32(-1)],
      [str('n2'), str('a2'), i32(1), str('ta'), str('tn'), i32(-3)]
    ]);
    assert.deepEqual(result.calls[0].args[0], {
      b: [
        { alias: 'a1', name: 'n1', tables: [] },
        { alias: 'a2', name: 'n2', tables: [{ alias: 'ta', name: 'tn', fields: [] }] }
      ]
    });
  });
});

describe('CloudService stub: Unsubscribe (7)', () => {
  const ids = [i32(2), str('com.a'), i32(2), str('id1'), str('id2'), str('com.b'), i32(0)];

  /** The single int32 written for a vendor result. */
  async function replyFor(returned) {
    const result = await send({ unsubscribe: () => returned }, Code.Unsubscribe, ids);
    assert.equal(result.resolved, true);
    return result;
  }

  it('reads the ids per bundle and passes them as one object', async () => {
    const result = await replyFor(1);
    assert.deepEqual(result.calls[0].args, [{ 'com.a': ['id1', 'id2'], 'com.b': [] }]);
  });

  it('writes SUCCESS (0) only for a result > 0: 1 → 0, true → 0, "1" → 0', async () => {
    assertLayout((await replyFor(1)).reply, [i32(0)]);
    assertLayout((await replyFor(true)).reply, [i32(0)]);
    assertLayout((await replyFor('1')).reply, [i32(0)]);
    assertLayout((await replyFor(Promise.resolve(5))).reply, [i32(0)]);
  });

  it('writes UNKNOWN_ERROR (1) for 0 (ErrorCode.SUCCESS), undefined, null, an object or a negative', async () => {
    assertLayout((await replyFor(cloudExtension.ErrorCode.SUCCESS)).reply, [i32(1)]);
    assertLayout((await replyFor(undefined)).reply, [i32(1)]);
    assertLayout((await replyFor(null)).reply, [i32(1)]);
    assertLayout((await replyFor({ code: 0 })).reply, [i32(1)]);
    assertLayout((await replyFor(-1)).reply, [i32(1)]);
  });

  it('turns a negative bundle count into {} and a negative id count into []', async () => {
    const none = await send({ unsubscribe: () => 1 }, Code.Unsubscribe, [i32(-1)]);
    assert.deepEqual(none.calls[0].args, [{}]);
    const empty = await send({ unsubscribe: () => 1 }, Code.Unsubscribe, [i32(2), str('a'), i32(-1), str('b'), i32(1), str('x')]);
    assert.deepEqual(empty.calls[0].args, [{ a: [], b: ['x'] }]);
  });
});

describe('CloudService stub: ConnectDatabase (2) and ConnectAssetLoader (1)', () => {
  for (const [name, code, method] of [
    ['ConnectDatabase', Code.ConnectDatabase, 'connectDB'],
    ['ConnectAssetLoader', Code.ConnectAssetLoader, 'connectAssetLoader']
  ]) {
    it(`${name}: reads bundle and Database, writes the returned RemoteObject`, async () => {
      const remote = await cloudExtension.createCloudDBStub({});
      const result = await send({ [method]: async () => remote }, code, [str('com.a'), databaseRequest()]);
      assert.equal(result.resolved, true);
      assert.deepEqual(result.calls[0].method, method);
      assert.deepEqual(result.calls[0].args, ['com.a', decodedDatabase]);
      assert.equal(result.reply.readRemoteObject(), remote);
      assert.equal(result.reply.getReadableBytes(), 0);
    });

    it(`${name}: rejects with 1900008 for an object that is not a RemoteObject, 401 for null`, async () => {
      const plain = await send({ [method]: () => ({}) }, code, [str('com.a'), databaseRequest()]);
      assert.equal(plain.rejected.code, '1900008', 'a business error, its code a decimal string as on the device');
      assert.equal(bytesOf(plain.reply).length, 0);
      const missing = await send({ [method]: () => null }, code, [str('com.a'), databaseRequest()]);
      assert.equal(missing.rejected.code, '401', 'a business error, its code a decimal string as on the device');
      assert.equal(bytesOf(missing.reply).length, 0);
    });
  }
});

describe('CloudService stub: ConnectShareCenter (0)', () => {
  it('reads i32 userId and str bundle, writes the returned RemoteObject', async () => {
    const remote = await cloudExtension.createShareServiceStub({});
    const result = await send({ connectShareCenter: () => remote }, Code.ConnectShareCenter, [i32(100), str('com.a')]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, [100, 'com.a']);
    assert.equal(result.reply.readRemoteObject(), remote);
  });

  it('resolves false with nothing written for null or undefined (== null)', async () => {
    for (const returned of [null, undefined]) {
      const result = await send({ connectShareCenter: () => returned }, Code.ConnectShareCenter, [i32(1), str('b')]);
      assert.equal(result.resolved, false);
      assertLayout(result.reply, []);
    }
  });

  it('rejects with 1900008 for an object that is not a RemoteObject', async () => {
    const result = await send({ connectShareCenter: () => ({}) }, Code.ConnectShareCenter, [i32(1), str('b')]);
    assert.equal(result.rejected.code, '1900008', 'a business error, its code a decimal string as on the device');
  });
});
