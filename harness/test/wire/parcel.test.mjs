// Pins src/wire/parcel.ts: the c_utils Parcel byte layout (commonlibrary_c_utils base/src/parcel.cpp).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const { Parcel, BINDER_OBJECT_SIZE, DEFAULT_MAX_CAPACITY } = require('../../dist/wire/parcel.js');

/** Hex of the bytes written, for exact layout checks. */
function hex(parcel) {
  return Buffer.from(parcel.toBytes()).toString('hex');
}

describe('Parcel layout', () => {
  it('writes int32 as 4 little-endian bytes', () => {
    const parcel = new Parcel();
    assert.equal(parcel.writeInt32(0x01020304), true);
    assert.equal(parcel.writeInt32(-1), true);
    assert.equal(hex(parcel), '04030201' + 'ffffffff');
    assert.equal(parcel.dataSize, 8);
  });

  it('writes a boolean as a 4-byte 0 or 1', () => {
    const parcel = new Parcel();
    parcel.writeBool(true);
    parcel.writeBool(false);
    assert.equal(hex(parcel), '01000000' + '00000000');
  });

  it('writes int64 as 8 bytes right after a 4-byte slot, with no alignment padding', () => {
    const parcel = new Parcel();
    parcel.writeInt32(7);
    parcel.writeInt64(-2n);
    assert.equal(parcel.dataSize, 12);
    assert.equal(hex(parcel), '07000000' + 'feffffffffffffff');
  });

  it('reduces an int64 to 64 bits', () => {
    const parcel = new Parcel();
    parcel.writeInt64(2n ** 64n + 5n);
    assert.equal(parcel.readInt64(), 5n);
  });

  it('writes a double as 8 IEEE bytes', () => {
    const parcel = new Parcel();
    parcel.writeDouble(1.5);
    assert.equal(hex(parcel), '000000000000f83f');
  });

  it('writes String16 as count, units, 16-bit NUL and zero padding to 4 bytes', () => {
    const parcel = new Parcel();
    parcel.writeString16('ab');
    // count 2, 'a' 'b', NUL, then 2 pad bytes: (2 + 1) * 2 = 6 -> 8.
    assert.equal(hex(parcel), '02000000' + '61006200' + '00000000');
    const empty = new Parcel();
    empty.writeString16('');
    assert.equal(hex(empty), '00000000' + '00000000');
    const odd = new Parcel();
    odd.writeString16('abc');
    // (3 + 1) * 2 = 8 bytes, already aligned.
    assert.equal(hex(odd), '03000000' + '6100620063000000');
  });

  it('writes UTF-16 code units, surrogates as two units', () => {
    const parcel = new Parcel();
    parcel.writeString16('\u{1F600}');
    assert.equal(hex(parcel), '02000000' + '3dd800de' + '00000000');
    parcel.readPosition = 0;
    assert.equal(parcel.readString16(), '\u{1F600}');
  });

  it('zeroes the padding even over bytes left by a rewind', () => {
    const parcel = new Parcel();
    parcel.writeInt32(-1);
    parcel.writeInt32(-1);
    parcel.writeInt32(-1);
    parcel.rewindWrite(0);
    parcel.writeString16('a');
    assert.equal(hex(parcel), '01000000' + '61000000');
  });

  it('writes an int32 vector as count then one int32 each', () => {
    const parcel = new Parcel();
    parcel.writeInt32Vector([1, -1, 256]);
    assert.equal(hex(parcel), '03000000' + '01000000' + 'ffffffff' + '00010000');
    parcel.readPosition = 0;
    assert.deepEqual(parcel.readInt32Vector(), [1, -1, 256]);
  });

  it('writes a 24-byte binder object slot and keeps the object beside the bytes', () => {
    const parcel = new Parcel();
    const object = { name: 'stub' };
    parcel.writeInt32(9);
    assert.equal(parcel.writeObject(object), true);
    assert.equal(BINDER_OBJECT_SIZE, 24);
    assert.equal(parcel.dataSize, 28);
    const bytes = parcel.toBytes();
    // BINDER_TYPE_BINDER = 's' 'b' '*' 0x85, stored little-endian.
    assert.equal(Buffer.from(bytes.subarray(4, 8)).toString('hex'), '852a6273');
    assert.deepEqual([...parcel.objects.entries()], [[4, object]]);
    parcel.readPosition = 4;
    assert.equal(parcel.readObject(), object);
    assert.equal(parcel.readPosition, 28);
  });
});

