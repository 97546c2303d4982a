import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertFields } from '../support/plain-reader.mjs';
import { bool, f64, i32, i64, ints, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Parcel } = require(path.join(harness, 'dist/wire/parcel.js'));
const { RequestWriter, describe: describeValue } = require(path.join(harness, 'dist/system/request-writer.js'));

describe('RequestWriter', () => {
  it('writes each native type as the c_utils Parcel lays it out', () => {
    const parcel = new Parcel();
    const writer = new RequestWriter(parcel);
    writer.int32(-(2 ** 31), 'a');
    writer.int64(2n ** 63n - 1n, 'b');
    writer.int64(-3, 'c');
    writer.double(-0, 'd');
    writer.bool(true, 'e');
    writer.string('a\ud800😀', 'f');
    writer.int32Vector(new Uint8Array([255, 0]), 'g');
    writer.count(0, 'h');
    writer.int32Vector([-1, 2 ** 31 - 1], 'i');
    assertFields(parcel.toBytes(), [
      i32(-(2 ** 31)),
      i64(2n ** 63n - 1n),
      i64(-3),
      f64(-0),
      bool(true),
      str('a\ud800😀'),
      ints([255, 0]),
      i32(0),
      ints([-1, 2 ** 31 - 1])
    ]);
  });

  it('refuses values the native field cannot hold, naming the field', () => {
    const writer = new RequestWriter(new Parcel());
    assert.throws(() => writer.int32(2 ** 31, 'lockId'), /lockId must be an int32, got 2147483648/);
    assert.throws(() => writer.int32(1.5, 'limit'), RangeError);
    assert.throws(() => writer.int32('1', 'limit'), RangeError);
    assert.throws(() => writer.int64(2n ** 63n, 'expirationTime'), RangeError);
    assert.throws(() => writer.int64(0.5, 'expirationTime'), RangeError);
    assert.throws(() => writer.bool(1, 'primary'), /primary must be a boolean, got 1/);
    assert.throws(() => writer.string(undefined, 'name'), /name must be a string, got undefined/);
    assert.throws(() => writer.double(1n, 'x'), TypeError);
    assert.throws(() => writer.int32Vector([256.5], 'blob'), /blob\[0\]/);
  });

  it('throws a RangeError when the request outgrows the parcel', () => {
    const writer = new RequestWriter(new Parcel({ maxCapacity: 16 }));
    writer.int32(1, 'a');
    assert.throws(() => writer.string('x'.repeat(20), 'cursor'), /RangeError: cursor: the request does not fit the parcel/);
  });

  it('describes values briefly for messages', () => {
    assert.equal(describeValue(-0), '-0');
    assert.equal(describeValue(5n), '5n');
    assert.equal(describeValue([1, 2]), 'an array of 2');
    assert.equal(describeValue(new Date(0)), 'a Date');
    assert.equal(describeValue('x'.repeat(50)), JSON.stringify(`${'x'.repeat(40)}…`));
  });
});
