// A plain reader of Parcel bytes, written independently of the harness: it reads the fields a test
// expects, one wire type at a time, so a request can be compared field by field with the order and
// the wire types the device's stub reads. Also fake remote objects that record the request and
// answer with hand-made reply bytes.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bool, f64, i32, i64, ints, layout, str, words } from './wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { parcelOf } = require(path.join(harness, 'dist/rpc/rpc-internal.js'));

/**
 * Reads `types` ('i32', 'bool', 'i64', 'f64', 'str', 'ints') from `bytes` in order. Gives the
 * fields read (a missing one as `{ type, missing: true }`, then stops) and the bytes left over.
 */
export function readFields(bytes, types) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const fields = [];
  for (const type of types) {
    const left = bytes.length - offset;
    if (type === 'i32' || type === 'bool') {
      if (left < 4) return { fields: [...fields, { type, missing: true }], rest: left };
      const value = view.getInt32(offset, true);
      offset += 4;
      fields.push(type === 'i32' ? i32(value) : value === 0 || value === 1 ? bool(value === 1) : { type, value });
    } else if (type === 'i64') {
      if (left < 8) return { fields: [...fields, { type, missing: true }], rest: left };
      fields.push(i64(view.getBigInt64(offset, true)));
      offset += 8;
    } else if (type === 'f64') {
      if (left < 8) return { fields: [...fields, { type, missing: true }], rest: left };
      fields.push(f64(view.getFloat64(offset, true)));
      offset += 8;
    } else if (type === 'str') {
      if (left < 4) return { fields: [...fields, { type, missing: true }], rest: left };
      const units = view.getInt32(offset, true);
      const size = 4 + Math.ceil(((units + 1) * 2) / 4) * 4;
      if (units < 0 || size > left) return { fields: [...fields, { type, missing: true }], rest: left };
      let text = '';
      for (let index = 0; index < units; index++) text += String.fromCharCode(view.getUint16(offset + 4 + index * 2, true));
      assert.equal(view.getUint16(offset + 4 + units * 2, true), 0, `String16 at byte ${offset} has its NUL`);
      fields.push(str(text));
      offset += size;
    } else if (type === 'ints') {
      if (left < 4) return { fields: [...fields, { type, missing: true }], rest: left };
      const count = view.getInt32(offset, true);
      if (count < 0 || 4 + count * 4 > left) return { fields: [...fields, { type, missing: true }], rest: left };
      const values = [];
      for (let index = 0; index < count; index++) values.push(view.getInt32(offset + 4 + index * 4, true));
      fields.push(ints(values));
      offset += 4 + count * 4;
    } else {
      throw new Error(`unknown type ${type}`);
    }
  }
  return { fields, rest: bytes.length - offset };
}

/** Asserts that `bytes` hold exactly `expected` (a nested list of fields), field by field and byte by byte. */
export function assertFields(bytes, expected, message) {
  const flat = expected.flat(Infinity);
  const read = readFields(
    bytes,
    flat.map((field) => field.type)
  );
  assert.deepEqual(read.fields, flat, message);
  assert.equal(read.rest, 0, `${message ?? 'request'}: no bytes left over`);
  assert.deepEqual(words(bytes), words(layout(expected)), message);
}

/** Writes `bytes` (a multiple of 4 long) into a parcel, one int32 per 4-byte word. */
export function writeWords(parcel, bytes) {
  assert.equal(bytes.length % 4, 0, 'reply bytes are whole words');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < bytes.length; offset += 4) parcel.writeInt32(view.getInt32(offset, true));
}

/**
 * A remote object that records each request (code and bytes) and answers with `reply`: a list of
 * fields, raw bytes, or a function `(code, requestBytes, replyParcel) => result`. `result` (default
 * `true`) is what the handler resolves to.
 */
export function fakeRemote(reply = [], { result = true } = {}) {
  const remote = {
    requests: [],
    async onRemoteMessageRequest(code, data, replySequence) {
      const bytes = parcelOf(data).toBytes();
      remote.requests.push({ code, bytes });
      const parcel = parcelOf(replySequence);
      if (typeof reply === 'function') return reply(code, bytes, parcel);
      writeWords(parcel, reply instanceof Uint8Array ? reply : layout(reply));
      return result;
    }
  };
  return remote;
}

/** The bytes of `fields` with the last `cut` bytes removed. */
export function truncated(fields, cut) {
  const bytes = layout(fields);
  return bytes.subarray(0, bytes.length - cut);
}
