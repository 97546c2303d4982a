import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertFields, fakeRemote, truncated } from '../support/plain-reader.mjs';
import { assetFields, bool, f64, i32, i64, ints, layout, sampleAsset, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { CloudDbClient, LOCK_REQUEST_SECONDS } = require(path.join(harness, 'dist/system/cloud-db-client.js'));

// One row of every kind, and its fields as the stub reads them (cloud_extension_stub.js:537-600).
const asset = sampleAsset('a', 2);
const row = {
  n: null,
  u: undefined,
  i: 42,
  big: 2n ** 60n,
  r: 1.5,
  nz: -0,
  t: 'text',
  b: true,
  blob: new Uint8Array([0, 127, 255]),
  a: asset,
  as: [asset, { ...asset, status: undefined }]
};
const rowFields = [
  i32(11),
  str('n'),
  i32(0),
  str('u'),
  i32(0),
  str('i'),
  i32(1),
  i64(42),
  str('big'),
  i32(1),
  i64(2n ** 60n),
  str('r'),
  i32(2),
  f64(1.5),
  str('nz'),
  i32(2),
  f64(-0),
  str('t'),
  i32(3),
  str('text'),
  str('b'),
  i32(4),
  bool(true),
  str('blob'),
  i32(5),
  ints([0, 127, 255]),
  str('a'),
  i32(6),
  assetFields(asset),
  str('as'),
  i32(7),
  i32(2),
  assetFields(asset),
  assetFields({ ...asset, status: 0 })
];
const ext = { id: 'gid-1', operation: 0 };
const extFields = [i32(2), str('id'), i32(3), str('gid-1'), str('operation'), i32(1), i64(0)];

describe("CloudDbClient requests (byte for byte against the stub's reads)", () => {
  it('generateId: code 0, i32 count (stub.js:302)', async () => {
    const remote = fakeRemote([i32(1)]);
    await new CloudDbClient(remote).generateId(30);
    assert.equal(remote.requests[0].code, 0);
    assertFields(remote.requests[0].bytes, [i32(30)]);
  });

  it('insert: code 1, str table, rows, extension rows (stub.js:313-315)', async () => {
    const remote = fakeRemote([i32(0)]);
    await new CloudDbClient(remote).insert('note', [row], [ext]);
    assert.equal(remote.requests[0].code, 1);
    assertFields(remote.requests[0].bytes, [str('note'), i32(1), rowFields, i32(1), extFields]);
  });

  it('update: code 2, same layout as insert (stub.js:329-331)', async () => {
    const remote = fakeRemote([i32(0)]);
    await new CloudDbClient(remote).update('note', [], [ext]);
    assert.equal(remote.requests[0].code, 2);
    assertFields(remote.requests[0].bytes, [str('note'), i32(0), i32(1), extFields]);
  });

  it('delete: code 3, str table, extension rows only (stub.js:341-342)', async () => {
    const remote = fakeRemote([i32(0)]);
    await new CloudDbClient(remote).delete('note', [ext]);
    assert.equal(remote.requests[0].code, 3);
    assertFields(remote.requests[0].bytes, [str('note'), i32(1), extFields]);
  });

  it('query: code 4, str table, i32 count + field names, i32 limit, str cursor (stub.js:352-355)', async () => {
    const remote = fakeRemote([i32(1)]);
    await new CloudDbClient(remote).query('note', ['title', 'body'], 10, '');
    assert.equal(remote.requests[0].code, 4);
    assertFields(remote.requests[0].bytes, [str('note'), i32(2), str('title'), str('body'), i32(10), str('')]);
  });

  it('lock: code 5 with the i32 3600 the stub ignores (stub.js:370-371)', async () => {
    const remote = fakeRemote([i32(1)]);
    await new CloudDbClient(remote).lock();
    assert.equal(remote.requests[0].code, 5);
    assert.equal(LOCK_REQUEST_SECONDS, 3600);
    assertFields(remote.requests[0].bytes, [i32(3600)]);
  });

  it('heartbeat: code 7, i32 lockId (stub.js:379); unlock: code 6, i32 lockId (stub.js:388)', async () => {
    const heartbeat = fakeRemote([i32(1)]);
    await new CloudDbClient(heartbeat).heartbeat(-5);
    assert.equal(heartbeat.requests[0].code, 7);
    assertFields(heartbeat.requests[0].bytes, [i32(-5)]);
    const unlock = fakeRemote([i32(0)]);
    await new CloudDbClient(unlock).unlock(77);
    assert.equal(unlock.requests[0].code, 6);
    assertFields(unlock.requests[0].bytes, [i32(77)]);
  });

  it('sends numbers beyond int64, NaN and Infinity as REAL, integers as NUMBER', async () => {
    const remote = fakeRemote([i32(0)]);
    await new CloudDbClient(remote).insert('t', [{ a: 1e21, b: NaN, c: -Infinity, d: -(2 ** 63), e: 2 ** 63 }], []);
    assertFields(remote.requests[0].bytes, [
      str('t'),
      i32(1),
      i32(5),
      str('a'),
      i32(2),
      f64(1e21),
      str('b'),
      i32(2),
      f64(NaN),
      str('c'),
      i32(2),
      f64(-Infinity),
      str('d'),
      i32(1),
      i64(-(2n ** 63n)),
      str('e'),
      i32(2),
      f64(2 ** 63),
      i32(0)
    ]);
  });

  it('refuses a bigint beyond int64 and a value that is no row value, before sending', async () => {
    const remote = fakeRemote([i32(0)]);
    const client = new CloudDbClient(remote);
    await assert.rejects(() => client.insert('t', [{ a: 2n ** 63n }], []), RangeError);
    await assert.rejects(() => client.insert('t', [{ a: Symbol('x') }], []), TypeError);
    await assert.rejects(() => client.insert('t', [{ a: { name: 'no other fields' } }], []), TypeError);
    await assert.rejects(() => client.insert('t', [{ ok: 1 }, { photos: [asset, { ...asset, size: 3 }] }], []), {
      name: 'TypeError',
      message: 'values[1].photos[1].size must be a string, got 3'
    });
    await assert.rejects(() => client.delete('t', [{ id: 'g', n: 1.5 }, { id: 7n ** 40n }]), {
      name: 'RangeError',
      message: `extensions[1].id must be an int64, got ${7n ** 40n}`
    });
    assert.equal(remote.requests.length, 0);
  });
});

describe('CloudDbClient replies', () => {
  it('decodes generated ids (stub.js:304-310)', async () => {
    const reply = await new CloudDbClient(fakeRemote([i32(0), i32(2), str('g1'), str('g2')])).generateId(2);
    assert.deepEqual(reply.value, { code: 0, value: ['g1', 'g2'] });
    assert.equal(reply.unread, 0);
  });

  it('decodes results with a row after every code, an empty one when the vendor gave none (stub.js:419-434)', async () => {
    const reply = await new CloudDbClient(
      fakeRemote([i32(3), i32(0), rowFields, i32(5), i32(0), i32(0), i32(1), str('id'), i32(3), str('g')])
    ).insert('note', [row], []);
    assert.equal(reply.ok, true);
    assert.equal(reply.value.length, 3);
    assert.deepEqual(reply.value[0], {
      code: 0,
      value: {
        n: null,
        u: null,
        i: 42,
        big: 2n ** 60n,
        r: 1.5,
        nz: -0,
        t: 'text',
        b: true,
        blob: new Uint8Array([0, 127, 255]),
        a: asset,
        as: [asset, { ...asset, status: 0 }]
      }
    });
    assert.deepEqual(reply.value[1], { code: 5, value: {} });
    assert.deepEqual(reply.value[2], { code: 0, value: { id: 'g' } });
  });

  it('reads the stub\'s [1] for a vendor throw as "one result follows", which is then missing (stub.js:324-326)', async () => {
    const reply = await new CloudDbClient(fakeRemote([i32(1)])).update('note', [row], []);
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /CloudDB\.update: .*results\[0\]\.code/);
    assert.deepEqual(reply.partial, [{ code: 0, value: {} }]);
  });

  it('reads an empty insert answer [0] as no results (stub.js:316-319)', async () => {
    const reply = await new CloudDbClient(fakeRemote([i32(0)])).insert('note', [], []);
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.value, []);
  });

  it('decodes a query page (stub.js:361-364, 413-417)', async () => {
    const reply = await new CloudDbClient(
      fakeRemote([i32(0), str('cursor-2'), bool(true), i32(2), i32(1), str('k'), i32(3), str('v'), i32(0)])
    ).query('note', ['k'], 10, '0');
    assert.deepEqual(reply.value, { code: 0, value: { nextCursor: 'cursor-2', hasMore: true, values: [{ k: 'v' }, {}] } });
  });

  it('reports the int32 1 appended after a partial page: the page reads, the 1 is left over (stub.js:366-368)', async () => {
    // One row, complete, then the catch block's writeInt(1).
    const reply = await new CloudDbClient(fakeRemote([i32(0), str(''), bool(false), i32(1), i32(0), i32(1)])).query('note', [], 10, '');
    assert.equal(reply.ok, true);
    assert.equal(reply.unread, 4);
  });

  it('reports a page cut short by a throw as truncated, naming the field', async () => {
    // Two rows announced, the first has one entry whose value tag is followed by the appended 1.
    const reply = await new CloudDbClient(fakeRemote([i32(0), str(''), bool(false), i32(2), i32(1), str('title'), i32(3), i32(1)])).query(
      'note',
      [],
      10,
      ''
    );
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /value\.values\[0\]\.title/);
    assert.deepEqual(reply.partial, { code: 0, value: { nextCursor: '', hasMore: false, values: [{}] } });
  });

  it('calls an unknown value tag malformed', async () => {
    const reply = await new CloudDbClient(fakeRemote([i32(0), str(''), bool(false), i32(1), i32(1), str('x'), i32(8), i32(0)])).query(
      't',
      [],
      1,
      ''
    );
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'malformed-reply');
    assert.match(reply.failure.message, /unknown value tag 8/);
  });

  it('decodes lock and heartbeat info, and a failed lock as the code alone (stub.js:372-376, 381-385)', async () => {
    assert.deepEqual((await new CloudDbClient(fakeRemote([i32(0), i32(60), i32(9)])).lock()).value, {
      code: 0,
      value: { interval: 60, lockId: 9 }
    });
    assert.deepEqual((await new CloudDbClient(fakeRemote([i32(0), i32(30), i32(9)])).heartbeat(9)).value, {
      code: 0,
      value: { interval: 30, lockId: 9 }
    });
    assert.deepEqual((await new CloudDbClient(fakeRemote([i32(4)])).lock()).value, { code: 4 });
    const cut = await new CloudDbClient(fakeRemote(truncated([i32(0), i32(60), i32(9)], 4))).lock();
    assert.equal(cut.failure.kind, 'truncated-reply');
    assert.match(cut.failure.message, /value\.lockId/);
  });

  it("reads only the unlock code; the partial reply after the stub's ReferenceError arrives as success (stub.js:390-391)", async () => {
    const remote = fakeRemote((code, bytes, parcel) => {
      parcel.writeInt32(0);
      return Promise.reject(new ReferenceError("Cannot access 'a3' before initialization"));
    });
    const reply = await new CloudDbClient(remote).unlock(9);
    assert.equal(reply.ok, true);
    assert.equal(reply.value, 0);
    assert.equal(reply.transaction.errCode, 0);
    assert.ok(reply.transaction.stubError instanceof ReferenceError);
    assert.deepEqual(reply.transaction.reply, layout([i32(0)]));
  });
});
