// Pins src/modules/ohos.data.cloudData.ts: the sharing enums with the device's numbers
// (relational_store js_const_properties.cpp:48-91, cloud_types.h:25-40, 123-197).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import cloudDataDefault from 'ohos-cloud-extension-harness/modules/@ohos.data.cloudData';

const require = createRequire(import.meta.url);
const cloudData = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudData');

describe('@ohos.data.cloudData', () => {
  it('is the same object through import and require, holding only sharing', () => {
    assert.equal(cloudDataDefault, cloudData);
    assert.deepEqual(Object.keys(cloudData), ['sharing']);
    assert.deepEqual(Object.keys(cloudData.sharing), ['Role', 'State', 'SharingCode']);
  });

  it('numbers Role and State as the device does', () => {
    assert.deepEqual({ ...cloudData.sharing.Role }, { ROLE_INVITER: 0, ROLE_INVITEE: 1 });
    assert.deepEqual(
      { ...cloudData.sharing.State },
      { STATE_UNKNOWN: 0, STATE_ACCEPTED: 1, STATE_REJECTED: 2, STATE_SUSPENDED: 3, STATE_UNAVAILABLE: 4 }
    );
  });

  it('numbers SharingCode 0 to 12 and CUSTOM_ERROR 1000', () => {
    const code = cloudData.sharing.SharingCode;
    const names = [
      'SUCCESS',
      'REPEATED_REQUEST',
      'NOT_INVITER',
      'NOT_INVITER_OR_INVITEE',
      'OVER_QUOTA',
      'TOO_MANY_PARTICIPANTS',
      'INVALID_ARGS',
      'NETWORK_ERROR',
      'CLOUD_DISABLED',
      'SERVER_ERROR',
      'INNER_ERROR',
      'INVALID_INVITATION',
      'RATE_LIMIT'
    ];
    names.forEach((name, index) => assert.equal(code[name], index, name));
    assert.equal(code.CUSTOM_ERROR, 1000);
    assert.equal(Object.keys(code).length, 14);
  });

  it('freezes the enums as napi_object_freeze does', () => {
    assert.ok(Object.isFrozen(cloudData.sharing.Role));
    assert.ok(Object.isFrozen(cloudData.sharing.SharingCode));
  });
});