describe('Parcel reads', () => {
  it('reads back every type in order', () => {
    const parcel = new Parcel();
    parcel.writeInt32(-5);
    parcel.writeInt64(2n ** 62n);
    parcel.writeDouble(-0.25);
    parcel.writeBool(true);
    parcel.writeString16('héllo');
    parcel.writeUint32(0xffffffff);
    assert.equal(parcel.readInt32(), -5);
    assert.equal(parcel.readInt64(), 2n ** 62n);
    assert.equal(parcel.readDouble(), -0.25);
    assert.equal(parcel.readBool(), true);
    assert.equal(parcel.readString16(), 'héllo');
    assert.equal(parcel.readUint32(), 0xffffffff);
    assert.equal(parcel.remaining, 0);
  });

  it('returns undefined without moving when the data runs out', () => {
    const parcel = Parcel.fromBytes(new Uint8Array([1, 0, 0]));
    assert.equal(parcel.readInt32(), undefined);
    assert.equal(parcel.readPosition, 0);
    const six = Parcel.fromBytes(new Uint8Array(6));
    six.readInt32();
    assert.equal(six.readInt64(), undefined);
    assert.equal(six.readDouble(), undefined);
    assert.equal(six.readPosition, 4);
  });

  it('restores the position for a String16 that is short or lacks its NUL', () => {
    const short = new Parcel();
    short.writeInt32(10);
    short.writeInt32(0x00620061);
    assert.equal(short.readString16(), undefined);
    assert.equal(short.readPosition, 0);

    const noNul = new Parcel();
    noNul.writeInt32(1);
    noNul.writeInt32(0x00420041); // 'A' then 'B' where the NUL should be
    assert.equal(noNul.readString16(), undefined);
    assert.equal(noNul.readPosition, 0);
  });

  it('consumes the count of a String16 with a negative count (parcel.cpp:1242-1243)', () => {
    const parcel = new Parcel();
    parcel.writeInt32(-1);
    parcel.writeInt32(3);
    assert.equal(parcel.readString16(), undefined);
    assert.equal(parcel.readPosition, 4);
    assert.equal(parcel.readInt32(), 3);
  });

  it('moves to the capacity when a String16 ends inside missing padding (SkipBytes)', () => {
    // count 2, 'a' 'b', NUL = 10 bytes; the 2 padding bytes are missing.
    const received = Parcel.fromBytes(new Uint8Array([2, 0, 0, 0, 0x61, 0, 0x62, 0, 0, 0]));
    assert.equal(received.readString16(), 'ab');
    assert.equal(received.readPosition, 10);
    const written = new Parcel();
    written.writeString16('ab');
    written.rewindWrite(10);
    written.readPosition = 0;
    assert.equal(written.readString16(), 'ab');
    // parcel.cpp:919-921: the cursor jumps to the capacity (64), past the data.
    assert.equal(written.readPosition, 64);
    assert.equal(written.remaining, 0);
  });

  it('keeps NUL units inside a String16', () => {
    const parcel = new Parcel();
    parcel.writeString16('a\u0000b');
    assert.equal(parcel.readString16(), 'a\u0000b');
  });

  it('refuses an int32 vector whose elements do not fit, restoring the position', () => {
    const parcel = new Parcel();
    parcel.writeUint32(3);
    parcel.writeInt32(1);
    assert.equal(parcel.readInt32Vector(), undefined);
    assert.equal(parcel.readPosition, 0);
  });

  it('reads no object where no slot was written', () => {
    const parcel = new Parcel();
    parcel.writeInt32(1);
    parcel.writeObject({});
    assert.equal(parcel.readObject(), undefined);
    assert.equal(parcel.readPosition, 0);
  });

  it('reads a parcel made from bytes and objects', () => {
    const source = new Parcel();
    const object = {};
    source.writeString16('x');
    source.writeObject(object);
    const copy = Parcel.fromBytes(source.toBytes(), source.objects);
    assert.equal(copy.readString16(), 'x');
    assert.equal(copy.readObject(), object);
  });
});

