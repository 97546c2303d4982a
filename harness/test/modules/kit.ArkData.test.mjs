// Pins src/modules/kit.ArkData.ts: { cloudExtension, cloudData, relationalStore, preferences } with named ESM imports.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { cloudData, cloudExtension, relationalStore } from 'ohos-cloud-extension-harness/modules/@kit.ArkData';
import kit from 'ohos-cloud-extension-harness/modules/@kit.ArkData';

const require = createRequire(import.meta.url);

describe('@kit.ArkData', () => {
  it('exports the three module objects by name', () => {
    assert.equal(cloudExtension, require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension'));
    assert.equal(cloudData, require('ohos-cloud-extension-harness/modules/@ohos.data.cloudData'));
    assert.equal(relationalStore, require('ohos-cloud-extension-harness/modules/@ohos.data.relationalStore'));
    assert.deepEqual(Object.keys(kit), ['cloudExtension', 'cloudData', 'relationalStore', 'preferences']);
    assert.equal(kit.preferences, require('ohos-cloud-extension-harness/modules/@ohos.data.preferences'));
  });
});
