import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bool, f64, i32, i64, ints, layout, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Parcel } = require(path.join(harness, 'dist/wire/parcel.js'));
const { ReplyReader, TruncatedReplyError, MalformedReplyError, int64Value } = require(path.join(harness, 'dist/system/reply-reader.js'));

/** A reader over the bytes of `fields`, optionally cut short by `cut` bytes. */
function readerOf(fields, cut = 0) {
  const bytes = layout(fields);
  return new ReplyReader(Parcel.fromBytes(bytes.subarray(0, bytes.length - cut)));
}

describe('ReplyReader', () => {
  it('reads each wire type in order and counts what is left', () => {
    const reader = readerOf([i32(-7), bool(true), i64(5), f64(0.5), str('héllo😀'), ints([1, 255]), i32(9)]);
    assert.equal(reader.int32('a'), -7);
    assert.equal(reader.bool('b'), true);
    assert.equal(reader.int64('c'), 5);
    assert.equal(reader.double('d'), 0.5);
    assert.equal(reader.string('e'), 'héllo😀');
    assert.deepEqual(reader.int32Vector('f'), [1, 255]);
    assert.equal(reader.remaining, 4);
  });

  it('reads a boolean as any non-zero int32 (parcel.cpp ReadBool)', () => {
    const reader = readerOf([i32(256), i32(0), i32(-1)]);
    assert.equal(reader.bool('x'), true);
    assert.equal(reader.bool('y'), false);
    assert.equal(reader.bool('z'), true);
  });

  it('gives int64 as a number when it is a safe integer, else the exact bigint', () => {
    assert.equal(int64Value(2n ** 53n - 1n), 2 ** 53 - 1);
    assert.equal(int64Value(-(2n ** 53n) + 1n), -(2 ** 53) + 1);
    assert.equal(int64Value(2n ** 53n), 2n ** 53n);
    assert.equal(int64Value(-(2n ** 63n)), -(2n ** 63n));
    const reader = readerOf([i64(2n ** 63n - 1n)]);
    assert.equal(reader.int64('big'), 2n ** 63n - 1n);
  });

  it('keeps lone surrogates in strings', () => {
    assert.equal(readerOf([str('a\ud800b\udfff')]).string('s'), 'a\ud800b\udfff');
  });

  for (const [
    name,
    fields,
    cut,
    read,
    field,
    offset = 0
  ] of /** @type {[string, unknown[], number, (reader: any) => unknown, string, number?][]} */ ([
    ['int32', [i32(1)], 1, (r) => r.int32('code'), 'code'],
    ['int64', [i64(1)], 4, (r) => r.int64('totalSpace'), 'totalSpace'],
    ['double', [f64(1.5)], 1, (r) => r.double('value'), 'value'],
    ['bool', [bool(true)], 4, (r) => r.bool('hasMore'), 'hasMore'],
    ['string body', [str('abcdef')], 4, (r) => r.string('nextCursor'), 'nextCursor'],
    ['string length', [str('')], 8, (r) => r.string('id'), 'id'],
    ['int32 vector', [ints([1, 2, 3])], 4, (r) => r.int32Vector('blob'), 'blob[2]', 12]
  ])) {
    it(`fails a short ${name} with a TruncatedReplyError naming the field`, () => {
      const reader = readerOf(fields, cut);
      assert.throws(
        () => read(reader),
        (error) => {
          assert.ok(error instanceof TruncatedReplyError, String(error));
          assert.equal(error.field, field);
          assert.equal(error.offset, offset);
          assert.match(error.message, new RegExp(field.replace(/[[\]]/g, '\\$&')));
          return true;
        }
      );
    });
  }

  it('calls a negative count malformed (the native vector reads refuse it)', () => {
    assert.throws(() => readerOf([i32(-1)]).count('values.length'), MalformedReplyError);
  });

  it('calls a string without its NUL malformed, and a negative length malformed', () => {
    // count 1, unit 'a', then 'b' where the NUL should be.
    const bytes = layout([i32(1), i32(0x00620061)]);
    assert.throws(
      () => new ReplyReader(Parcel.fromBytes(bytes)).string('name'),
      (error) => error instanceof MalformedReplyError && /NUL/.test(error.message)
    );
    assert.throws(
      () => readerOf([i32(-2), i32(0)]).string('name'),
      (error) => error instanceof MalformedReplyError && /negative/.test(error.message)
    );
  });

  it('reads a binder object, and fails on a slot that is missing or holds no object', () => {
    const parcel = new Parcel();
    const stub = { stub: true };
    parcel.writeObject(stub);
    assert.equal(new ReplyReader(parcel).object('cloudDB'), stub);
    assert.throws(() => readerOf([]).object('cloudDB'), TruncatedReplyError);
    assert.throws(() => readerOf([i32(0), i32(0), i32(0), i32(0), i32(0), i32(0)]).object('cloudDB'), MalformedReplyError);
  });
});
