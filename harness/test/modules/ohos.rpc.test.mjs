// Pins src/modules/ohos.rpc.ts (and the classes in src/rpc/): @ohos.rpc with the device's JS semantics
// (communication_ipc napi_message_sequence_{write,read}.cpp, napi_remote_object.cpp,
// napi_message_option.cpp; c_utils parcel.cpp; arkcompiler number conversions).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import rpcDefault from 'ohos-cloud-extension-harness/modules/@ohos.rpc';

const require = createRequire(import.meta.url);
const rpc = require('ohos-cloud-extension-harness/modules/@ohos.rpc');
const internal = require('../../dist/rpc/rpc-internal.js');

/** Asserts that `action` throws an rpc business error with `code` (a decimal string on the device). */
function throwsBusiness(action, code) {
  assert.throws(action, (error) => {
    assert.ok(error instanceof Error);
    assert.equal(error.code, String(code));
    assert.equal(internal.rpcErrorCode(error), code);
    return true;
  });
}

function hex(sequence) {
  return Buffer.from(internal.parcelOf(sequence).toBytes()).toString('hex');
}

describe('@ohos.rpc module object', () => {
  it('is the same object through import and require', () => {
    assert.equal(rpcDefault, rpc);
  });

  it('holds only what the device module exports and the harness implements', () => {
    assert.deepEqual(Object.keys(rpc).sort(), ['CallingInfo', 'ErrorCode', 'MessageOption', 'MessageSequence', 'RemoteObject', 'TypeCode']);
    assert.equal(rpc.IRemoteObject, undefined);
    assert.equal(rpc.parcelOf, undefined);
  });

  it('has the SDK error codes', () => {
    assert.equal(rpc.ErrorCode.CHECK_PARAM_ERROR, 401);
    assert.equal(rpc.ErrorCode.PROXY_OR_REMOTE_OBJECT_INVALID_ERROR, 1900008);
    assert.equal(rpc.ErrorCode.WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR, 1900009);
    assert.equal(rpc.ErrorCode.OS_DUP_ERROR, 1900013);
    assert.equal(rpc.TypeCode.INT32_ARRAY, 4);
  });
});

