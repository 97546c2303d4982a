import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertLayout, assetFields, bool, f64, i32, i64, ints, newReply, request, sampleAsset, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const values = require(path.join(harness, 'dist/stubs/values.js'));
const { FieldType } = values;

/** The reply bytes of writeValue(value). */
function written(value) {
  const reply = newReply();
  values.writeValue(reply, value);
  return reply;
}

/** Asserts that writeValue(value) throws the device's 401 after writing `fields`. */
function assertThrows401After(value, fields) {
  const reply = newReply();
  assert.throws(
    () => values.writeValue(reply, value),
    (error) => error.code === '401'
  );
  assertLayout(reply, fields);
}

describe('FieldType (cloud_extension_stub.js:26-36)', () => {
  it('has the device tags and reverse entries', () => {
    assert.deepEqual(
      Object.entries(FieldType).filter(([, value]) => typeof value === 'number'),
      [
        ['NULL', 0],
        ['NUMBER', 1],
        ['REAL', 2],
        ['TEXT', 3],
        ['BOOL', 4],
        ['BLOB', 5],
        ['ASSET', 6],
        ['ASSETS', 7]
      ]
    );
    assert.equal(FieldType[5], 'BLOB');
    assert.equal(values.MAX_SIZE, 4294967295);
  });
});

describe('writeValue (cloud_extension_stub.js:441-510)', () => {
  it('sends null and undefined as NULL with no payload', () => {
    assertLayout(written(null), [i32(0)]);
    assertLayout(written(undefined), [i32(0)]);
  });

  it('sends a number whose String() has a dot as REAL through writeFloat (a double)', () => {
    assertLayout(written(1.5), [i32(2), f64(1.5)]);
    assertLayout(written(-0.25), [i32(2), f64(-0.25)]);
    assertLayout(written(1.5e-7), [i32(2), f64(1.5e-7)]);
  });

  it('sends every other number as NUMBER through writeLong', () => {
    assertLayout(written(2.0), [i32(1), i64(2)]);
    assertLayout(written(-7), [i32(1), i64(-7)]);
    assertLayout(written(-0), [i32(1), i64(0)]);
    // String(1e-7) is '1e-7': no dot, so NUMBER, truncated to 0.
    assertLayout(written(1e-7), [i32(1), i64(0)]);
    assertLayout(written(Number.NaN), [i32(1), i64(0)]);
    assertLayout(written(Number.POSITIVE_INFINITY), [i32(1), i64(0)]);
    // String(1e21) is '1e+21': NUMBER, saturated to the int64 maximum.
    assertLayout(written(1e21), [i32(1), i64(9223372036854775807n)]);
  });

  it('sends strings as TEXT and booleans as BOOL', () => {
    assertLayout(written('héllo'), [i32(3), str('héllo')]);
    assertLayout(written(''), [i32(3), str('')]);
    assertLayout(written(true), [i32(4), bool(true)]);
    assertLayout(written(false), [i32(4), bool(false)]);
  });

  it('sends a Uint8Array (or a Buffer) as BLOB: one int32 per byte', () => {
    assertLayout(written(new Uint8Array([0, 1, 255])), [i32(5), ints([0, 1, 255])]);
    assertLayout(written(Buffer.from([7, 200])), [i32(5), ints([7, 200])]);
    assertLayout(written(new Uint8Array(0)), [i32(5), ints([])]);
  });

  it('sends an array as ASSETS, replacing a falsy status with ASSET_NORMAL (1)', () => {
    const first = sampleAsset('a', 0);
    const second = sampleAsset('b', 3);
    const third = sampleAsset('c', undefined);
    assertLayout(written([first, second, third]), [
      i32(7),
      i32(3),
      assetFields({ ...first, status: 1 }),
      assetFields(second),
      assetFields({ ...third, status: 1 })
    ]);
  });

  it('counts holes in an ASSETS array but writes no asset for them (forEach)', () => {
    const sparse = [];
    sparse[1] = sampleAsset('x', 2);
    assertLayout(written(sparse), [i32(7), i32(2), assetFields(sparse[1])]);
  });

  it('sends any other object as ASSET, status defaulted the same way', () => {
    const asset = sampleAsset('one', 0);
    assertLayout(written(asset), [i32(6), assetFields({ ...asset, status: 1 })]);
    assertLayout(written(sampleAsset('two', 5)), [i32(6), assetFields(sampleAsset('two', 5))]);
  });

  it('treats a bigint, a Date or another typed array as an ASSET and throws on its first field', () => {
    assertThrows401After(10n, [i32(6)]);
    assertThrows401After(new Date(0), [i32(6)]);
    assertThrows401After(new Int8Array([1]), [i32(6)]);
  });

  it('throws 401 on an asset field that is not a string, after the fields before it', () => {
    const asset = { ...sampleAsset('n', 1), size: 2048 };
    assertThrows401After(asset, [i32(6), assetFields(asset).slice(0, 5)]);
  });
});

