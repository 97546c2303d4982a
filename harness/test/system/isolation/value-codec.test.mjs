import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { encodeValue, decodeValue, encodeVendorCall, decodeVendorCall } = require(
  path.join(harness, 'dist/system/isolation/value-codec.js')
);
const { isRemoteObject } = require(path.join(harness, 'dist/rpc/rpc-internal.js'));
const { implementationOf } = require(path.join(harness, 'dist/stubs/trace.js'));
const { CloudDbStub } = require(path.join(harness, 'dist/stubs/cloud-db-stub.js'));
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');

/** Encodes, crosses a real structured clone (as postMessage does), and decodes. */
function roundTrip(value) {
  return decodeValue(structuredClone(encodeValue(value)));
}

describe('encodeValue / decodeValue', () => {
  it('carries plain data as it is: numbers, bigints, strings, bytes, dates, nested rows', () => {
    const row = {
      id: 'r1',
      count: 3,
      big: 2n ** 63n - 1n,
      blob: new Uint8Array([1, 2]),
      when: new Date(0),
      none: null,
      gone: undefined,
      list: [1.5, 'x']
    };
    assert.deepEqual(roundTrip({ code: 0, value: [row] }), { code: 0, value: [row] });
  });

  it("keeps an error's class, name, message and code", () => {
    const error = Object.assign(new TypeError("Cannot read properties of undefined (reading 'INSERT')"), { code: 401 });
    const back = roundTrip(error);
    assert.ok(back instanceof TypeError);
    assert.equal(back.message, error.message);
    assert.equal(back.code, 401);
    class BusinessError extends Error {
      constructor() {
        super('Parameter error');
        this.name = 'BusinessError';
        this.code = '401';
      }
    }
    const business = roundTrip(new BusinessError());
    assert.ok(business instanceof Error);
    assert.equal(business.name, 'BusinessError');
    assert.equal(business.code, '401');
  });

  it("keeps a class instance's own fields and its class's name, and names a function", () => {
    class Page {
      constructor() {
        this.nextCursor = 'c';
      }
    }
    const back = roundTrip({ page: new Page(), callback() {} });
    assert.equal(back.page.constructor.name, 'Page');
    assert.equal(back.page.nextCursor, 'c');
    assert.equal(typeof back.callback, 'function');
    assert.equal(back.callback.name, 'callback');
  });

  it('describes a field whose getter throws instead of failing', () => {
    const value = {
      get broken() {
        throw new Error('no');
      },
      fine: 1
    };
    assert.deepEqual(roundTrip(value), { broken: { unreadable: 'no' }, fine: 1 });
  });

  it('keeps shared and circular references', () => {
    const shared = { a: 1 };
    const value = { x: shared, y: shared };
    value.self = value;
    const back = roundTrip(value);
    assert.equal(back.x, back.y);
    assert.equal(back.self, back);
  });

  it('turns a stub into a stand-in of the same stub class, with or without its implementation', async () => {
    const withDb = roundTrip(await cloudExtension.createCloudDBStub({ async query() {} }));
    assert.ok(isRemoteObject(withDb));
    assert.ok(withDb instanceof CloudDbStub);
    assert.notEqual(implementationOf(withDb), undefined);
    const without = roundTrip(await cloudExtension.createCloudDBStub(null));
    assert.ok(without instanceof CloudDbStub);
    assert.equal(implementationOf(without), null);
    assert.equal(isRemoteObject(roundTrip({ query() {} })), false);
  });

  it('carries a vendor call with its outcome', () => {
    const call = { interfaceName: 'CloudDB', method: 'lock', args: [], outcome: { kind: 'threw', error: new RangeError('late') } };
    const back = decodeVendorCall(structuredClone(encodeVendorCall(call)));
    assert.equal(back.method, 'lock');
    assert.ok(back.outcome.error instanceof RangeError);
    assert.deepEqual(decodeVendorCall(structuredClone(encodeVendorCall({ ...call, outcome: { kind: 'pending' } }))).outcome, {
      kind: 'pending'
    });
  });
});