describe('MessageSequence writes', () => {
  it('creates empty sequences with create() and new', () => {
    const created = rpc.MessageSequence.create();
    assert.ok(created instanceof rpc.MessageSequence);
    assert.equal(created.getSize(), 0);
    assert.equal(new rpc.MessageSequence().getSize(), 0);
  });

  it('throws 401 with the code as a string when the typeof check fails', () => {
    const sequence = rpc.MessageSequence.create();
    throwsBusiness(() => sequence.writeInt('1'), 401);
    throwsBusiness(() => sequence.writeInt(1n), 401);
    throwsBusiness(() => sequence.writeLong(1n), 401);
    throwsBusiness(() => sequence.writeFloat('1.5'), 401);
    throwsBusiness(() => sequence.writeDouble(undefined), 401);
    throwsBusiness(() => sequence.writeBoolean(1), 401);
    throwsBusiness(() => sequence.writeBoolean(undefined), 401);
    throwsBusiness(() => sequence.writeString(undefined), 401);
    throwsBusiness(() => sequence.writeString(new String('x')), 401);
    assert.equal(sequence.getSize(), 0);
  });

  it('throws 401 unless exactly one argument is passed', () => {
    const sequence = rpc.MessageSequence.create();
    throwsBusiness(() => sequence.writeInt(), 401);
    throwsBusiness(() => sequence.writeInt(1, 2), 401);
    throwsBusiness(() => sequence.writeString('a', 'b'), 401);
  });

  it('converts writeInt arguments with ToInt32', () => {
    const sequence = rpc.MessageSequence.create();
    const inputs = [1.9, -1.9, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, NaN, Infinity, -Infinity, 1e21, -0];
    for (const value of inputs) sequence.writeInt(value);
    const read = inputs.map(() => sequence.readInt());
    assert.deepEqual(read, [1, -1, -(2 ** 31), 5, 2 ** 31 - 1, 0, 0, 0, -559939584, 0]);
  });

  it('converts writeLong arguments: non-finite to 0, truncated, saturated', () => {
    const sequence = rpc.MessageSequence.create();
    for (const value of [NaN, Infinity, -Infinity, 2.9, -2.9, 1e30, -1e30, 2 ** 53 + 2]) sequence.writeLong(value);
    const parcel = internal.parcelOf(sequence);
    const wide = [];
    for (let index = 0; index < 8; index += 1) wide.push(parcel.readInt64());
    assert.deepEqual(wide, [0n, 0n, 0n, 2n, -2n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 53n + 2n]);
  });

  it('reads a long back as the nearest double', () => {
    const sequence = rpc.MessageSequence.create();
    internal.parcelOf(sequence).writeInt64(2n ** 53n + 1n);
    assert.equal(sequence.readLong(), 2 ** 53);
    sequence.writeLong(-42);
    assert.equal(sequence.readLong(), -42);
  });

  it('writes writeFloat as an 8-byte double, not single precision', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeFloat(0.1);
    assert.equal(sequence.getSize(), 8);
    assert.equal(sequence.readDouble(), 0.1);
    sequence.writeDouble(-3.25);
    assert.equal(sequence.readFloat(), -3.25);
  });

  it('writes booleans as int32 slots and reads them narrowed to int8', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeBoolean(true);
    sequence.writeBoolean(false);
    assert.equal(hex(sequence), '01000000' + '00000000');
    assert.equal(sequence.readBoolean(), true);
    assert.equal(sequence.readBoolean(), false);
    const parcel = internal.parcelOf(sequence);
    parcel.writeInt32(256);
    parcel.writeInt32(257);
    assert.equal(sequence.readBoolean(), false);
    assert.equal(sequence.readBoolean(), true);
    assert.equal(sequence.readBoolean(), false, 'no data reads as false');
  });

  it('writes strings as String16 and cuts them at the first NUL', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeString('ab');
    assert.equal(hex(sequence), '02000000' + '61006200' + '00000000');
    sequence.writeString('x\u0000y');
    assert.equal(sequence.readString(), 'ab');
    assert.equal(sequence.readString(), 'x');
  });

  it('refuses strings of 40960 UTF-16 units or more with 401', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeString('a'.repeat(40959));
    throwsBusiness(() => sequence.writeString('a'.repeat(40960)), 401);
    throwsBusiness(() => sequence.writeInterfaceToken('a'.repeat(40960)), 401);
  });

  it('throws RangeError "No enough capacity to write" at the 200 KiB ceiling, reserving 4 bytes per unit', () => {
    const sequence = rpc.MessageSequence.create();
    // 40000 units are 80 008 bytes on the wire but the check reserves 160 000.
    sequence.writeString('a'.repeat(40000));
    assert.equal(sequence.getSize(), 80008);
    // 204 800 - 80 008 = 124 792 bytes left: 31 199 units fit the check, 31 200 do not.
    assert.throws(() => sequence.writeString('b'.repeat(31199 + 1)), { name: 'RangeError', message: 'No enough capacity to write' });
    sequence.writeString('b'.repeat(31198));
    assert.equal(sequence.getSize(), 80008 + 4 + 31199 * 2 + 2);
  });

  it('pre-checks int writes against the ceiling and throws before writing', () => {
    const sequence = rpc.MessageSequence.create();
    const parcel = internal.parcelOf(sequence);
    while (parcel.dataSize < 204800 - 4) parcel.writeInt32(0);
    assert.throws(() => sequence.writeLong(1), RangeError);
    assert.throws(() => sequence.writeDouble(1), RangeError);
    sequence.writeInt(1);
    assert.throws(() => sequence.writeInt(1), { message: 'No enough capacity to write' });
    assert.throws(() => sequence.writeBoolean(true), RangeError);
  });

  it('accepts an empty string with no room left only if 0 bytes are reserved', () => {
    const sequence = rpc.MessageSequence.create();
    const parcel = internal.parcelOf(sequence);
    while (parcel.dataSize < 204800 - 4) parcel.writeInt32(0);
    // The pre-check passes (4 >= 0) but the native String16 needs 8 bytes: 1900009.
    throwsBusiness(() => sequence.writeString(''), 1900009);
  });

  it('writes int arrays as count plus int32 each, ToInt32-converted', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeIntArray([1, 2 ** 32 + 3, -1.5]);
    assert.equal(hex(sequence), '03000000' + '01000000' + '03000000' + 'ffffffff');
    assert.deepEqual(sequence.readIntArray(), [1, 3, -1]);
  });

  it('refuses anything but a real Array for writeIntArray with 401', () => {
    const sequence = rpc.MessageSequence.create();
    throwsBusiness(() => sequence.writeIntArray(new Int32Array([1])), 401);
    throwsBusiness(() => sequence.writeIntArray(new Uint8Array([1])), 401);
    throwsBusiness(() => sequence.writeIntArray({ length: 0 }), 401);
    throwsBusiness(() => sequence.writeIntArray(), 401);
    assert.equal(sequence.getSize(), 0);
  });

  it('throws 401 for a non-number element after the count and earlier elements were written', () => {
    const sequence = rpc.MessageSequence.create();
    throwsBusiness(() => sequence.writeIntArray([7, '8', 9]), 401);
    assert.equal(hex(sequence), '03000000' + '07000000');
    const holes = rpc.MessageSequence.create();
    throwsBusiness(() => holes.writeIntArray([1, , 3]), 401);
    assert.equal(holes.getSize(), 8);
  });

  it('reserves 4 bytes per element plus 4 for writeIntArray', () => {
    const sequence = rpc.MessageSequence.create();
    const parcel = internal.parcelOf(sequence);
    while (parcel.dataSize < 204800 - 12) parcel.writeInt32(0);
    assert.throws(() => sequence.writeIntArray([1, 2, 3]), RangeError);
    sequence.writeIntArray([1, 2]);
    assert.equal(sequence.getSize(), 204800);
  });

  it('writes remote objects; null or non-objects throw 401, other objects 1900008', () => {
    const sequence = rpc.MessageSequence.create();
    const stub = new rpc.RemoteObject('Stub');
    sequence.writeRemoteObject(stub);
    assert.equal(sequence.getSize(), 24);
    assert.equal(sequence.readRemoteObject(), stub);
    throwsBusiness(() => sequence.writeRemoteObject(null), 401);
    throwsBusiness(() => sequence.writeRemoteObject(undefined), 401);
    throwsBusiness(() => sequence.writeRemoteObject('stub'), 401);
    throwsBusiness(() => sequence.writeRemoteObject(() => true), 401);
    throwsBusiness(() => sequence.writeRemoteObject({}), 1900008);
    throwsBusiness(() => sequence.writeRemoteObject(Object.create(rpc.RemoteObject.prototype)), 1900008);
    throwsBusiness(() => sequence.readRemoteObject(), 1900008);
  });

  it('recognises remote objects of another copy of the module by the registered brand', () => {
    const foreign = {};
    Object.defineProperty(foreign, Symbol.for('ohos-cloud-extension-harness.remote-object'), { value: true });
    assert.equal(internal.isRemoteObject(foreign), true);
    assert.equal(internal.isRemoteObject(new rpc.RemoteObject('x')), true);
    assert.equal(internal.isRemoteObject({}), false);
    assert.equal(internal.isRemoteObject(null), false);
  });

  it('writes interface tokens as 0x100, 0, String16', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeInterfaceToken('a');
    assert.equal(hex(sequence), '00010000' + '00000000' + '01000000' + '61000000');
    assert.equal(sequence.readInterfaceToken(), 'a');
    throwsBusiness(() => sequence.writeInterfaceToken(1), 401);
  });
});

