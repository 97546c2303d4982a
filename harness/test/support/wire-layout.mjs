// Expected reply layouts, written out independently of the harness's own Parcel: each field becomes
// the bytes the device's c_utils Parcel writes for it (little-endian), so a test that compares a
// stub's reply with a layout pins every field, its order and its wire type.
//
// int32 and bool: 4 bytes. int64 and double: 8 bytes. String16: int32 unit count, the UTF-16 units,
// a 16-bit NUL, zero padding to a multiple of 4. int32 array: int32 count, one int32 per element.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The harness's `@ohos.rpc` module object. */
export const rpc = require('ohos-cloud-extension-harness/modules/@ohos.rpc');
const { parcelOf } = require(path.join(harness, 'dist/rpc/rpc-internal.js'));

/** An int32 field. */
export const i32 = (value) => ({ type: 'i32', value });
/** A boolean field (an int32 0 or 1 on the wire). */
export const bool = (value) => ({ type: 'bool', value });
/** An int64 field; `value` a number or a bigint. */
export const i64 = (value) => ({ type: 'i64', value: BigInt(value) });
/** A double field (what writeFloat writes). */
export const f64 = (value) => ({ type: 'f64', value });
/** A String16 field. */
export const str = (value) => ({ type: 'str', value });
/** An int32 array field (what writeIntArray writes). */
export const ints = (values) => ({ type: 'ints', value: values });

function encodeField(field) {
  switch (field.type) {
    case 'i32':
    case 'bool': {
      const bytes = new Uint8Array(4);
      new DataView(bytes.buffer).setInt32(0, field.type === 'bool' ? (field.value ? 1 : 0) : field.value, true);
      return bytes;
    }
    case 'i64': {
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setBigInt64(0, field.value, true);
      return bytes;
    }
    case 'f64': {
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setFloat64(0, field.value, true);
      return bytes;
    }
    case 'str': {
      const units = field.value.length;
      const payload = (units + 1) * 2;
      const padded = Math.ceil(payload / 4) * 4;
      const bytes = new Uint8Array(4 + padded);
      const view = new DataView(bytes.buffer);
      view.setInt32(0, units, true);
      for (let index = 0; index < units; index++) {
        view.setUint16(4 + index * 2, field.value.charCodeAt(index), true);
      }
      return bytes;
    }
    case 'ints': {
      const bytes = new Uint8Array(4 + field.value.length * 4);
      const view = new DataView(bytes.buffer);
      view.setInt32(0, field.value.length, true);
      field.value.forEach((value, index) => view.setInt32(4 + index * 4, value, true));
      return bytes;
    }
    default:
      throw new Error(`unknown field type ${field.type}`);
  }
}

/** The bytes of `fields` laid out one after the other. */
export function layout(fields) {
  const parts = fields.flat(Infinity).map(encodeField);
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** Bytes as 4-byte words in hex, for readable diffs. */
export function words(bytes) {
  const out = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    out.push(Buffer.from(bytes.subarray(offset, offset + 4)).toString('hex'));
  }
  return out;
}

/** The bytes written into a MessageSequence so far. */
export function bytesOf(sequence) {
  return parcelOf(sequence).toBytes();
}

/** Asserts that `sequence` holds exactly the layout of `fields`. */
export function assertLayout(sequence, fields, message) {
  assert.deepEqual(words(bytesOf(sequence)), words(layout(fields)), message);
}

/** A request written with the device's MessageSequence API, one write per field. */
export function request(fields) {
  const data = rpc.MessageSequence.create();
  for (const field of fields.flat(Infinity)) {
    switch (field.type) {
      case 'i32':
        data.writeInt(field.value);
        break;
      case 'bool':
        data.writeBoolean(field.value);
        break;
      case 'i64':
        data.writeLong(Number(field.value));
        break;
      case 'f64':
        data.writeFloat(field.value);
        break;
      case 'str':
        data.writeString(field.value);
        break;
      case 'ints':
        data.writeIntArray(field.value);
        break;
      default:
        throw new Error(`unknown field type ${field.type}`);
    }
  }
  return data;
}

/** An empty reply. */
export function newReply() {
  return rpc.MessageSequence.create();
}

/** A fresh MessageOption. */
export function newOption() {
  return new rpc.MessageOption();
}

const { takeVendorCalls } = require(path.join(harness, 'dist/stubs/trace.js'));

/**
 * Sends one request (`fields`, in the stub's read order) to a new stub that `createStub` makes
 * around `vendor`, as the binder hands it over; resolves what the handler did (`resolved` or
 * `rejected`), the stub, the sequences and the vendor calls it made.
 */
export async function sendToStub(createStub, vendor, code, fields = []) {
  const stub = await createStub(vendor);
  const data = request(fields);
  const reply = newReply();
  const option = newOption();
  let outcome;
  try {
    outcome = { resolved: await stub.onRemoteMessageRequest(code, data, reply, option) };
  } catch (error) {
    outcome = { rejected: error };
  }
  return { ...outcome, stub, data, reply, option, calls: takeVendorCalls(stub) };
}

/** The nine fields of an asset, in the device's order. */
export function assetFields(asset) {
  return [
    str(asset.name),
    str(asset.uri),
    str(asset.path),
    str(asset.createTime),
    str(asset.modifyTime),
    str(asset.size),
    i32(asset.status),
    str(asset.assetId),
    str(asset.hash)
  ];
}

/** A plain asset with every field set; `status` as given. */
export function sampleAsset(tag, status) {
  return {
    name: `${tag}.jpg`,
    uri: `https://cloud.example/${tag}`,
    path: `/data/${tag}.jpg`,
    createTime: '1700000000000',
    modifyTime: '1700000001000',
    size: '2048',
    status,
    assetId: `asset-${tag}`,
    hash: `hash-${tag}`
  };
}

// Run directly (by `node --test test/`), this file checks its own layouts against bytes worked out
// by hand from the Parcel rules above.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { test } = await import('node:test');
  test('wire-layout encodes each field as the device Parcel does', () => {
    assert.deepEqual(words(layout([i32(-2)])), ['feffffff']);
    assert.deepEqual(words(layout([bool(true), bool(false)])), ['01000000', '00000000']);
    assert.deepEqual(words(layout([i64(1)])), ['01000000', '00000000']);
    assert.deepEqual(words(layout([f64(1.5)])), ['00000000', '0000f83f']);
    // 'ab': count 2, 'a' 'b', NUL, then 2 bytes of padding.
    assert.deepEqual(words(layout([str('ab')])), ['02000000', '61006200', '00000000']);
    // '': count 0, NUL, padding.
    assert.deepEqual(words(layout([str('')])), ['00000000', '00000000']);
    // 'abc': count 3, three units and the NUL fill exactly two words.
    assert.deepEqual(words(layout([str('abc')])), ['03000000', '61006200', '63000000']);
    assert.deepEqual(words(layout([ints([1, 255])])), ['02000000', '01000000', 'ff000000']);
  });
}
