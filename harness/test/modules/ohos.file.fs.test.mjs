// Pins src/modules/ohos.file.fs.ts: @ohos.file.fs over the sandbox, with the device's traps
// (PLATFORM-MODULES §2, §9): errors are Errors with a numeric 139000xx code, mkdir(p, true) on an
// existing folder fails, rmdir is recursive, access is false only for ENOENT, stat times are
// seconds, listFile's recursive form lists files only as "/rel" paths.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fs from 'ohos-cloud-extension-harness/modules/@ohos.file.fs';
import { fileIo } from 'ohos-cloud-extension-harness/modules/@kit.CoreFileKit';
import { Sandbox, setCurrentSandbox } from 'ohos-cloud-extension-harness';

const FILES = '/data/storage/el2/base/haps/entry/files';
let sandbox;
before(() => {
  sandbox = Sandbox.create({ bundleName: 'com.example.vendor' });
  setCurrentSandbox(sandbox);
  mkdirSync(sandbox.hostPath(FILES), { recursive: true });
});
after(() => {
  setCurrentSandbox(undefined);
  sandbox.dispose();
});

const code = (expected) => (error) => {
  assert.ok(error instanceof Error, 'a real Error');
  assert.equal(typeof error.code, 'number');
  assert.equal(error.code, expected, `${error.code} ${error.message}`);
  return true;
};

