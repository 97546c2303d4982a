import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  assertLayout,
  assetFields,
  bool,
  f64,
  i32,
  i64,
  ints,
  newOption,
  rpc,
  sampleAsset,
  str,
  sendToStub
} from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
const { implementationOf } = require(path.join(harness, 'dist/stubs/trace.js'));

const Code = { GenerateIds: 0, Insert: 1, Update: 2, Delete: 3, Query: 4, Lock: 5, Unlock: 6, Heartbeat: 7 };

/** Sends one request to a new stub around `vendor`; resolves what the handler did. */
function send(vendor, code, fields = []) {
  return sendToStub(cloudExtension.createCloudDBStub, vendor, code, fields);
}

/** Two rows as the system writes them: a bucket count, then per bucket entries of key + tagged value. */
const rowsRequest = [
  i32(2),
  i32(3),
  [str('title'), i32(3), str('hello')],
  [str('score'), i32(2), f64(9.5)],
  [str('photo'), i32(6), assetFields(sampleAsset('p', 0))],
  i32(2),
  [str('blob'), i32(5), ints([1, 2, 3])],
  [str('flag'), i32(4), bool(true)]
];
const decodedRows = [
  { title: 'hello', score: 9.5, photo: sampleAsset('p', 0) },
  { blob: new Uint8Array([1, 2, 3]), flag: true }
];
const extensionsRequest = [
  i32(2),
  i32(2),
  [str('id'), i32(3), str('gid-1')],
  [str('operation'), i32(1), i64(0)],
  i32(1),
  [str('id'), i32(3), str('gid-2')]
];
const decodedExtensions = [{ id: 'gid-1', operation: 0 }, { id: 'gid-2' }];

describe('CloudDB stub: common behaviour', () => {
  it('is a RemoteObject with descriptor CloudDbProxy holding the vendor object', async () => {
    const vendor = {};
    const stub = await cloudExtension.createCloudDBStub(vendor);
    assert.ok(stub instanceof rpc.RemoteObject);
    assert.equal(stub.getDescriptor(), 'CloudDbProxy');
    assert.equal(stub.cloudDb, vendor);
    assert.equal(implementationOf(stub), vendor);
  });

  it('resolves false for an undefined CloudDB before setting the wait time', async () => {
    const result = await send(undefined, Code.Lock);
    assert.equal(result.resolved, false);
    assert.equal(result.option.getWaitTime(), newOption().getWaitTime());
    assertLayout(result.reply, []);
  });

  it('does not treat null as missing (=== undefined): it goes on and throws a TypeError', async () => {
    const result = await send(null, Code.Lock);
    assert.ok(result.rejected instanceof TypeError);
    assert.equal(result.option.getWaitTime(), 1500);
  });

  it('sets the wait time to 1500 and resolves false for an unknown code', async () => {
    const result = await send({ lock: () => assert.fail('called') }, 8);
    assert.equal(result.resolved, false);
    assert.equal(result.option.getWaitTime(), 1500);
    assert.deepEqual(result.calls, []);
    assertLayout(result.reply, []);
  });
});

describe('CloudDB stub: GenerateIds (0)', () => {
  it('reads the count and writes the code, the number of ids returned and each id', async () => {
    const result = await send({ generateId: () => ({ code: 0, value: ['a', 'b'] }) }, Code.GenerateIds, [i32(3)]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, [3]);
    // The count is not checked against the request: two ids for three asked.
    assertLayout(result.reply, [i32(0), i32(2), str('a'), str('b')]);
  });

  it('writes only the code on failure', async () => {
    const result = await send({ generateId: () => ({ code: 2, value: ['a'] }) }, Code.GenerateIds, [i32(1)]);
    assertLayout(result.reply, [i32(2)]);
  });

  it('writes the code, then rejects with a TypeError when SUCCESS has no value', async () => {
    const result = await send({ generateId: () => ({ code: 0 }) }, Code.GenerateIds, [i32(1)]);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, [i32(0)]);
  });

  it('rejects with nothing written when the vendor rejects (no try/catch)', async () => {
    const failure = new Error('no ids');
    const result = await send({ generateId: () => Promise.reject(failure) }, Code.GenerateIds, [i32(1)]);
    assert.equal(result.rejected, failure);
    assertLayout(result.reply, []);
  });
});

