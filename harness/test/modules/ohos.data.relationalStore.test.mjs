// Pins src/modules/ohos.data.relationalStore.ts: AssetStatus with the device's run-time numbers
// (napi_rdb_const_properties.cpp:247-253, asset_value.h:21-31).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import relationalStoreDefault from 'ohos-cloud-extension-harness/modules/@ohos.data.relationalStore';

const require = createRequire(import.meta.url);
const relationalStore = require('ohos-cloud-extension-harness/modules/@ohos.data.relationalStore');

describe('@ohos.data.relationalStore', () => {
  it('is the same object through import and require, holding only AssetStatus', () => {
    assert.equal(relationalStoreDefault, relationalStore);
    assert.deepEqual(Object.keys(relationalStore), ['AssetStatus']);
  });

  it('numbers AssetStatus from 1, as the device does at run time', () => {
    assert.deepEqual(
      { ...relationalStore.AssetStatus },
      {
        ASSET_NORMAL: 1,
        ASSET_INSERT: 2,
        ASSET_UPDATE: 3,
        ASSET_DELETE: 4,
        ASSET_ABNORMAL: 5,
        ASSET_DOWNLOADING: 6,
        ASSET_TO_DOWNLOAD: 7
      }
    );
    assert.ok(Object.isFrozen(relationalStore.AssetStatus));
  });
});
