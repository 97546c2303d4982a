// Pins src/sandbox/sandbox.ts: device paths and file:// URIs map into one host folder, as if that
// folder were the device's "/", and nothing a path or a symlink says leads out of it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Sandbox, SandboxPathError } from 'ohos-cloud-extension-harness';

const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'i14-outside-')));
writeFileSync(path.join(outside, 'secret.txt'), 'host secret');
after(() => rmSync(outside, { recursive: true, force: true }));

describe('Sandbox', () => {
  it('maps a device path under its root, and back', () => {
    const sandbox = Sandbox.create({ bundleName: 'com.example.vendor' });
    try {
      const host = sandbox.hostPath('/data/storage/el2/base/haps/entry/files/a.jpg');
      assert.equal(host, path.join(sandbox.root, 'data/storage/el2/base/haps/entry/files/a.jpg'));
      assert.equal(sandbox.devicePathOfHost(host), '/data/storage/el2/base/haps/entry/files/a.jpg');
      assert.equal(sandbox.devicePathOfHost(outside), undefined);
    } finally {
      sandbox.dispose();
    }
  });

  it('reads a file:// URI of its own bundle as the path it carries, percent-decoded', () => {
    const sandbox = Sandbox.create({ bundleName: 'com.example.vendor' });
    try {
      assert.equal(
        sandbox.devicePath('file://com.example.vendor/data/storage/el2/base/%E6%96%87%20a.txt'),
        '/data/storage/el2/base/文 a.txt'
      );
      assert.equal(sandbox.uriOf('/data/storage/el2/base/文 a.txt'), 'file://com.example.vendor/data/storage/el2/base/%E6%96%87%20a.txt');
    } finally {
      sandbox.dispose();
    }
  });

  it('keeps ".." at the device root, so it never climbs out of the folder', () => {
    const sandbox = Sandbox.create();
    try {
      const host = sandbox.hostPath(`/data/storage/../../../../..${outside}/secret.txt`);
      assert.ok(host.startsWith(sandbox.root + path.sep), host);
      assert.equal(sandbox.devicePath('data/storage/./el2//base/'), '/data/storage/el2/base');
    } finally {
      sandbox.dispose();
    }
  });

  it('resolves a symlink as the device would, inside the sandbox: an absolute target is a device path', () => {
    const sandbox = Sandbox.create();
    try {
      const base = path.join(sandbox.root, 'data/storage/el2/base');
      mkdirSync(base, { recursive: true });
      symlinkSync(path.join(outside, 'secret.txt'), path.join(base, 'escape'));
      symlinkSync('../../../../../../../..', path.join(base, 'up'));
      symlinkSync('/data/storage/el2/base/real.txt', path.join(base, 'inside'));
      writeFileSync(path.join(base, 'real.txt'), 'inside');
      const escape = sandbox.hostPath('/data/storage/el2/base/escape');
      assert.equal(escape, path.join(sandbox.root, outside, 'secret.txt'));
      assert.equal(existsSync(escape), false);
      assert.equal(sandbox.hostPath('/data/storage/el2/base/up/etc'), path.join(sandbox.root, 'etc'));
      assert.equal(sandbox.hostPath('/data/storage/el2/base/inside'), path.join(base, 'real.txt'));
      assert.equal(sandbox.hostPath('/data/storage/el2/base/inside', { followLast: false }), path.join(base, 'inside'));
    } finally {
      sandbox.dispose();
    }
  });

  it('refuses a symlink loop with ELOOP', () => {
    const sandbox = Sandbox.create();
    try {
      symlinkSync('/b', path.join(sandbox.root, 'a'));
      symlinkSync('/a', path.join(sandbox.root, 'b'));
      assert.throws(
        () => sandbox.hostPath('/a/x'),
        (error) => error instanceof SandboxPathError && error.code === 'ELOOP'
      );
    } finally {
      sandbox.dispose();
    }
  });

  it('deletes a folder it made on dispose, and keeps one it was given', () => {
    const made = Sandbox.create();
    assert.ok(existsSync(made.root));
    made.dispose();
    assert.equal(existsSync(made.root), false);
    const given = mkdtempSync(path.join(tmpdir(), 'i14-given-'));
    const named = Sandbox.create({ root: given });
    named.dispose();
    assert.ok(existsSync(given));
    rmSync(given, { recursive: true });
  });

  it('defaults to the bundle the system connects to and the module entry', () => {
    const sandbox = Sandbox.create();
    try {
      assert.equal(sandbox.bundleName, 'com.example.cloudsync');
      assert.equal(sandbox.moduleName, 'entry');
    } finally {
      sandbox.dispose();
    }
  });
});
