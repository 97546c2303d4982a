// Pins src/modules/ohos.buffer.ts: @ohos.buffer backed by Node's Buffer, with the device's
// encoding list and its 401 BusinessError for an unknown encoding (interface_sdk-js
// api/@ohos.buffer.d.ts:53; commonlibrary_ets_utils js_api_module/buffer).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import bufferDefault from 'ohos-cloud-extension-harness/modules/@ohos.buffer';

const require = createRequire(import.meta.url);
const buffer = require('ohos-cloud-extension-harness/modules/@ohos.buffer');

describe('@ohos.buffer', () => {
  it('is the same object through import and require', () => {
    assert.equal(bufferDefault, buffer);
  });

  it('converts between strings and bytes in the device encodings', () => {
    assert.equal(buffer.from('hello', 'utf-8').toString('base64'), 'aGVsbG8=');
    assert.equal(buffer.from('aGVsbG8', 'base64url').toString(), 'hello');
    assert.equal(buffer.from('68656c6c6f', 'hex').toString('latin1'), 'hello');
    assert.equal(buffer.byteLength('é'), 2);
    assert.equal(buffer.concat([buffer.from('a'), buffer.alloc(1, 'b')]).toString(), 'ab');
  });

  it('views an ArrayBuffer with offset and length, and exposes .buffer', () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const view = buffer.from(bytes.buffer, 1, 2);
    assert.deepEqual([...view], [2, 3]);
    assert.ok(view.buffer instanceof ArrayBuffer);
    assert.equal(buffer.isBuffer(view), true);
  });

  it('throws the device 401 BusinessError for an unknown encoding', () => {
    for (const action of [
      () => buffer.from('x', 'utf32'),
      () => buffer.from('x').toString('utf32'),
      () => buffer.byteLength('x', 'nope')
    ]) {
      assert.throws(action, (error) => error instanceof Error && error.code === 401 && error.name === 'BusinessError');
    }
    assert.equal(buffer.isEncoding('ucs-2'), true);
    assert.equal(buffer.isEncoding('utf32'), false);
  });
});