describe('MessageSequence reads', () => {
  it('returns 0 for numbers when the data runs out, without moving', () => {
    const sequence = internal.sequenceOver(new Uint8Array([1, 2]));
    assert.equal(sequence.readInt(), 0);
    assert.equal(sequence.readLong(), 0);
    assert.equal(sequence.readDouble(), 0);
    assert.equal(sequence.readFloat(), 0);
    assert.equal(sequence.getReadPosition(), 0);
  });

  it('returns an empty string on short or malformed data and restores the position', () => {
    const short = internal.sequenceOver(new Uint8Array([5, 0, 0, 0, 0x61, 0]));
    assert.equal(short.readString(), '');
    assert.equal(short.getReadPosition(), 0);
    const noNul = internal.sequenceOver(new Uint8Array([1, 0, 0, 0, 0x61, 0, 0x62, 0]));
    assert.equal(noNul.readString(), '');
    assert.equal(noNul.getReadPosition(), 0);
    assert.equal(noNul.readInt(), 1);
  });

  it('consumes the count of a string with a negative count', () => {
    const sequence = internal.sequenceOver(new Uint8Array([0xff, 0xff, 0xff, 0xff, 7, 0, 0, 0]));
    assert.equal(sequence.readString(), '');
    assert.equal(sequence.getReadPosition(), 4);
    assert.equal(sequence.readInt(), 7);
  });

  it('reads an int array: no count gives [], too large a count throws RangeError after consuming it', () => {
    assert.deepEqual(internal.sequenceOver(new Uint8Array(0)).readIntArray(), []);
    const big = internal.sequenceOver(new Uint8Array([3, 0, 0, 0, 1, 0, 0, 0]));
    assert.throws(() => big.readIntArray(), { name: 'RangeError', message: 'No enough data to read' });
    assert.equal(big.getReadPosition(), 4);
  });

  it('reads an int array into a given array', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeIntArray([4, 5]);
    const into = [];
    assert.equal(sequence.readIntArray(into), undefined);
    assert.deepEqual(into, [4, 5]);
  });
});

