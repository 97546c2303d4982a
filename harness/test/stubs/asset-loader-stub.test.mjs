import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertLayout, assetFields, i32, rpc, sampleAsset, sendToStub, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
const { implementationOf } = require(path.join(harness, 'dist/stubs/trace.js'));

const Code = { Download: 0, Upload: 1 };

/** Sends one request to a new stub around `vendor`; resolves what the handler did. */
function send(vendor, code, fields = []) {
  return sendToStub(cloudExtension.createAssetLoaderStub, vendor, code, fields);
}

const first = sampleAsset('a', 0);
const second = sampleAsset('b', 6);
/** table, gid, prefix, then two assets (cloud_extension_stub.js:614-616, 632-652). */
const assetRequest = [str('photos'), str('gid-1'), str('prefix-1'), i32(2), assetFields(first), assetFields(second)];

describe('AssetLoader stub: common behaviour', () => {
  it('is a RemoteObject with descriptor AssetLoaderProxy holding the vendor object', async () => {
    const vendor = {};
    const stub = await cloudExtension.createAssetLoaderStub(vendor);
    assert.ok(stub instanceof rpc.RemoteObject);
    assert.equal(stub.getDescriptor(), 'AssetLoaderProxy');
    assert.equal(stub.assetLoader, vendor);
    assert.equal(implementationOf(stub), vendor);
  });

  it('reads three strings even for an unknown code, then resolves false (wait time 500)', async () => {
    const result = await send({ download: () => assert.fail('called') }, 2, [str('t'), str('g'), str('p'), i32(42)]);
    assert.equal(result.resolved, false);
    assert.equal(result.option.getWaitTime(), 500);
    assert.equal(result.data.readInt(), 42, 'exactly three strings were read');
    assert.deepEqual(result.calls, []);
    assertLayout(result.reply, []);
  });

  it('has no missing-implementation check: an undefined AssetLoader rejects with a TypeError', async () => {
    const result = await send(undefined, Code.Download, assetRequest);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, []);
  });
});

describe('AssetLoader stub: Download (0) and Upload (1)', () => {
  it('Download passes table, gid, prefix and the assets with their raw status', async () => {
    const result = await send({ download: () => [] }, Code.Download, assetRequest);
    assert.equal(result.resolved, true);
    assert.equal(result.calls[0].method, 'download');
    assert.deepEqual(result.calls[0].args, ['photos', 'gid-1', 'prefix-1', [first, second]]);
    assertLayout(result.reply, [i32(0)]);
  });

  it('Upload drops the prefix: upload(table, gid, assets)', async () => {
    const result = await send({ upload: () => [] }, Code.Upload, assetRequest);
    assert.equal(result.resolved, true);
    assert.equal(result.calls[0].method, 'upload');
    assert.deepEqual(result.calls[0].args, ['photos', 'gid-1', [first, second]]);
  });

  it('writes the count, then per result the code and all nine fields of value, status raw', async () => {
    for (const [code, method] of [
      [Code.Download, 'download'],
      [Code.Upload, 'upload']
    ]) {
      const results = [
        { code: 0, value: first },
        { code: 6, value: second }
      ];
      const result = await send({ [method]: async () => results }, code, assetRequest);
      assert.equal(result.resolved, true);
      // status 0 stays 0 here (no ASSET_NORMAL default, unlike row values).
      assertLayout(result.reply, [i32(2), i32(0), assetFields(first), i32(6), assetFields(second)]);
    }
  });

  it('turns a negative asset count into []', async () => {
    const result = await send({ download: () => [] }, Code.Download, [str('t'), str('g'), str('p'), i32(-1)]);
    assert.deepEqual(result.calls[0].args[3], []);
  });

  it('writes count and code, then rejects with a TypeError for a result without value', async () => {
    const result = await send({ download: () => [{ code: 1 }] }, Code.Download, assetRequest);
    assert.ok(result.rejected instanceof TypeError);
    assertLayout(result.reply, [i32(1), i32(1)]);
  });

  it('leaves a partial reply when a field is not a string (size as a number → 401)', async () => {
    const result = await send({ upload: () => [{ code: 0, value: { ...first, size: 2048 } }] }, Code.Upload, assetRequest);
    assert.equal(result.rejected.code, '401', 'a business error, its code a decimal string as on the device');
    assertLayout(result.reply, [i32(1), i32(0), assetFields(first).slice(0, 5)]);
  });

  it('rejects with nothing written for null, and writes [0] for an empty array-like', async () => {
    const nothing = await send({ download: () => null }, Code.Download, assetRequest);
    assert.ok(nothing.rejected instanceof TypeError);
    assertLayout(nothing.reply, []);
    const empty = await send({ download: () => ({ length: 0 }) }, Code.Download, assetRequest);
    assert.equal(empty.resolved, true);
    assertLayout(empty.reply, [i32(0)]);
  });

  it('writes the count before its MAX_SIZE guard: an array-like of length 5e9 leaves only ToInt32(5e9)', async () => {
    const result = await send({ download: () => ({ length: 5e9 }) }, Code.Download, assetRequest);
    assert.equal(result.resolved, true);
    assertLayout(result.reply, [i32(5e9 | 0)]);
  });

  it('rejects with nothing written when the vendor rejects', async () => {
    const failure = new Error('x');
    const result = await send({ upload: () => Promise.reject(failure) }, Code.Upload, assetRequest);
    assert.equal(result.rejected, failure);
    assertLayout(result.reply, []);
  });
});
