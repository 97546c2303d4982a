import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fakeRemote } from '../support/plain-reader.mjs';
import { i32, layout, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { transact, call, DEFAULT_TIMEOUT_MS } = require(path.join(harness, 'dist/system/transport.js'));
const { callVendor } = require(path.join(harness, 'dist/stubs/trace.js'));

const noRequest = () => undefined;
const readCode = (reader) => reader.int32('code');
const target = { interfaceName: 'CloudDB', method: 'lock', code: 5 };

describe('transact', () => {
  it('sends the code and the written request, and gives the reply bytes with status ok', async () => {
    const remote = fakeRemote([i32(7)]);
    const { transaction, reply } = await transact(remote, 3, (writer) => writer.string('x', 'x'));
    assert.equal(remote.requests[0].code, 3);
    assert.deepEqual(remote.requests[0].bytes, layout([str('x')]));
    assert.equal(transaction.code, 3);
    assert.equal(transaction.status, 'ok');
    assert.equal(transaction.errCode, 0);
    assert.deepEqual(transaction.reply, layout([i32(7)]));
    assert.equal(transaction.stubError, undefined);
    assert.equal(reply.readPosition, 0);
    assert.ok(transaction.elapsedMs >= 0);
  });

  it('gives status 4 and no bytes when the handler resolves false, or anything but true (napi_remote_object.cpp ThenCallback)', async () => {
    for (const result of [false, 1, 'true', undefined, {}]) {
      const { transaction } = await transact(
        fakeRemote(() => result),
        0,
        noRequest
      );
      assert.equal(transaction.status, 'failed', JSON.stringify(result) ?? 'undefined');
      assert.equal(transaction.errCode, 4);
    }
  });

  it('gives status 4 and the error when the handler rejects or throws before writing', async () => {
    const rejected = await transact(
      fakeRemote(() => Promise.reject(new TypeError('boom'))),
      0,
      noRequest
    );
    assert.equal(rejected.transaction.status, 'failed');
    assert.equal(rejected.transaction.stubError.message, 'boom');
    const thrown = await transact(
      {
        onRemoteMessageRequest() {
          throw new RangeError('sync');
        }
      },
      0,
      noRequest
    );
    assert.equal(thrown.transaction.status, 'failed');
    assert.ok(thrown.transaction.stubError instanceof RangeError);
  });

  it('delivers a partial reply with status 0 when the handler fails after writing (binder_invoker.cpp:1354-1364)', async () => {
    const { transaction } = await transact(
      fakeRemote((code, bytes, parcel) => {
        parcel.writeInt32(0);
        return Promise.reject(new TypeError('late'));
      }),
      0,
      noRequest
    );
    assert.equal(transaction.status, 'ok');
    assert.equal(transaction.errCode, 0);
    assert.deepEqual(transaction.reply, layout([i32(0)]));
    assert.equal(transaction.stubError.message, 'late');
  });

  it('accepts a synchronous true', async () => {
    const { transaction } = await transact({ onRemoteMessageRequest: () => true }, 0, noRequest);
    assert.equal(transaction.status, 'ok');
  });

  it('abandons a handler that never settles after timeoutMs and reports the pending vendor call', async () => {
    const stub = {
      onRemoteMessageRequest() {
        return callVendor(stub, 'CloudDB', 'lock', [], () => new Promise(() => undefined));
      }
    };
    const started = Date.now();
    const { transaction } = await transact(stub, 5, noRequest, { timeoutMs: 50 });
    assert.ok(Date.now() - started < 1000);
    assert.equal(transaction.status, 'timeout');
    assert.deepEqual(
      transaction.vendorCalls.map((c) => [c.method, c.outcome.kind]),
      [['lock', 'pending']]
    );
    assert.equal(DEFAULT_TIMEOUT_MS, 5000);
  });

  it('a handler that settles after its timeout changes nothing and raises nothing', async () => {
    let finish;
    const { transaction } = await transact(
      { onRemoteMessageRequest: () => new Promise((resolve, reject) => (finish = reject)) },
      0,
      noRequest,
      { timeoutMs: 10 }
    );
    finish(new Error('too late'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(transaction.status, 'timeout');
    assert.equal(transaction.stubError, undefined);
  });

  it('collects the vendor calls the stub made during the transaction', async () => {
    const stub = {
      async onRemoteMessageRequest() {
        const value = await callVendor(stub, 'CloudDB', 'heartbeat', [9], () => ({ code: 0 }));
        return value.code === 0;
      }
    };
    const { transaction } = await transact(stub, 7, noRequest);
    assert.deepEqual(transaction.vendorCalls, [
      { interfaceName: 'CloudDB', method: 'heartbeat', args: [9], outcome: { kind: 'returned', value: { code: 0 } } }
    ]);
  });

  it('fails a remote object without a handler as a failed transaction', async () => {
    const { transaction } = await transact({}, 0, noRequest);
    assert.equal(transaction.status, 'failed');
    assert.ok(transaction.stubError instanceof TypeError);
  });
});

describe('call', () => {
  it('decodes the reply and counts unread bytes', async () => {
    const reply = await call(fakeRemote([i32(4), i32(1)]), target, noRequest, readCode);
    assert.equal(reply.ok, true);
    assert.equal(reply.value, 4);
    assert.equal(reply.unread, 4);
  });

  it('turns a failed transaction, a timeout and a short reply into failures', async () => {
    const failed = await call(fakeRemote([], { result: false }), target, noRequest, readCode);
    assert.equal(failed.failure.kind, 'transaction-failed');
    assert.match(failed.failure.message, /CloudDB\.lock: .*answered false/);
    const timeout = await call({ onRemoteMessageRequest: () => new Promise(() => undefined) }, target, noRequest, readCode, {
      timeoutMs: 20
    });
    assert.equal(timeout.failure.kind, 'timeout');
    assert.match(timeout.failure.message, /20 ms/);
    const short = await call(fakeRemote([]), target, noRequest, readCode);
    assert.equal(short.failure.kind, 'truncated-reply');
    assert.match(short.failure.message, /CloudDB\.lock: reply ends before code/);
  });

  it('says the stub failed after writing when a partial reply is short', async () => {
    const reply = await call(
      fakeRemote((code, bytes, parcel) => {
        parcel.writeInt32(0);
        return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'interval')"));
      }),
      target,
      noRequest,
      (reader) => [reader.int32('code'), reader.int32('value.interval')]
    );
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /value\.interval.*the stub failed after writing 4 bytes: TypeError/);
  });

  it("lets the caller's own invalid request throw before sending", async () => {
    const remote = fakeRemote([]);
    await assert.rejects(() => call(remote, target, (writer) => writer.int32(1.5, 'lockId'), readCode), RangeError);
    assert.equal(remote.requests.length, 0);
  });
});

describe('transact: the write log', () => {
  it('records every write the handler made into the reply, a thrown one included, as clonable data', async () => {
    const remote = {
      onRemoteMessageRequest(code, data, reply) {
        reply.writeInt(7);
        reply.writeString('a\u0000b');
        reply.writeBoolean('yes');
        return true;
      }
    };
    const { transaction } = await transact(remote, 1, noRequest);
    assert.deepEqual(
      transaction.writeLog.map((entry) => [entry.method, entry.offset, entry.length, entry.error?.code]),
      [
        ['writeInt', 0, 4, undefined],
        ['writeString', 4, 8, undefined],
        ['writeBoolean', 12, 0, '401']
      ]
    );
    assert.deepEqual(transaction.reply, layout([i32(7), str('a')]), "the bytes are the device's: cut at the NUL");
    assert.deepEqual(structuredClone(transaction.writeLog), transaction.writeLog);
  });
});
