import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import imported from 'ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension';

const require = createRequire(import.meta.url);
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
const rpc = require('ohos-cloud-extension-harness/modules/@ohos.rpc');

const AsyncFunction = (async () => {}).constructor;

describe('@ohos.data.cloudExtension module object (cloud_extension_stub.js:924-932)', () => {
  it('is the same object through import and require', () => {
    assert.equal(imported, cloudExtension);
  });

  it('has exactly the device’s seven members, in order', () => {
    assert.deepEqual(Object.keys(cloudExtension), [
      'cloudExtension',
      'FieldType',
      'ErrorCode',
      'createCloudServiceStub',
      'createCloudDBStub',
      'createAssetLoaderStub',
      'createShareServiceStub'
    ]);
  });

  it('lacks what the typings declare but the device never creates (Flag, a ShareCenter factory by that name)', () => {
    assert.equal(cloudExtension.Flag, undefined);
    assert.equal(cloudExtension.cloudExtension.Flag, undefined);
    assert.equal(cloudExtension.createShareCenterStub, undefined);
    assert.throws(() => cloudExtension.Flag.INSERT, TypeError);
  });

  it('has the namespace object with the enums, the stub classes and the factories', () => {
    const namespace = cloudExtension.cloudExtension;
    assert.deepEqual(Object.keys(namespace), [
      'FieldType',
      'ErrorCode',
      'CloudServiceStub',
      'CloudDbStub',
      'AssetLoaderStub',
      'ShareCenterProxy',
      'createCloudServiceStub',
      'createCloudDBStub',
      'createAssetLoaderStub',
      'createShareServiceStub'
    ]);
    assert.equal(namespace.FieldType, cloudExtension.FieldType);
    assert.equal(namespace.ErrorCode, cloudExtension.ErrorCode);
    for (const name of ['createCloudServiceStub', 'createCloudDBStub', 'createAssetLoaderStub', 'createShareServiceStub']) {
      assert.equal(namespace[name], cloudExtension[name], name);
    }
  });
});

describe('FieldType and ErrorCode (cloud_extension_stub.js:26-46)', () => {
  it('FieldType: NULL 0 … ASSETS 7, with reverse entries first', () => {
    assert.deepEqual(
      { ...cloudExtension.FieldType },
      {
        0: 'NULL',
        1: 'NUMBER',
        2: 'REAL',
        3: 'TEXT',
        4: 'BOOL',
        5: 'BLOB',
        6: 'ASSET',
        7: 'ASSETS',
        NULL: 0,
        NUMBER: 1,
        REAL: 2,
        TEXT: 3,
        BOOL: 4,
        BLOB: 5,
        ASSET: 6,
        ASSETS: 7
      }
    );
    assert.deepEqual(Object.keys(cloudExtension.FieldType).slice(0, 9), ['0', '1', '2', '3', '4', '5', '6', '7', 'NULL']);
  });

  it('ErrorCode: SUCCESS 0 … NO_SPACE_FOR_ASSET 6, with reverse entries', () => {
    assert.deepEqual(
      { ...cloudExtension.ErrorCode },
      {
        0: 'SUCCESS',
        1: 'UNKNOWN_ERROR',
        2: 'NETWORK_ERROR',
        3: 'CLOUD_DISABLED',
        4: 'LOCKED_BY_OTHERS',
        5: 'RECORD_LIMIT_EXCEEDED',
        6: 'NO_SPACE_FOR_ASSET',
        SUCCESS: 0,
        UNKNOWN_ERROR: 1,
        NETWORK_ERROR: 2,
        CLOUD_DISABLED: 3,
        LOCKED_BY_OTHERS: 4,
        RECORD_LIMIT_EXCEEDED: 5,
        NO_SPACE_FOR_ASSET: 6
      }
    );
  });
});

describe('the factories (cloud_extension_stub.js:899-921)', () => {
  const cases = [
    ['createCloudServiceStub', 'CloudServiceStub', 'CloudServiceProxy', 'cloudService'],
    ['createCloudDBStub', 'CloudDbStub', 'CloudDbProxy', 'cloudDb'],
    ['createAssetLoaderStub', 'AssetLoaderStub', 'AssetLoaderProxy', 'assetLoader'],
    ['createShareServiceStub', 'ShareCenterProxy', 'ShareCenterProxy', 'shareCenter']
  ];
  for (const [factory, className, descriptor, property] of cases) {
    it(`${factory} is async and resolves a new ${className} with descriptor ${descriptor}`, async () => {
      assert.ok(cloudExtension[factory] instanceof AsyncFunction);
      const vendor = {};
      const pending = cloudExtension[factory](vendor);
      assert.ok(pending instanceof Promise);
      const stub = await pending;
      assert.ok(stub instanceof cloudExtension.cloudExtension[className]);
      assert.ok(stub instanceof rpc.RemoteObject);
      assert.equal(stub.getDescriptor(), descriptor);
      assert.equal(stub[property], vendor);
      assert.notEqual(await cloudExtension[factory](vendor), stub, 'a new stub each time');
    });
  }

  it('stub classes can be constructed directly with (descriptor, implementation)', () => {
    const vendor = {};
    const stub = new cloudExtension.cloudExtension.CloudDbStub('custom', vendor);
    assert.equal(stub.getDescriptor(), 'custom');
    assert.equal(stub.cloudDb, vendor);
  });
});
