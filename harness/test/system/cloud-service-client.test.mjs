import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertFields, fakeRemote, truncated } from '../support/plain-reader.mjs';
import { bool, i32, i64, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { CloudServiceClient } = require(path.join(harness, 'dist/system/cloud-service-client.js'));
const { parcelOf } = require(path.join(harness, 'dist/rpc/rpc-internal.js'));
const rpc = require('ohos-cloud-extension-harness/modules/@ohos.rpc');

const database = {
  name: 'notes_db',
  alias: 'notes',
  tables: [
    {
      alias: 'note',
      name: 'note_table',
      fields: [
        { alias: 'title', colName: 'title_col', type: 3, primary: true, nullable: false },
        { alias: 'body', colName: 'body_col', type: 3, primary: false, nullable: true }
      ]
    },
    { alias: 'empty', name: 'empty_table', fields: [] }
  ]
};

// cloud_extension_stub.js:245-283: name, alias, i32 tables; per table alias, name, i32 fields;
// per field alias, colName, i32 type, bool primary, bool nullable.
const databaseFields = [
  str('notes_db'),
  str('notes'),
  i32(2),
  str('note'),
  str('note_table'),
  i32(2),
  str('title'),
  str('title_col'),
  i32(3),
  bool(true),
  bool(false),
  str('body'),
  str('body_col'),
  i32(3),
  bool(false),
  bool(true),
  str('empty'),
  str('empty_table'),
  i32(0)
];

describe("CloudServiceClient requests (byte for byte against the stub's reads)", () => {
  it('getServiceInfo sends code 4 and nothing else', async () => {
    const remote = fakeRemote([bool(true), str('id'), i64(1), i64(2), i32(100)]);
    await new CloudServiceClient(remote).getServiceInfo();
    assert.equal(remote.requests[0].code, 4);
    assertFields(remote.requests[0].bytes, []);
  });

  it('getAppBriefInfo sends code 3 and nothing else', async () => {
    const remote = fakeRemote([i32(0)]);
    await new CloudServiceClient(remote).getAppBriefInfo();
    assert.equal(remote.requests[0].code, 3);
    assertFields(remote.requests[0].bytes, []);
  });

  it('getAppSchema sends code 5 and the bundle name (stub.js:105)', async () => {
    const remote = fakeRemote([i32(1)]);
    await new CloudServiceClient(remote).getAppSchema('com.example.notes');
    assert.equal(remote.requests[0].code, 5);
    assertFields(remote.requests[0].bytes, [str('com.example.notes')]);
  });

  it('subscribe sends code 6: i64 expiry first, bundle, i32 count, databases name-then-alias (stub.js:113-114, 211-223)', async () => {
    const remote = fakeRemote([i32(1)]);
    await new CloudServiceClient(remote).subscribe('com.example.notes', [database], 1_700_000_000_000);
    assert.equal(remote.requests[0].code, 6);
    assertFields(remote.requests[0].bytes, [i64(1_700_000_000_000), str('com.example.notes'), i32(1), databaseFields]);
  });

  it('subscribe writes a bigint expiry exactly', async () => {
    const remote = fakeRemote([i32(1)]);
    await new CloudServiceClient(remote).subscribe('b', [], 2n ** 62n + 1n);
    assertFields(remote.requests[0].bytes, [i64(2n ** 62n + 1n), str('b'), i32(0)]);
  });

  it('unsubscribe sends code 7: i32 bundles; per bundle name, i32 ids, ids (stub.js:225-243)', async () => {
    const remote = fakeRemote([i32(0)]);
    await new CloudServiceClient(remote).unsubscribe({ 'com.a': ['s1', 's2'], 'com.b': [] });
    assert.equal(remote.requests[0].code, 7);
    assertFields(remote.requests[0].bytes, [i32(2), str('com.a'), i32(2), str('s1'), str('s2'), str('com.b'), i32(0)]);
  });

  it('connectDB sends code 2 and connectAssetLoader code 1: bundle, then the database (stub.js:127-128, 133-134)', async () => {
    const db = fakeRemote([]);
    await new CloudServiceClient(db).connectDB('com.example.notes', database);
    assert.equal(db.requests[0].code, 2);
    assertFields(db.requests[0].bytes, [str('com.example.notes'), databaseFields]);
    const loader = fakeRemote([]);
    await new CloudServiceClient(loader).connectAssetLoader('com.example.notes', database);
    assert.equal(loader.requests[0].code, 1);
    assertFields(loader.requests[0].bytes, [str('com.example.notes'), databaseFields]);
  });

  it('connectShareCenter sends code 0: i32 userId, bundle (stub.js:139-140)', async () => {
    const remote = fakeRemote([]);
    await new CloudServiceClient(remote).connectShareCenter(100, 'com.example.notes');
    assert.equal(remote.requests[0].code, 0);
    assertFields(remote.requests[0].bytes, [i32(100), str('com.example.notes')]);
  });

  it('refuses what the native caller could not send, before sending', async () => {
    const remote = fakeRemote([]);
    const client = new CloudServiceClient(remote);
    await assert.rejects(() => client.connectShareCenter(2 ** 31, 'b'), RangeError);
    await assert.rejects(() => client.subscribe('b', [], 1.5), RangeError);
    await assert.rejects(() => client.getAppSchema(undefined), TypeError);
    assert.equal(remote.requests.length, 0);
  });
});

describe('CloudServiceClient replies', () => {
  it('decodes ServiceInfo: bool, str, i64, i64, i32 (stub.js:152-158)', async () => {
    const reply = await new CloudServiceClient(fakeRemote([bool(true), str('acct'), i64(2n ** 60n), i64(4096), i32(100)])).getServiceInfo();
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.value, { enableCloud: true, id: 'acct', totalSpace: 2n ** 60n, remainingSpace: 4096, user: 100 });
    assert.equal(reply.unread, 0);
    assert.equal(reply.transaction.status, 'ok');
    assert.equal(reply.transaction.errCode, 0);
  });

  it('reports a ServiceInfo reply cut inside remainingSpace as truncated, with the part read', async () => {
    const reply = await new CloudServiceClient(fakeRemote(truncated([bool(false), str(''), i64(1), i64(2), i32(3)], 8))).getServiceInfo();
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /CloudService\.getServiceInfo: .*remainingSpace/);
    assert.deepEqual(reply.partial, { enableCloud: false, id: '', totalSpace: 1 });
  });

  it('decodes AppBriefInfo per key, cloudSwitch read as non-zero (stub.js:160-171)', async () => {
    const reply = await new CloudServiceClient(
      fakeRemote([
        i32(2),
        str('com.a'),
        str('app-a'),
        str('com.a'),
        i32(1),
        i32(0),
        str('__proto__'),
        str('app-b'),
        str('com.b'),
        i32(0),
        i32(7)
      ])
    ).getAppBriefInfo();
    assert.equal(reply.ok, true);
    assert.deepEqual(Object.keys(reply.value), ['com.a', '__proto__']);
    assert.deepEqual(reply.value['com.a'], { appId: 'app-a', bundleName: 'com.a', cloudSwitch: true, instanceId: 0 });
    assert.deepEqual(Object.getOwnPropertyDescriptor(reply.value, '__proto__').value, {
      appId: 'app-b',
      bundleName: 'com.b',
      cloudSwitch: false,
      instanceId: 7
    });
  });

  it('decodes a schema with alias before name (stub.js:173-194)', async () => {
    const reply = await new CloudServiceClient(
      fakeRemote([
        i32(0),
        i32(3),
        str('com.a'),
        i32(1),
        str('notes'),
        str('notes_db'),
        i32(1),
        str('note'),
        str('note_table'),
        i32(1),
        str('t'),
        str('t_col'),
        i32(3),
        bool(true),
        bool(false)
      ])
    ).getAppSchema('com.a');
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.value, {
      code: 0,
      value: {
        version: 3,
        bundleName: 'com.a',
        databases: [
          {
            alias: 'notes',
            name: 'notes_db',
            tables: [
              { alias: 'note', name: 'note_table', fields: [{ alias: 't', colName: 't_col', type: 3, primary: true, nullable: false }] }
            ]
          }
        ]
      }
    });
  });

  it('reads only the code of a failed getAppSchema; anything after it is unread', async () => {
    const reply = await new CloudServiceClient(fakeRemote([i32(2), i32(99)])).getAppSchema('com.a');
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.value, { code: 2 });
    assert.equal(reply.unread, 4);
  });

  it('reports a success code with no schema after it as truncated (stub.js:107-110, value missing)', async () => {
    const reply = await new CloudServiceClient(fakeRemote([i32(0)])).getAppSchema('com.a');
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /value\.version/);
    assert.deepEqual(reply.partial, { code: 0, value: {} });
  });

  it('decodes a subscription (stub.js:196-209)', async () => {
    const reply = await new CloudServiceClient(
      fakeRemote([i32(0), i64(1_700_000_000_000), i32(1), str('com.a'), i32(2), str('notes'), str('sub-1'), str('photos'), str('sub-2')])
    ).subscribe('com.a', [database], 1);
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.value, {
      code: 0,
      value: {
        expirationTime: 1_700_000_000_000,
        subscribe: {
          'com.a': [
            { databaseAlias: 'notes', id: 'sub-1' },
            { databaseAlias: 'photos', id: 'sub-2' }
          ]
        }
      }
    });
  });

  it('decodes the unsubscribe code', async () => {
    const reply = await new CloudServiceClient(fakeRemote([i32(1)])).unsubscribe({});
    assert.equal(reply.ok, true);
    assert.equal(reply.value, 1);
  });

  it('takes the stub object out of a connect reply', async () => {
    const stub = new rpc.RemoteObject('CloudDbProxy');
    const remote = fakeRemote((code, bytes, parcel) => {
      parcel.writeObject(stub);
      return true;
    });
    const reply = await new CloudServiceClient(remote).connectDB('b', database);
    assert.equal(reply.ok, true);
    assert.equal(reply.value, stub);
  });

  it('calls an object that is not a remote object not-a-remote-object', async () => {
    const remote = fakeRemote((code, bytes, parcel) => {
      parcel.writeObject({ plain: true });
      return true;
    });
    const reply = await new CloudServiceClient(remote).connectAssetLoader('b', database);
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'not-a-remote-object');
  });

  it('reports connectShareCenter answered false with no bytes as a failed transaction (stub.js:142-144)', async () => {
    const reply = await new CloudServiceClient(fakeRemote([], { result: false })).connectShareCenter(100, 'b');
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'transaction-failed');
    assert.equal(reply.transaction.errCode, 4);
    assert.equal(reply.transaction.status, 'failed');
  });

  it('reports an empty connect reply as truncated', async () => {
    const reply = await new CloudServiceClient(fakeRemote([])).connectDB('b', database);
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.ok(parcelOf);
  });
});