describe('@ohos.file.fs', () => {
  it('is the same module object as fileIo of @kit.CoreFileKit', () => {
    assert.equal(fileIo, fs);
    assert.equal(fs.OpenMode.READ_WRITE | fs.OpenMode.CREATE | fs.OpenMode.TRUNC, 0o1102);
  });

  it('writes and reads a file through open/write/read/close into the sandbox folder', () => {
    const file = fs.openSync(`${FILES}/a.bin`, fs.OpenMode.READ_WRITE | fs.OpenMode.CREATE | fs.OpenMode.TRUNC);
    assert.equal(file.path, `${FILES}/a.bin`);
    assert.equal(file.name, 'a.bin');
    assert.equal(file.getParent(), FILES);
    assert.equal(fs.writeSync(file.fd, new Uint8Array([1, 2, 3, 4]).buffer), 4);
    assert.equal(fs.writeSync(file.fd, 'é'), 2);
    const buffer = new ArrayBuffer(10);
    assert.equal(fs.readSync(file.fd, buffer, { offset: 1 }), 5);
    assert.deepEqual([...new Uint8Array(buffer, 0, 5)], [2, 3, 4, 0xc3, 0xa9]);
    fs.closeSync(file);
    assert.deepEqual([...readFileSync(sandbox.hostPath(`${FILES}/a.bin`))], [1, 2, 3, 4, 0xc3, 0xa9]);
    assert.equal(fs.statSync(`${FILES}/a.bin`).size, 6);
  });

  it('File.path and File.name throw 13900002 once the file is deleted', () => {
    const file = fs.openSync(`${FILES}/gone.txt`, fs.OpenMode.CREATE | fs.OpenMode.WRITE_ONLY);
    assert.equal(file.name, 'gone.txt');
    fs.unlinkSync(`${FILES}/gone.txt`);
    assert.throws(() => file.path, code(13900002));
    assert.throws(() => file.name, code(13900002));
    fs.closeSync(file);
  });

  it('opens a file:// URI of the app as its path', () => {
    writeFileSync(sandbox.hostPath(`${FILES}/u.txt`), 'by uri');
    assert.equal(fs.readTextSync(`file://com.example.vendor${FILES}/u.txt`), 'by uri');
  });

  it('gives promise and callback forms that settle asynchronously', async () => {
    const file = await fs.open(`${FILES}/p.txt`, fs.OpenMode.CREATE | fs.OpenMode.WRITE_ONLY);
    assert.equal(await fs.write(file.fd, 'hello'), 5);
    await fs.close(file);
    assert.equal(await fs.readText(`${FILES}/p.txt`), 'hello');
    const viaCallback = await new Promise((resolve, reject) => {
      void fs.stat(`${FILES}/p.txt`, (error, stat) => (error ? reject(new Error(error.message, { cause: error })) : resolve(stat)));
    });
    assert.equal(viaCallback.size, 5);
    const failure = await new Promise((resolve) => {
      void fs.stat(`${FILES}/none`, (error, stat) => resolve({ error, stat }));
    });
    code(13900002)(failure.error);
    assert.equal(failure.stat, undefined);
    await assert.rejects(fs.stat(`${FILES}/none`), code(13900002));
  });

  it('throws 13900020 synchronously for a bad argument to a promise form', () => {
    assert.throws(() => fs.open(42), code(13900020));
    assert.throws(() => fs.open(`${FILES}/p.txt`, fs.OpenMode.WRITE_ONLY | fs.OpenMode.READ_WRITE), code(13900020));
  });

  it('reports an OS error as an Error with the device code and table message', () => {
    assert.throws(
      () => fs.openSync(`${FILES}/missing.txt`),
      (error) => code(13900002)(error) && error.message === 'No such file or directory'
    );
    assert.throws(() => fs.readTextSync(FILES), code(13900019));
  });

  it('closing a closed file gives 13900008', () => {
    const file = fs.openSync(`${FILES}/p.txt`);
    fs.closeSync(file.fd);
    assert.throws(() => fs.closeSync(file.fd), code(13900008));
  });

  it('mkdir(path, true) on an existing folder fails with 13900015, unlike Node', async () => {
    fs.mkdirSync(`${FILES}/deep/er/still`, true);
    assert.ok(existsSync(sandbox.hostPath(`${FILES}/deep/er/still`)));
    assert.throws(() => fs.mkdirSync(`${FILES}/deep`, true), code(13900015));
    assert.throws(() => fs.mkdirSync(`${FILES}/deep`), code(13900015));
    await assert.rejects(fs.mkdir(`${FILES}/deep`, true), code(13900015));
    assert.throws(() => fs.mkdirSync(`${FILES}/no/parent`, false), code(13900002));
  });

  it('rmdir removes a folder with everything in it', () => {
    fs.mkdirSync(`${FILES}/tree/a`, true);
    writeFileSync(sandbox.hostPath(`${FILES}/tree/a/f`), 'x');
    fs.rmdirSync(`${FILES}/tree`);
    assert.equal(existsSync(sandbox.hostPath(`${FILES}/tree`)), false);
  });

  it('access is false only for a missing path', () => {
    assert.equal(fs.accessSync(`${FILES}/p.txt`), true);
    assert.equal(fs.accessSync(`${FILES}/nothing`), false);
    assert.throws(() => fs.accessSync(`${FILES}/p.txt/below`), code(13900018));
  });

  it('stat gives times in whole seconds, permission bits only, and the type methods', () => {
    const stat = fs.statSync(`${FILES}/p.txt`);
    assert.ok(Number.isInteger(stat.mtime) && Math.abs(stat.mtime - Date.now() / 1000) < 60, String(stat.mtime));
    assert.equal(typeof stat.ino, 'bigint');
    assert.equal(typeof stat.mtimeNs, 'bigint');
    assert.equal(stat.mode & ~0o777, 0, 'permission bits only');
    assert.ok(stat.mode > 0);
    assert.equal(stat.isFile(), true);
    assert.equal(stat.isDirectory(), false);
    assert.equal(fs.statSync(FILES).isDirectory(), true);
  });

  it('listFile: names non-recursively; only files, as "/rel" paths, recursively', () => {
    fs.mkdirSync(`${FILES}/list/sub`, true);
    writeFileSync(sandbox.hostPath(`${FILES}/list/a.jpg`), 'a');
    writeFileSync(sandbox.hostPath(`${FILES}/list/sub/b.jpg`), 'bb');
    writeFileSync(sandbox.hostPath(`${FILES}/list/sub/c.txt`), 'c');
    assert.deepEqual(fs.listFileSync(`${FILES}/list`).sort(), ['a.jpg', 'sub']);
    assert.deepEqual(fs.listFileSync(`${FILES}/list`, { recursion: true }).sort(), ['/a.jpg', '/sub/b.jpg', '/sub/c.txt']);
    assert.deepEqual(fs.listFileSync(`${FILES}/list`, { recursion: true, filter: { suffix: ['.jpg'] } }).sort(), ['/a.jpg', '/sub/b.jpg']);
    assert.deepEqual(fs.listFileSync(`${FILES}/list`, { recursion: true, filter: { fileSizeOver: 1 } }), ['/sub/b.jpg']);
    assert.equal(fs.listFileSync(`${FILES}/list`, { recursion: true, listNum: 1 }).length, 1);
    assert.throws(() => fs.listFileSync(`${FILES}/list/a.jpg`), code(13900018));
  });

  it('readText: offset past the end is 13900020; offset and length pick the bytes', () => {
    writeFileSync(sandbox.hostPath(`${FILES}/t.txt`), 'abcdef');
    assert.equal(fs.readTextSync(`${FILES}/t.txt`, { offset: 2, length: 3 }), 'cde');
    assert.throws(() => fs.readTextSync(`${FILES}/t.txt`, { offset: 7 }), code(13900020));
  });

  it('unlink, rename, copyFile, moveFile and truncate', () => {
    writeFileSync(sandbox.hostPath(`${FILES}/m1`), '12345');
    fs.copyFileSync(`${FILES}/m1`, `${FILES}/m2`);
    fs.truncateSync(`${FILES}/m2`, 2);
    assert.equal(fs.readTextSync(`${FILES}/m2`), '12');
    fs.renameSync(`${FILES}/m2`, `${FILES}/m3`);
    assert.throws(() => fs.moveFileSync(`${FILES}/m1`, `${FILES}/m3`, 1), code(13900015));
    fs.moveFileSync(`${FILES}/m1`, `${FILES}/m3`);
    assert.equal(fs.readTextSync(`${FILES}/m3`), '12345');
    fs.unlinkSync(`${FILES}/m3`);
    assert.equal(fs.accessSync(`${FILES}/m3`), false);
    assert.throws(() => fs.unlinkSync(FILES), code(13900019));
  });

  it('never reaches a host file: ".." stops at the device root, a symlink out resolves inside', () => {
    const host = path.join(sandbox.root, '..', 'i14-host-secret.txt');
    assert.throws(() => fs.readTextSync(`${FILES}/../../../../../../../..${host}`), code(13900002));
    symlinkSync('/etc/hostname', sandbox.hostPath(`${FILES}/link`));
    assert.throws(() => fs.readTextSync(`${FILES}/link`), code(13900002));
    assert.equal(fs.lstatSync(`${FILES}/link`).isSymbolicLink(), true);
    symlinkSync(`${FILES}/loop`, sandbox.hostPath(`${FILES}/loop`));
    assert.throws(() => fs.statSync(`${FILES}/loop`), code(13900033));
  });
});