describe('writeValueBucket and writeValuesBuckets (cloud_extension_stub.js:436-523)', () => {
  it('writes the Object.keys count, then key and value per entry in Object.keys order', () => {
    const reply = newReply();
    values.writeValueBucket(reply, { name: 'n', 2: true, 1: null });
    assertLayout(reply, [i32(3), str('1'), i32(0), str('2'), i32(4), bool(true), str('name'), i32(3), str('n')]);
  });

  it('writes the bucket count, then each bucket', () => {
    const reply = newReply();
    values.writeValuesBuckets(reply, [{ a: 1 }, {}]);
    assertLayout(reply, [i32(2), i32(1), str('a'), i32(1), i64(1), i32(0)]);
  });

  it('writes nothing for an array-like whose length exceeds MAX_SIZE (the guard is live for objects)', () => {
    const reply = newReply();
    values.writeValuesBuckets(reply, { length: 5e9 });
    assertLayout(reply, []);
  });
});

describe('readValue (cloud_extension_stub.js:551-600)', () => {
  it('decodes each tag', () => {
    const data = request([
      i32(0),
      i32(1),
      i64(-42),
      i32(2),
      f64(2.5),
      i32(3),
      str('text'),
      i32(4),
      bool(true),
      i32(5),
      ints([1, 2, 300, -1]),
      i32(6),
      assetFields(sampleAsset('a', 0)),
      i32(7),
      i32(1),
      assetFields(sampleAsset('b', 4))
    ]);
    assert.equal(values.readValue(data), null);
    assert.equal(values.readValue(data), -42);
    assert.equal(values.readValue(data), 2.5);
    assert.equal(values.readValue(data), 'text');
    assert.equal(values.readValue(data), true);
    const blob = values.readValue(data);
    assert.ok(blob instanceof Uint8Array);
    // Uint8Array.from reduces each int32 modulo 256.
    assert.deepEqual([...blob], [1, 2, 44, 255]);
    // ASSET: the status stays raw (0 is not mapped).
    const asset = values.readValue(data);
    assert.deepEqual(asset, sampleAsset('a', 0));
    assert.deepEqual(Object.keys(asset), Object.keys(sampleAsset('a', 0)));
    assert.deepEqual(values.readValue(data), [sampleAsset('b', 4)]);
  });

  it('decodes an unknown tag as null and leaves its payload unread', () => {
    const data = request([i32(9), str('left over'), i32(3), str('next')]);
    assert.equal(values.readValue(data), null);
    assert.equal(data.readString(), 'left over');
  });

  it('decodes ASSETS with a negative count as [] and reads nothing more', () => {
    const data = request([i32(7), i32(-1), i32(77)]);
    assert.deepEqual(values.readValue(data), []);
    assert.equal(data.readInt(), 77);
  });
});

describe('readValuesBucket and readValuesBuckets (cloud_extension_stub.js:525-549)', () => {
  it('reads buckets of key/value entries', () => {
    const data = request([i32(2), i32(2), str('id'), i32(3), str('g1'), str('n'), i32(1), i64(5), i32(0)]);
    assert.deepEqual(values.readValuesBuckets(data), [{ id: 'g1', n: 5 }, {}]);
  });

  it('lets a later duplicate key win', () => {
    const data = request([i32(2), str('k'), i32(3), str('first'), str('k'), i32(3), str('second')]);
    assert.deepEqual(values.readValuesBucket(data), { k: 'second' });
  });

  it('turns a negative count into [] or {} without reading further', () => {
    const buckets = request([i32(-5), i32(11)]);
    assert.deepEqual(values.readValuesBuckets(buckets), []);
    assert.equal(buckets.readInt(), 11);
    const bucket = request([i32(-1), i32(12)]);
    assert.deepEqual(values.readValuesBucket(bucket), {});
    assert.equal(bucket.readInt(), 12);
  });

  it('reads past the end of a short request as the device does (empty strings, zeros)', () => {
    const data = request([i32(1), i32(2), str('only')]);
    // 'only' → readValue reads tag 0 (no data left) → null; second entry: key '' and tag 0 → null.
    assert.deepEqual(values.readValuesBuckets(data), [{ only: null, '': null }]);
  });

  it('stops with a RangeError on a count beyond the harness bound instead of looping for ever', () => {
    assert.equal(values.REQUEST_COUNT_LIMIT, 1 << 20);
    assert.throws(() => values.readValuesBuckets(request([i32(2 ** 31 - 1)])), RangeError);
    assert.throws(() => values.readValuesBucket(request([i32((1 << 20) + 1)])), RangeError);
  });
});