describe('MessageSequence sizes, cursors and lifetime', () => {
  it('reports size, capacity and positions as the native parcel does', () => {
    const sequence = rpc.MessageSequence.create();
    assert.equal(sequence.getCapacity(), 0);
    sequence.writeInt(1);
    sequence.writeLong(2);
    assert.equal(sequence.getSize(), 12);
    assert.equal(sequence.getWritePosition(), 12);
    assert.equal(sequence.getCapacity(), 64);
    assert.equal(sequence.getWritableBytes(), 52);
    assert.equal(sequence.readInt(), 1);
    assert.equal(sequence.getReadPosition(), 4);
    assert.equal(sequence.getReadableBytes(), 8);
  });

  it('rewinds reads and writes; beyond the data an assertion Error is thrown', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.writeInt(1);
    sequence.writeInt(2);
    sequence.readInt();
    sequence.rewindRead(0);
    assert.equal(sequence.readInt(), 1);
    assert.throws(() => sequence.rewindRead(9), { message: 'assertion (result == true) failed: rewind read failed' });
    throwsBusiness(() => sequence.rewindRead('0'), 401);
    sequence.rewindWrite(4);
    assert.equal(sequence.getSize(), 4);
    sequence.writeInt(3);
    sequence.rewindRead(4);
    assert.equal(sequence.readInt(), 3);
    assert.throws(() => sequence.rewindWrite(100), { message: /rewind write failed/ });
  });

  it('raises the write ceiling with setCapacity', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.setCapacity(300000);
    assert.equal(sequence.getCapacity(), 300000);
    sequence.writeString('a'.repeat(40000));
    sequence.writeString('a'.repeat(40000));
    assert.ok(sequence.getSize() > 160000);
    throwsBusiness(() => sequence.setCapacity(10), 1900011);
  });

  it('throws 1900009 for writes and 1900010 for reads after reclaim', () => {
    const sequence = rpc.MessageSequence.create();
    sequence.reclaim();
    throwsBusiness(() => sequence.writeInt(1), 1900009);
    throwsBusiness(() => sequence.readInt(), 1900010);
    assert.throws(() => sequence.getSize(), { message: /napiSequence is null/ });
    assert.throws(() => sequence.reclaim(), { message: /napiSequence is null/ });
  });

  it('refuses writes into a received (read-only) sequence with 1900009', () => {
    const sequence = internal.sequenceOver(new Uint8Array([1, 0, 0, 0]));
    throwsBusiness(() => sequence.writeInt(1), 1900009);
    assert.equal(sequence.readInt(), 1);
  });
});

