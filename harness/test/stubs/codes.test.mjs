import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const codes = require(path.join(harness, 'dist/stubs/codes.js'));

/** The name → number pairs of a TypeScript-style enum object. */
function forward(enumObject) {
  return Object.fromEntries(Object.entries(enumObject).filter(([, value]) => typeof value === 'number'));
}

describe('request codes (cloud_extension_stub.js:47-84)', () => {
  it('CloudService: ConnectShareCenter 0 … Unsubscribe 7', () => {
    assert.deepEqual(forward(codes.CloudServiceCode), {
      ConnectShareCenter: 0,
      ConnectAssetLoader: 1,
      ConnectDatabase: 2,
      GetAppBriefInfo: 3,
      GetServiceInfo: 4,
      GetAppSchema: 5,
      Subscribe: 6,
      Unsubscribe: 7
    });
  });

  it('ShareCenter: Share 0 … ChangeConfirmation 7', () => {
    assert.deepEqual(forward(codes.ShareCenterCode), {
      Share: 0,
      Unshare: 1,
      Exit: 2,
      ChangePrivilege: 3,
      QueryParticipants: 4,
      QueryParticipantsByInvitation: 5,
      ConfirmInvitation: 6,
      ChangeConfirmation: 7
    });
  });

  it('CloudDB: GenerateIds 0 … Heartbeat 7 (Unlock 6 before Heartbeat 7)', () => {
    assert.deepEqual(forward(codes.CloudDbCode), {
      GenerateIds: 0,
      Insert: 1,
      Update: 2,
      Delete: 3,
      Query: 4,
      Lock: 5,
      Unlock: 6,
      Heartbeat: 7
    });
  });

  it('AssetLoader: Download 0, Upload 1', () => {
    assert.deepEqual(forward(codes.AssetLoaderCode), { Download: 0, Upload: 1 });
  });
});

describe('ErrorCode (cloud_extension_stub.js:37-46)', () => {
  it('has the device values and reverse entries, numbers first', () => {
    assert.deepEqual(Object.keys(codes.ErrorCode), [
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      'SUCCESS',
      'UNKNOWN_ERROR',
      'NETWORK_ERROR',
      'CLOUD_DISABLED',
      'LOCKED_BY_OTHERS',
      'RECORD_LIMIT_EXCEEDED',
      'NO_SPACE_FOR_ASSET'
    ]);
    assert.deepEqual(forward(codes.ErrorCode), {
      SUCCESS: 0,
      UNKNOWN_ERROR: 1,
      NETWORK_ERROR: 2,
      CLOUD_DISABLED: 3,
      LOCKED_BY_OTHERS: 4,
      RECORD_LIMIT_EXCEEDED: 5,
      NO_SPACE_FOR_ASSET: 6
    });
    assert.equal(codes.ErrorCode[4], 'LOCKED_BY_OTHERS');
  });
});

describe('descriptors and wait times', () => {
  it('uses the factories’ descriptors (cloud_extension_stub.js:900, 906, 912, 918)', () => {
    assert.deepEqual(codes.Descriptor, {
      CloudService: 'CloudServiceProxy',
      CloudDB: 'CloudDbProxy',
      AssetLoader: 'AssetLoaderProxy',
      ShareCenter: 'ShareCenterProxy'
    });
  });

  it('uses the stubs’ wait times (cloud_extension_stub.js:93, 299, 612, 686)', () => {
    assert.deepEqual(codes.WaitTime, { CloudService: 1000, CloudDB: 1500, AssetLoader: 500, ShareCenter: 1500 });
  });
});