describe('Parcel capacity and cursors', () => {
  it('grows as CalcNewCapacity does: 64, doubling, then steps of 4096', () => {
    const parcel = new Parcel();
    assert.equal(parcel.dataCapacity, 0);
    parcel.writeInt32(1);
    assert.equal(parcel.dataCapacity, 64);
    for (let index = 0; index < 16; index += 1) parcel.writeInt32(index);
    assert.equal(parcel.dataCapacity, 128);
    while (parcel.dataSize < 4096) parcel.writeInt32(0);
    assert.equal(parcel.dataCapacity, 4096);
    parcel.writeInt32(0);
    assert.equal(parcel.dataCapacity, 8192);
  });

  it('refuses to grow past 200 KiB by default', () => {
    assert.equal(DEFAULT_MAX_CAPACITY, 204800);
    const parcel = new Parcel();
    while (parcel.dataSize < 204800) assert.equal(parcel.writeInt32(0), true);
    assert.equal(parcel.writeInt32(0), false);
    assert.equal(parcel.dataSize, 204800);
  });

  it('leaves the count of a String16 whose units do not fit (no rollback)', () => {
    const parcel = new Parcel({ maxCapacity: 64 });
    for (let index = 0; index < 14; index += 1) parcel.writeInt32(0);
    assert.equal(parcel.writeString16('abcdef'), false);
    assert.equal(parcel.dataSize, 60);
  });

  it('grows beyond the maximum only through setDataCapacity', () => {
    const parcel = new Parcel();
    assert.equal(parcel.setDataCapacity(300000), true);
    while (parcel.dataSize < 300000) assert.equal(parcel.writeInt32(0), true);
    assert.equal(parcel.writeInt32(0), false);
    assert.equal(parcel.setDataCapacity(100), false);
  });

  it('does not write into a parcel made from received bytes', () => {
    const parcel = Parcel.fromBytes(new Uint8Array(4));
    assert.equal(parcel.writable, false);
    assert.equal(parcel.writeInt32(1), false);
    const writable = Parcel.fromBytes(new Uint8Array(4), [], { writable: true });
    assert.equal(writable.writeInt32(1), true);
  });

  it('rewinds reads within the data and cuts the data on a write rewind', () => {
    const parcel = new Parcel();
    parcel.writeInt32(1);
    parcel.writeObject({});
    assert.equal(parcel.rewindRead(29), false);
    assert.equal(parcel.rewindRead(4), true);
    assert.equal(parcel.readPosition, 4);
    assert.throws(() => {
      parcel.readPosition = 100;
    }, RangeError);
    assert.equal(parcel.rewindWrite(8), true);
    assert.equal(parcel.dataSize, 8);
    assert.equal(parcel.objects.size, 0);
    assert.equal(parcel.rewindWrite(9), false);
  });

  it('sets the data size within the capacity', () => {
    const parcel = new Parcel();
    parcel.writeInt32(1);
    assert.equal(parcel.setDataSize(64), true);
    assert.equal(parcel.dataSize, 64);
    assert.equal(parcel.setDataSize(65), false);
  });

  it('returns a copy from toBytes', () => {
    const parcel = new Parcel();
    parcel.writeInt32(1);
    const bytes = parcel.toBytes();
    bytes[0] = 9;
    assert.equal(parcel.readInt32(), 1);
  });
});