describe('CloudDB stub: Insert (1)', () => {
  it('reads table, rows and extensions and writes one result per item: code then bucket (or 0)', async () => {
    const results = [{ code: 0, value: { id: 'gid-1', n: 1 } }, { code: 5 }, { code: 0, value: null }];
    const result = await send({ insert: async () => results }, Code.Insert, [str('notes'), rowsRequest, extensionsRequest]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].method, 'insert');
    assert.deepEqual(result.calls[0].args, ['notes', decodedRows, decodedExtensions]);
    assertLayout(result.reply, [
      i32(3),
      [i32(0), i32(2), str('id'), i32(3), str('gid-1'), str('n'), i32(1), i64(1)],
      [i32(5), i32(0)],
      [i32(0), i32(0)]
    ]);
  });

  it('answers 0 without calling the vendor when there are no rows', async () => {
    const result = await send({ insert: () => assert.fail('called') }, Code.Insert, [str('notes'), i32(0), extensionsRequest]);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [i32(0)]);
    assert.deepEqual(result.calls, []);
  });

  it('answers 0 without calling the vendor when the row count is negative', async () => {
    const result = await send({ insert: () => assert.fail('called') }, Code.Insert, [str('notes'), i32(-1)]);
    assertLayout(result.reply, [i32(0)]);
    assert.deepEqual(result.calls, []);
  });

  it('answers 1 when the vendor throws, rejects or returns null', async () => {
    for (const insert of [
      () => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('async')),
      () => null
    ]) {
      const result = await send({ insert }, Code.Insert, [str('notes'), rowsRequest, extensionsRequest]);
      assert.equal(result.resolved, true);
      assertLayout(result.reply, [i32(1)]);
    }
  });

  it('appends 1 after the bytes already written when encoding a result throws half-way', async () => {
    const results = [{ code: 0, value: { ok: 'yes', bad: 10n } }];
    const result = await send({ insert: () => results }, Code.Insert, [str('notes'), rowsRequest, extensionsRequest]);
    assert.equal(result.resolved, true);
    // bigint → ASSET tag, then writeString(undefined) throws 401; the catch writes 1.
    assertLayout(result.reply, [i32(1), i32(0), i32(2), str('ok'), i32(3), str('yes'), str('bad'), i32(6), i32(1)]);
  });

  it('encodes asset values in results with status 0 sent as 1', async () => {
    const asset = sampleAsset('r', 0);
    const result = await send({ insert: () => [{ code: 0, value: { photo: asset } }] }, Code.Insert, [
      str('notes'),
      rowsRequest,
      extensionsRequest
    ]);
    assertLayout(result.reply, [i32(1), i32(0), i32(1), str('photo'), i32(6), assetFields({ ...asset, status: 1 })]);
  });
});

describe('CloudDB stub: the results guard (cloud_extension_stub.js:420-422)', () => {
  it('writes nothing at all, and resolves true, for an array-like whose length exceeds MAX_SIZE', async () => {
    const result = await send({ insert: () => ({ length: 5e9 }) }, Code.Insert, [str('notes'), rowsRequest, extensionsRequest]);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, []);
  });
});

describe('CloudDB stub: Update (2)', () => {
  it('reads table, rows and extensions and writes the results', async () => {
    const result = await send({ update: () => [{ code: 0 }, { code: 1, value: { e: 'x' } }] }, Code.Update, [
      str('notes'),
      rowsRequest,
      extensionsRequest
    ]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, ['notes', decodedRows, decodedExtensions]);
    assertLayout(result.reply, [i32(2), [i32(0), i32(0)], [i32(1), i32(1), str('e'), i32(3), str('x')]]);
  });

  it('calls the vendor even with no rows', async () => {
    const result = await send({ update: () => [] }, Code.Update, [str('notes'), i32(0), i32(0)]);
    assert.deepEqual(result.calls[0].args, ['notes', [], []]);
    assertLayout(result.reply, [i32(0)]);
  });

  it('answers 1 when the vendor throws', async () => {
    const result = await send({ update: () => Promise.reject(new Error('x')) }, Code.Update, [str('t'), i32(0), i32(0)]);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [i32(1)]);
  });
});

describe('CloudDB stub: Delete (3)', () => {
  it('reads table and extensions only and writes the results', async () => {
    const result = await send({ delete: () => [{ code: 0 }, { code: 0 }] }, Code.Delete, [str('notes'), extensionsRequest]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, ['notes', decodedExtensions]);
    assertLayout(result.reply, [i32(2), i32(0), i32(0), i32(0), i32(0)]);
  });

  it('appends 1 after a partial result list', async () => {
    const result = await send({ delete: () => [{ code: 0 }, null] }, Code.Delete, [str('notes'), extensionsRequest]);
    assertLayout(result.reply, [i32(2), i32(0), i32(0), i32(1)]);
  });
});

