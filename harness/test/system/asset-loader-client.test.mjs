import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertFields, fakeRemote, truncated } from '../support/plain-reader.mjs';
import { assetFields, i32, sampleAsset, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { AssetLoaderClient } = require(path.join(harness, 'dist/system/asset-loader-client.js'));

const one = sampleAsset('one', 7);
const two = { ...sampleAsset('two', 0), status: undefined };

describe('AssetLoaderClient requests (stub.js:614-652)', () => {
  for (const [method, code] of [
    ['download', 0],
    ['upload', 1]
  ]) {
    it(`${method}: code ${code}, str table, str gid, str prefix, i32 count, nine fields per asset (status raw)`, async () => {
      const remote = fakeRemote([i32(0)]);
      await new AssetLoaderClient(remote)[method]('photo', 'gid-1', 'prefix/', [one, two]);
      assert.equal(remote.requests[0].code, code);
      // A missing status goes out as 0, the native STATUS_UNKNOWN.
      assertFields(remote.requests[0].bytes, [
        str('photo'),
        str('gid-1'),
        str('prefix/'),
        i32(2),
        assetFields(one),
        assetFields({ ...two, status: 0 })
      ]);
    });
  }
});

describe('AssetLoaderClient replies (stub.js:654-671)', () => {
  it('decodes a code and nine asset fields per result, status raw', async () => {
    const reply = await new AssetLoaderClient(
      fakeRemote([i32(2), i32(0), assetFields(one), i32(6), assetFields({ ...one, status: 0 })])
    ).download('t', 'g', 'p', [one]);
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.value, [
      { code: 0, value: one },
      { code: 6, value: { ...one, status: 0 } }
    ]);
  });

  it('reports a result cut after its code (the stub threw on a missing value, 661) as truncated at value.name', async () => {
    const reply = await new AssetLoaderClient(fakeRemote([i32(1), i32(3)])).upload('t', 'g', 'p', []);
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /AssetLoader\.upload: .*results\[0\]\.value\.name/);
    assert.deepEqual(reply.partial, []);
  });

  it('reports a reply cut inside the hash as truncated', async () => {
    const reply = await new AssetLoaderClient(fakeRemote(truncated([i32(1), i32(0), assetFields(one)], 4))).download('t', 'g', 'p', []);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /results\[0\]\.value\.hash/);
  });

  it('reports a non-array vendor result (status 4, no bytes) as a failed transaction', async () => {
    const reply = await new AssetLoaderClient(
      fakeRemote(() => Promise.reject(new TypeError("Cannot read properties of null (reading 'length')")))
    ).download('t', 'g', 'p', []);
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'transaction-failed');
    assert.match(reply.failure.message, /TypeError/);
  });
});
