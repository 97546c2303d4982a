// Pins src/rpc/rpc-internal.ts: what the stubs and the system side use of the rpc layer that the
// device's @ohos.rpc does not export (error numbers, delivery, sequences over given bytes).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

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

/** A remote object whose requests go to `handler`. */
function stubWith(handler) {
  class Stub extends rpc.RemoteObject {
    onRemoteMessageRequest(code, data, reply, option) {
      return handler(code, data, reply, option);
    }
  }
  return new Stub('Stub');
}

describe('rpc-internal', () => {
  it('reads the error number of any rpc business error, and of nothing else', () => {
    const foreign = Object.assign(new Error('check param error'), { code: '401' });
    assert.equal(internal.rpcErrorCode(foreign), 401);
    assert.equal(internal.rpcErrorCode(new internal.BusinessError('PROXY_OR_REMOTE_OBJECT_INVALID_ERROR')), 1900008);
    assert.equal(internal.rpcErrorCode(Object.assign(new Error('x'), { code: 401 })), undefined);
    assert.equal(internal.rpcErrorCode(Object.assign(new Error('x'), { code: 'ERR_ASSERTION' })), undefined);
    assert.equal(internal.rpcErrorCode(Object.assign(new Error('x'), { code: '404' })), undefined);
    assert.equal(internal.rpcErrorCode({ code: '401' }), undefined);
  });

  it('reports the handler outcome and status beside what the caller sees', async () => {
    const error = new Error('late');
    const stub = stubWith(async (code, data, reply) => {
      reply.writeInt(1);
      throw error;
    });
    const delivery = await internal.deliver(stub, 5, internal.parcelOf(rpc.MessageSequence.create()));
    assert.equal(delivery.errCode, 0);
    assert.equal(delivery.status, 4);
    assert.deepEqual(delivery.outcome, { kind: 'rejected', error });
    assert.equal(delivery.reply.readInt32(), 1);
  });

  it('builds sequences over given bytes, read-only unless asked', () => {
    const sequence = internal.sequenceOver(new Uint8Array([2, 0, 0, 0]));
    assert.equal(sequence.readInt(), 2);
    throwsBusiness(() => sequence.writeInt(1), 1900009);
    const writable = internal.sequenceOver(new Uint8Array(0), [], { writable: true });
    writable.writeInt(3);
    assert.equal(writable.readInt(), 3);
  });

  it('gives the parcel under a sequence and refuses anything else', () => {
    const sequence = rpc.MessageSequence.create();
    internal.parcelOf(sequence).writeInt32(9);
    assert.equal(sequence.readInt(), 9);
    assert.throws(() => internal.parcelOf({}), TypeError);
  });
});
