// Pins src/modules/ohos.app.ability.ServiceExtensionAbility.ts: the base class with do-nothing
// lifecycle methods (ability_runtime service_extension_ability.js:22-44, extension_ability.js).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Sandbox, setCurrentSandbox } from 'ohos-cloud-extension-harness';
import ServiceExtensionAbilityDefault from 'ohos-cloud-extension-harness/modules/@ohos.app.ability.ServiceExtensionAbility';

const require = createRequire(import.meta.url);
const ServiceExtensionAbility = require('ohos-cloud-extension-harness/modules/@ohos.app.ability.ServiceExtensionAbility');

describe('@ohos.app.ability.ServiceExtensionAbility', () => {
  it('is the class itself through import and require', () => {
    assert.equal(ServiceExtensionAbilityDefault, ServiceExtensionAbility);
    assert.equal(typeof ServiceExtensionAbility, 'function');
    assert.equal(ServiceExtensionAbility.name, 'ServiceExtensionAbility');
  });

  it('has the lifecycle methods of the device class, each doing nothing', () => {
    const ability = new ServiceExtensionAbility();
    const want = { bundleName: 'b', abilityName: 'a' };
    assert.equal(ability.onCreate(want), undefined);
    assert.equal(ability.onRequest(want, 1), undefined);
    assert.equal(ability.onConnect(want), undefined);
    assert.equal(ability.onDisconnect(want), undefined);
    assert.equal(ability.onDestroy(), undefined);
    assert.equal(ability.onConfigurationUpdate({}), undefined);
    assert.equal(ability.onMemoryLevel(0), undefined);
  });

  it('gives each instance a ServiceExtensionContext in the current sandbox until the system sets one', () => {
    const sandbox = Sandbox.create({ bundleName: 'com.example.vendor' });
    const previous = setCurrentSandbox(sandbox);
    try {
      const first = new ServiceExtensionAbility();
      const second = new ServiceExtensionAbility();
      assert.notEqual(first.context, second.context);
      assert.equal(first.context, first.context, 'the same object on every read');
      assert.equal(first.context.filesDir, '/data/storage/el2/base/haps/entry/files');
      assert.equal(first.context.applicationInfo.name, 'com.example.vendor');
      const given = { filesDir: '/elsewhere' };
      first.context = given;
      assert.equal(first.context, given, 'the system may set it');
    } finally {
      setCurrentSandbox(previous);
      sandbox.dispose();
    }
  });

  it('lets a subclass override onConnect', () => {
    class Extension extends ServiceExtensionAbility {
      onConnect() {
        return 'stub';
      }
    }
    assert.equal(new Extension().onConnect({}), 'stub');
  });
});