describe('MessageOption', () => {
  it('has the device constants', () => {
    assert.equal(rpc.MessageOption.TF_SYNC, 0);
    assert.equal(rpc.MessageOption.TF_ASYNC, 1);
    assert.equal(rpc.MessageOption.TF_ACCEPT_FDS, 0x10);
    assert.equal(rpc.MessageOption.TF_WAIT_TIME, 8);
  });

  it('builds from no, one or two arguments as the device does', () => {
    const plain = new rpc.MessageOption();
    assert.equal(plain.getFlags(), 0);
    assert.equal(plain.getWaitTime(), 8);
    assert.equal(new rpc.MessageOption(true).getFlags(), 1);
    assert.equal(new rpc.MessageOption(0x10).getFlags(), 1, 'any non-zero number is TF_ASYNC');
    const both = new rpc.MessageOption(0, 5000);
    assert.equal(both.getWaitTime(), 5000, 'the constructor does not clamp');
    assert.throws(() => new rpc.MessageOption('1'), { message: /type mismatch for parameter 1/ });
    assert.throws(() => new rpc.MessageOption(undefined), { message: /type mismatch/ });
    assert.throws(() => new rpc.MessageOption(0, '8'), { message: /type mismatch for parameter 2/ });
  });

  it('ORs flags in and never clears them', () => {
    const option = new rpc.MessageOption();
    option.setFlags(0x10);
    assert.equal(option.getFlags(), 0x10);
    assert.equal(option.isAsync(), true, 'any non-zero flag counts as async');
    option.setFlags(0);
    assert.equal(option.getFlags(), 0x10);
    const async = new rpc.MessageOption();
    async.setAsync(true);
    async.setAsync(false);
    assert.equal(async.isAsync(), true);
    assert.throws(() => async.setAsync(1), { message: /type mismatch/ });
  });

  it('clamps setWaitTime: <= 0 to 8, > 3000 to 3000', () => {
    const option = new rpc.MessageOption();
    option.setWaitTime(1000);
    assert.equal(option.getWaitTime(), 1000);
    option.setWaitTime(0);
    assert.equal(option.getWaitTime(), 8);
    option.setWaitTime(-5);
    assert.equal(option.getWaitTime(), 8);
    option.setWaitTime(3001);
    assert.equal(option.getWaitTime(), 3000);
    option.setWaitTime(2 ** 32 + 10);
    assert.equal(option.getWaitTime(), 10, 'ToInt32 first');
  });
});

describe('RemoteObject', () => {
  it('keeps its descriptor, cut at a NUL; a non-string throws an assertion Error', () => {
    assert.equal(new rpc.RemoteObject('CloudServiceProxy').getDescriptor(), 'CloudServiceProxy');
    assert.equal(new rpc.RemoteObject('a\u0000b').getDescriptor(), 'a');
    assert.throws(() => new rpc.RemoteObject(), { message: /requires at least 1 parameters/ });
    assert.throws(() => new rpc.RemoteObject(1), { message: /type mismatch for parameter 1/ });
  });

  it('has no default onRemoteMessageRequest, as on the device', () => {
    assert.equal(typeof rpc.RemoteObject.prototype.onRemoteMessageRequest, 'undefined');
  });

  it('answers the local-interface and liveness questions as a stub does', () => {
    const stub = new rpc.RemoteObject('D');
    assert.equal(stub.isObjectDead(), false);
    assert.equal(stub.getLocalInterface('other'), null);
    const local = { name: 'broker' };
    stub.modifyLocalInterface(local, 'L');
    assert.equal(stub.getLocalInterface('L'), local);
    throwsBusiness(() => stub.getLocalInterface(1), 401);
    throwsBusiness(() => stub.modifyLocalInterface(null, 'L'), 401);
    throwsBusiness(() => stub.registerDeathRecipient({}, 0), 1900005);
    throwsBusiness(() => stub.unregisterDeathRecipient({}, 0), 1900005);
    assert.equal(stub.getCallingPid(), process.pid);
  });
});