describe('CloudDB stub: Query (4)', () => {
  const queryRequest = (cursor) => [str('notes'), i32(2), str('title'), str('score'), i32(10), str(cursor)];

  it('reads table, fields, limit and cursor; an empty cursor reaches the vendor as "0"', async () => {
    const result = await send({ query: () => ({ code: 3 }) }, Code.Query, queryRequest(''));
    assert.deepEqual(result.calls[0].args, ['notes', ['title', 'score'], 10, '0']);
    assertLayout(result.reply, [i32(3)]);
  });

  it('passes a non-empty cursor unchanged', async () => {
    const result = await send({ query: () => ({ code: 3 }) }, Code.Query, queryRequest('page-2'));
    assert.equal(result.calls[0].args[3], 'page-2');
  });

  it('writes code, nextCursor, hasMore and the rows on SUCCESS', async () => {
    const page = {
      nextCursor: 'page-3',
      hasMore: true,
      values: [{ title: 'a', score: 2.5, n: 3, gone: undefined }, {}]
    };
    const result = await send({ query: () => ({ code: 0, value: page }) }, Code.Query, queryRequest('page-2'));
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [
      i32(0),
      str('page-3'),
      bool(true),
      i32(2),
      i32(4),
      [str('title'), i32(3), str('a')],
      [str('score'), i32(2), f64(2.5)],
      [str('n'), i32(1), i64(3)],
      [str('gone'), i32(0)],
      i32(0)
    ]);
  });

  it('writes the code then appends 1 when SUCCESS has no value', async () => {
    const result = await send({ query: () => ({ code: 0 }) }, Code.Query, queryRequest(''));
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [i32(0), i32(1)]);
  });

  it('answers 1 when the vendor throws', async () => {
    const result = await send({ query: () => Promise.reject(new Error('x')) }, Code.Query, queryRequest(''));
    assertLayout(result.reply, [i32(1)]);
  });

  it('turns a negative field count into no fields and then reads the limit', async () => {
    const result = await send({ query: () => ({ code: 1 }) }, Code.Query, [str('t'), i32(-1), i32(7), str('c')]);
    assert.deepEqual(result.calls[0].args, ['t', [], 7, 'c']);
  });
});

describe('CloudDB stub: Lock (5), Heartbeat (7), Unlock (6)', () => {
  it('Lock ignores the request and writes code, interval, lockId', async () => {
    const result = await send({ lock: () => ({ code: 0, value: { interval: 60, lockId: 9 } }) }, Code.Lock, [i32(3600)]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, []);
    assert.equal(result.data.readInt(), 3600, 'the request was not read');
    assertLayout(result.reply, [i32(0), i32(60), i32(9)]);
  });

  it('Lock writes only a failure code, and the code then a TypeError for SUCCESS without value', async () => {
    assertLayout((await send({ lock: () => ({ code: 4 }) }, Code.Lock)).reply, [i32(4)]);
    const bare = await send({ lock: () => ({ code: 0 }) }, Code.Lock);
    assert.ok(bare.rejected instanceof TypeError);
    assertLayout(bare.reply, [i32(0)]);
  });

  it('Lock rejects with nothing written when the vendor rejects', async () => {
    const failure = new Error('locked');
    const result = await send({ lock: () => Promise.reject(failure) }, Code.Lock);
    assert.equal(result.rejected, failure);
    assertLayout(result.reply, []);
  });

  it('Heartbeat reads the lockId and writes code, interval, lockId', async () => {
    const result = await send({ heartbeat: () => ({ code: 0, value: { interval: 30, lockId: 9 } }) }, Code.Heartbeat, [i32(9)]);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, [9]);
    assertLayout(result.reply, [i32(0), i32(30), i32(9)]);
    assertLayout((await send({ heartbeat: () => ({ code: 1 }) }, Code.Heartbeat, [i32(9)])).reply, [i32(1)]);
  });

  it('Heartbeat writes the code, then rejects with a TypeError for SUCCESS without value', async () => {
    const bare = await send({ heartbeat: () => ({ code: 0 }) }, Code.Heartbeat, [i32(9)]);
    assert.ok(bare.rejected instanceof TypeError);
    assertLayout(bare.reply, [i32(0)]);
  });

  it('Unlock reads the lockId, writes the code, then rejects with a ReferenceError (TDZ at line 391)', async () => {
    for (const value of [{ code: 0, value: true }, { code: 1 }]) {
      const result = await send({ unlock: () => value }, Code.Unlock, [i32(9)]);
      assert.deepEqual(result.calls[0].args, [9]);
      assert.ok(result.rejected instanceof ReferenceError);
      // The ArkCompiler runtime's TDZ message for the variable `a3`.
      assert.equal(result.rejected.message, 'a3 is not initialized');
      assertLayout(result.reply, [i32(value.code)]);
    }
  });

  it('Unlock rejects with nothing written when the vendor rejects or returns null', async () => {
    const failure = new Error('x');
    const rejected = await send({ unlock: () => Promise.reject(failure) }, Code.Unlock, [i32(9)]);
    assert.equal(rejected.rejected, failure);
    assertLayout(rejected.reply, []);
    const nothing = await send({ unlock: () => null }, Code.Unlock, [i32(9)]);
    assert.ok(nothing.rejected instanceof TypeError);
    assertLayout(nothing.reply, []);
  });
});
