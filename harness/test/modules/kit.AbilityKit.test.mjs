// Pins src/modules/kit.AbilityKit.ts: { ServiceExtensionAbility, Want } with named ESM imports.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { ServiceExtensionAbility, Want } from 'ohos-cloud-extension-harness/modules/@kit.AbilityKit';
import kit from 'ohos-cloud-extension-harness/modules/@kit.AbilityKit';

const require = createRequire(import.meta.url);

describe('@kit.AbilityKit', () => {
  it('exports the two module defaults by name', () => {
    assert.equal(ServiceExtensionAbility, require('ohos-cloud-extension-harness/modules/@ohos.app.ability.ServiceExtensionAbility'));
    assert.equal(Want, require('ohos-cloud-extension-harness/modules/@ohos.app.ability.Want'));
    assert.deepEqual(Object.keys(kit), ['ServiceExtensionAbility', 'Want']);
  });
});
