import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertFields } from '../support/plain-reader.mjs';
import { assetFields, bool, f64, i32, i64, ints, layout, sampleAsset, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Parcel } = require(path.join(harness, 'dist/wire/parcel.js'));
const { RequestWriter } = require(path.join(harness, 'dist/system/request-writer.js'));
const { ReplyReader, MalformedReplyError, TruncatedReplyError } = require(path.join(harness, 'dist/system/reply-reader.js'));
const { ValueTag, writeValue, writeRow, readValue, readRow, readRows, setOwn } = require(path.join(harness, 'dist/system/row-values.js'));

function written(write) {
  const parcel = new Parcel();
  write(new RequestWriter(parcel));
  return parcel.toBytes();
}

const readerOf = (fields) => new ReplyReader(Parcel.fromBytes(layout(fields)));
const asset = sampleAsset('x', 3);

describe('writeValue (what the system sends)', () => {
  for (const [value, fields] of [
    [null, [i32(0)]],
    [undefined, [i32(0)]],
    [0, [i32(1), i64(0)]],
    [-(2 ** 31), [i32(1), i64(-(2 ** 31))]],
    [2 ** 53, [i32(1), i64(2n ** 53n)]],
    [123n, [i32(1), i64(123)]],
    [-0, [i32(2), f64(-0)]],
    [0.1, [i32(2), f64(0.1)]],
    [1e-7, [i32(2), f64(1e-7)]],
    [2 ** 63, [i32(2), f64(2 ** 63)]],
    ['', [i32(3), str('')]],
    [false, [i32(4), bool(false)]],
    [new Uint8Array([]), [i32(5), ints([])]],
    [Buffer.from([1, 2]), [i32(5), ints([1, 2])]],
    [asset, [i32(6), assetFields(asset)]],
    [[], [i32(7), i32(0)]]
  ]) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- String() gets only what JSON.stringify cannot name (undefined)
    it(`sends ${typeof value === 'bigint' ? `${value}n` : Object.is(value, -0) ? '-0' : (JSON.stringify(value) ?? String(value))} with tag ${fields[0].value}`, () => {
      assertFields(
        written((writer) => writeValue(writer, value, 'v')),
        fields
      );
    });
  }

  it('keeps the tags the stub reads (FieldType, stub.js:27-36)', () => {
    assert.deepEqual(ValueTag, { NULL: 0, NUMBER: 1, REAL: 2, TEXT: 3, BOOL: 4, BLOB: 5, ASSET: 6, ASSETS: 7 });
  });

  it('writes a row as a count and key/value pairs in key order', () => {
    assertFields(
      written((writer) => writeRow(writer, { b: 1, a: 'x' }, 'row')),
      [i32(2), str('b'), i32(1), i64(1), str('a'), i32(3), str('x')]
    );
  });

  it('refuses what no native value can be', () => {
    assert.throws(() => written((writer) => writeValue(writer, () => 1, 'v')), TypeError);
    assert.throws(() => written((writer) => writeValue(writer, { ...asset, size: 3 }, 'v')), /v\.size must be a string/);
    assert.throws(() => written((writer) => writeValue(writer, { ...asset, status: 1.5 }, 'v')), /v\.status must be an int32/);
  });
});

describe('readValue (what the system decodes)', () => {
  it('reads every tag', () => {
    const reader = readerOf([
      i32(0),
      i32(1),
      i64(-5),
      i32(1),
      i64(2n ** 63n - 1n),
      i32(2),
      f64(2.5),
      i32(3),
      str('t'),
      i32(4),
      i32(2),
      i32(5),
      ints([0, 200]),
      i32(6),
      assetFields(asset),
      i32(7),
      i32(1),
      assetFields(asset)
    ]);
    assert.equal(readValue(reader, 'a'), null);
    assert.equal(readValue(reader, 'b'), -5);
    assert.equal(readValue(reader, 'c'), 2n ** 63n - 1n);
    assert.equal(readValue(reader, 'd'), 2.5);
    assert.equal(readValue(reader, 'e'), 't');
    assert.equal(readValue(reader, 'f'), true);
    assert.deepEqual(readValue(reader, 'g'), new Uint8Array([0, 200]));
    assert.deepEqual(readValue(reader, 'h'), asset);
    assert.deepEqual(readValue(reader, 'i'), [asset]);
    assert.equal(reader.remaining, 0);
  });

  it('calls an unknown tag and a negative asset count malformed, a missing payload truncated', () => {
    assert.throws(() => readValue(readerOf([i32(9)]), 'v'), MalformedReplyError);
    assert.throws(() => readValue(readerOf([i32(-1)]), 'v'), MalformedReplyError);
    assert.throws(() => readValue(readerOf([i32(7), i32(-1)]), 'v'), MalformedReplyError);
    assert.throws(
      () => readValue(readerOf([i32(2), i32(0)]), 'v'),
      (error) => error instanceof TruncatedReplyError && error.field === 'v'
    );
  });

  it('reads a row into the given object, entries kept when it fails half-way, __proto__ as a plain key', () => {
    const row = {};
    assert.throws(() => readRow(readerOf([i32(3), str('__proto__'), i32(3), str('p'), str('b'), i32(4)]), 'row', row), /row\.b/);
    assert.deepEqual(Object.keys(row), ['__proto__']);
    assert.equal(Object.getPrototypeOf(row), Object.prototype);
    const rows = readRows(readerOf([i32(2), i32(0), i32(1), str('k'), i32(0)]), 'values');
    assert.deepEqual(rows, [{}, { k: null }]);
    const target = {};
    setOwn(target, 'constructor', 1);
    assert.equal(target.constructor, 1);
  });
});
