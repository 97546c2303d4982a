// Pins src/modules/ability/context.ts: the ability's ServiceExtensionContext over a sandbox
// (PLATFORM-MODULES §5, §9.9): module-level folders, made on first use, app-level ones from
// getApplicationContext(), the area switching the encryption level.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, describe, it } from 'node:test';
import { Sandbox } from 'ohos-cloud-extension-harness';

const require = createRequire(import.meta.url);
const { createServiceExtensionContext, sandboxOfContext, ServiceExtensionContext } = require('../../../dist/modules/ability/context.js');

const sandbox = Sandbox.create({ bundleName: 'com.example.vendor', moduleName: 'cloud' });
after(() => sandbox.dispose());

describe('ServiceExtensionContext', () => {
  const context = createServiceExtensionContext(sandbox, 'CloudExtAbility');

  it('names the module-level folders and makes each on first use', () => {
    assert.ok(context instanceof ServiceExtensionContext);
    assert.equal(existsSync(sandbox.hostPath('/data/storage/el2/base/haps/cloud/files')), false, 'not made before use');
    assert.equal(context.filesDir, '/data/storage/el2/base/haps/cloud/files');
    assert.ok(existsSync(sandbox.hostPath(context.filesDir)), 'made on first use');
    assert.equal(context.cacheDir, '/data/storage/el2/base/haps/cloud/cache');
    assert.equal(context.tempDir, '/data/storage/el2/base/haps/cloud/temp');
    assert.equal(context.preferencesDir, '/data/storage/el2/base/haps/cloud/preferences');
    assert.equal(context.databaseDir, '/data/storage/el2/database/cloud');
    assert.equal(context.distributedFilesDir, '/data/storage/el2/distributedfiles');
    assert.equal(context.cloudFileDir, '/data/storage/el2/cloud');
    assert.equal(context.bundleCodeDir, '/data/storage/el1/bundle');
    assert.ok(existsSync(sandbox.hostPath(context.cloudFileDir)));
    assert.equal(context.stageMode, true);
  });

  it('carries the bundle and module it belongs to', () => {
    assert.equal(context.area, 1);
    assert.equal(context.applicationInfo.name, 'com.example.vendor');
    assert.equal(context.applicationInfo.codePath, '/data/app/el1/bundle/public/com.example.vendor');
    assert.equal(context.currentHapModuleInfo.name, 'cloud');
    assert.equal(context.extensionAbilityInfo.bundleName, 'com.example.vendor');
    assert.equal(context.extensionAbilityInfo.name, 'CloudExtAbility');
    assert.equal(sandboxOfContext(context), sandbox);
  });

  it('gives the app-level folders through getApplicationContext()', () => {
    const application = context.getApplicationContext();
    assert.equal(application.filesDir, '/data/storage/el2/base/files');
    assert.equal(application.preferencesDir, '/data/storage/el2/base/preferences');
    assert.equal(application.databaseDir, '/data/storage/el2/database');
    assert.equal(sandboxOfContext(application), sandbox);
  });

  it('switches the folders with the area', () => {
    const other = createServiceExtensionContext(sandbox, 'A');
    other.area = 3;
    assert.equal(other.filesDir, '/data/storage/el4/base/haps/cloud/files');
    assert.equal(other.area, 3);
  });
});

describe('ServiceExtensionContext over a folder that cannot be made', () => {
  it('still names the folder, as the device does, instead of throwing', () => {
    const { writeFileSync, mkdirSync } = require('node:fs');
    const broken = Sandbox.create();
    try {
      mkdirSync(broken.hostPath('/data/storage/el2/base/haps/entry'), { recursive: true });
      writeFileSync(broken.hostPath('/data/storage/el2/base/haps/entry/files'), 'a file where the folder goes');
      const context = createServiceExtensionContext(broken, 'A');
      assert.equal(context.filesDir, '/data/storage/el2/base/haps/entry/files');
    } finally {
      broken.dispose();
    }
  });
});
