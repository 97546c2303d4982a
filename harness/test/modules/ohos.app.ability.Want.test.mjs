// Pins src/modules/ohos.app.ability.Want.ts: the module is the SDK's (empty) Want class
// (interface_sdk-js api/@ohos.app.ability.Want.d.ts:38).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import WantDefault from 'ohos-cloud-extension-harness/modules/@ohos.app.ability.Want';

const require = createRequire(import.meta.url);
const Want = require('ohos-cloud-extension-harness/modules/@ohos.app.ability.Want');

describe('@ohos.app.ability.Want', () => {
  it('is a class, the same through import and require', () => {
    assert.equal(WantDefault, Want);
    assert.equal(typeof Want, 'function');
    assert.equal(Want.name, 'Want');
  });

  it('constructs an object with no own fields', () => {
    const want = new Want();
    assert.ok(want instanceof Want);
    assert.deepEqual(Object.keys(want), []);
  });
});