/** A stub whose handler is `handler`. */
function stubWith(handler) {
  class Stub extends rpc.RemoteObject {
    onRemoteMessageRequest(code, data, reply, option) {
      return handler(code, data, reply, option);
    }
  }
  return new Stub('Stub');
}

/** Sends `code` with data built by `write`; resolves with { result, rejected }. */
async function send(stub, code, write = () => {}) {
  const data = rpc.MessageSequence.create();
  const reply = rpc.MessageSequence.create();
  write(data);
  try {
    return { result: await stub.sendMessageRequest(code, data, reply, new rpc.MessageOption()), rejected: false };
  } catch (result) {
    return { result, rejected: true };
  }
}

describe('RemoteObject.sendMessageRequest', () => {
  it('hands the handler a fresh copy of the request, read from 0, and a fresh reply', async () => {
    let seen;
    const stub = stubWith((code, data, reply, option) => {
      seen = { code, first: data.readInt(), text: data.readString(), replySize: reply.getSize(), option };
      assert.throws(
        () => data.writeInt(1),
        (error) => error.code === '1900009'
      );
      reply.writeInt(42);
      return true;
    });
    const data = rpc.MessageSequence.create();
    data.writeInt(7);
    data.writeString('hi');
    data.readInt();
    const reply = rpc.MessageSequence.create();
    const result = await stub.sendMessageRequest(3, data, reply, new rpc.MessageOption());
    assert.equal(seen.code, 3);
    assert.equal(seen.first, 7);
    assert.equal(seen.text, 'hi');
    assert.equal(seen.replySize, 0);
    assert.ok(seen.option instanceof rpc.MessageOption);
    assert.equal(seen.option.getWaitTime(), 8);
    assert.equal(data.getReadPosition(), 4, "the caller's data is untouched");
    assert.equal(result.errCode, 0);
    assert.equal(result.code, 3);
    assert.equal(result.data, data);
    assert.equal(result.reply, reply);
    assert.equal(reply.readInt(), 42);
  });

  it('resolves errCode 0 only for true; false rejects with errCode 4 when nothing was written', async () => {
    assert.equal(
      (
        await send(
          stubWith(() => true),
          1
        )
      ).result.errCode,
      0
    );
    const refused = await send(
      stubWith(() => false),
      1
    );
    assert.equal(refused.rejected, true);
    assert.equal(refused.result.errCode, 4);
    const truthy = await send(
      stubWith(() => 1),
      1
    );
    assert.equal(truthy.result.errCode, 4, 'a truthy non-boolean is not success');
    const asyncTrue = await send(
      stubWith(async () => true),
      1
    );
    assert.equal(asyncTrue.result.errCode, 0);
    const asyncOne = await send(
      stubWith(async () => 1),
      1
    );
    assert.equal(asyncOne.result.errCode, 4);
  });

  it('fails with errCode 4 for a throw or a rejection before any write', async () => {
    const threw = await send(
      stubWith(() => {
        throw new Error('boom');
      }),
      1
    );
    assert.equal(threw.result.errCode, 4);
    const rejected = await send(
      stubWith(async () => {
        throw new Error('boom');
      }),
      1
    );
    assert.equal(rejected.result.errCode, 4);
    assert.equal(rejected.rejected, true);
  });

  it('delivers a partial reply with errCode 0 when the handler fails after writing', async () => {
    const outcome = await send(
      stubWith(async (code, data, reply) => {
        reply.writeInt(5);
        throw new Error('after the first write');
      }),
      1
    );
    assert.equal(outcome.rejected, false);
    assert.equal(outcome.result.errCode, 0);
    assert.equal(outcome.result.reply.readInt(), 5);
    const refusedAfterWrite = await send(
      stubWith((code, data, reply) => {
        reply.writeInt(6);
        return false;
      }),
      1
    );
    assert.equal(refusedAfterWrite.result.errCode, 0);
    assert.equal(refusedAfterWrite.result.reply.readInt(), 6);
  });

  it('fails with 408 when the object has no handler', async () => {
    const outcome = await send(new rpc.RemoteObject('Bare'), 1);
    assert.equal(outcome.result.errCode, 408);
  });

  it('passes a CallingInfo fifth argument to a handler that does not declare four parameters', async () => {
    let args;
    class Stub extends rpc.RemoteObject {
      onRemoteMessageRequest(...values) {
        args = values;
        return true;
      }
    }
    await send(new Stub('S'), 2);
    assert.equal(args.length, 5);
    assert.ok(args[4] instanceof rpc.CallingInfo);
    assert.equal(args[4].callerPid, process.pid);
    let four;
    await send(
      stubWith(function handler() {
        four = arguments.length;
        return true;
      }),
      2
    );
    assert.equal(four, 4);
  });

  it('hands the handler the code as a uint32', async () => {
    let seen;
    await send(
      stubWith((code) => {
        seen = code;
        return true;
      }),
      -1
    );
    assert.equal(seen, 4294967295);
  });

  it('calls a callback fifth argument with the result as its only argument', async () => {
    const stub = stubWith(() => false);
    const data = rpc.MessageSequence.create();
    const reply = rpc.MessageSequence.create();
    const delivered = await new Promise((resolve) => {
      const returned = stub.sendMessageRequest(9, data, reply, new rpc.MessageOption(), (...values) => resolve(values));
      assert.equal(returned, undefined);
    });
    assert.equal(delivered.length, 1);
    assert.equal(delivered[0].errCode, 4);
    assert.equal(delivered[0].code, 9);
  });

  it('throws 401 synchronously for wrong arguments', () => {
    const stub = stubWith(() => true);
    const data = rpc.MessageSequence.create();
    const option = new rpc.MessageOption();
    throwsBusiness(() => stub.sendMessageRequest(1, data, data), 401);
    throwsBusiness(() => stub.sendMessageRequest('1', data, data, option), 401);
    throwsBusiness(() => stub.sendMessageRequest(1, null, data, option), 401);
    throwsBusiness(() => stub.sendMessageRequest(1, {}, data, option), 401);
    throwsBusiness(() => stub.sendMessageRequest(1, data, data, {}), 401);
  });

  it('passes binder objects through the request and the reply', async () => {
    const inner = new rpc.RemoteObject('Inner');
    const stub = stubWith((code, data, reply) => {
      reply.writeRemoteObject(data.readRemoteObject());
      return true;
    });
    const outcome = await send(stub, 1, (data) => data.writeRemoteObject(inner));
    assert.equal(outcome.result.reply.readRemoteObject(), inner);
  });

  it('reports the caller while the handler runs', async () => {
    let during;
    const stub = stubWith(async () => {
      await Promise.resolve();
      during = stub.getCallingUid();
      return true;
    });
    const delivery = await internal.deliver(stub, 1, internal.parcelOf(rpc.MessageSequence.create()), 0, {
      pid: 1,
      uid: 3012,
      tokenId: 0,
      deviceId: '',
      localDeviceId: '',
      isLocalCalling: true
    });
    assert.equal(during, 3012);
    assert.equal(stub.getCallingUid() === 3012, false);
    assert.equal(delivery.outcome.kind, 'resolved');
  });
});
