// Pins src/modules/ohos.file.fileuri.ts: URIs of the current sandbox's bundle (PLATFORM-MODULES §2.5).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fileUri from 'ohos-cloud-extension-harness/modules/@ohos.file.fileuri';
import { fileUri as kitFileUri } from 'ohos-cloud-extension-harness/modules/@kit.CoreFileKit';
import { Sandbox, setCurrentSandbox } from 'ohos-cloud-extension-harness';

let sandbox;
before(() => {
  sandbox = Sandbox.create({ bundleName: 'com.example.vendor' });
  setCurrentSandbox(sandbox);
});
after(() => {
  setCurrentSandbox(undefined);
  sandbox.dispose();
});

describe('@ohos.file.fileuri', () => {
  it('is fileUri of @kit.CoreFileKit', () => {
    assert.equal(kitFileUri, fileUri);
  });

  it('getUriFromPath: file://<bundle> and the encoded path; a URI unchanged; "../" gives ""', () => {
    assert.equal(fileUri.getUriFromPath('/data/storage/el2/base/a b.jpg'), 'file://com.example.vendor/data/storage/el2/base/a%20b.jpg');
    assert.equal(fileUri.getUriFromPath('file://other/x'), 'file://other/x');
    assert.equal(fileUri.getUriFromPath('/data/storage/../x'), '');
    assert.throws(
      () => fileUri.getUriFromPath(5),
      (error) => error instanceof Error && error.code === 401
    );
  });

  it('FileUri gives the path and name of its URI', () => {
    const uri = new fileUri.FileUri('/data/storage/el2/base/dir/文.txt');
    assert.equal(uri.path, '/data/storage/el2/base/dir/文.txt');
    assert.equal(uri.name, '文.txt');
    assert.equal(uri.getFullDirectoryUri(), 'file://com.example.vendor/data/storage/el2/base/dir');
    assert.equal(uri.toString(), 'file://com.example.vendor/data/storage/el2/base/dir/%E6%96%87.txt');
  });
});
