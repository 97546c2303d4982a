import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { callVendor, takeVendorCalls, implementationOf, bindImplementation, VENDOR_CALL_LIMIT } = require(
  path.join(harness, 'dist/stubs/trace.js')
);

describe('callVendor', () => {
  it('records the call as pending, then as returned with the awaited value', async () => {
    const stub = {};
    let resolve;
    const settled = callVendor(stub, 'CloudDB', 'lock', [], () => new Promise((done) => (resolve = done)));
    const [call] = takeVendorCalls(stub);
    assert.deepEqual(call, { interfaceName: 'CloudDB', method: 'lock', args: [], outcome: { kind: 'pending' } });
    resolve({ code: 0 });
    assert.deepEqual(await settled, { code: 0 });
    // Drained before it settled, the record is still updated in place.
    assert.deepEqual(call.outcome, { kind: 'returned', value: { code: 0 } });
  });

  it('returns a plain (non-promise) result as is and keeps the arguments', async () => {
    const stub = {};
    const args = ['table', [{ a: 1 }]];
    assert.equal(await callVendor(stub, 'CloudDB', 'delete', args, () => 7), 7);
    const calls = takeVendorCalls(stub);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0].args, args);
    assert.equal(calls[0].args[1], args[1], 'the decoded values themselves are kept');
    assert.deepEqual(calls[0].outcome, { kind: 'returned', value: 7 });
  });

  it('records and rethrows a synchronous throw (e.g. a missing method) as a rejection', async () => {
    const stub = {};
    const vendor = {};
    const pending = callVendor(stub, 'CloudService', 'getServiceInfo', [], () => vendor.getServiceInfo());
    assert.ok(pending instanceof Promise, 'a synchronous throw becomes a rejection');
    await assert.rejects(pending, TypeError);
    const [call] = takeVendorCalls(stub);
    assert.equal(call.outcome.kind, 'threw');
    assert.ok(call.outcome.error instanceof TypeError);
  });

  it('records and rethrows a rejection unchanged', async () => {
    const stub = {};
    const failure = new Error('offline');
    await assert.rejects(
      callVendor(stub, 'AssetLoader', 'download', [], () => Promise.reject(failure)),
      (error) => error === failure
    );
    assert.deepEqual(takeVendorCalls(stub)[0].outcome, { kind: 'threw', error: failure });
  });

  it(`keeps only the newest ${256} calls per stub`, async () => {
    assert.equal(VENDOR_CALL_LIMIT, 256);
    const stub = {};
    for (let index = 0; index < 300; index++) {
      await callVendor(stub, 'CloudDB', 'heartbeat', [index], () => index);
    }
    const calls = takeVendorCalls(stub);
    assert.equal(calls.length, 256);
    assert.deepEqual(calls[0].args, [44]);
    assert.deepEqual(calls[255].args, [299]);
  });

  it('keeps separate records per stub, and draining empties the record', async () => {
    const first = {};
    const second = {};
    await callVendor(first, 'CloudDB', 'lock', [], () => 1);
    await callVendor(second, 'CloudDB', 'unlock', [1], () => 2);
    assert.deepEqual(
      takeVendorCalls(first).map((call) => call.method),
      ['lock']
    );
    assert.deepEqual(takeVendorCalls(first), []);
    assert.deepEqual(
      takeVendorCalls(second).map((call) => call.method),
      ['unlock']
    );
  });
});

describe('implementationOf', () => {
  it('reads the wrapped object through the reader the stub registered, every time', () => {
    const stub = { held: { name: 'first' } };
    bindImplementation(stub, () => stub.held);
    assert.equal(implementationOf(stub), stub.held);
    stub.held = { name: 'second' };
    assert.equal(implementationOf(stub).name, 'second');
  });

  it('gives undefined for an object that is not a stub', () => {
    assert.equal(implementationOf({}), undefined);
  });
});
