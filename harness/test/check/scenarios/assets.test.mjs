import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'ohos-cloud-extension-harness';
import { makeRecorder } from '../../../fixtures/check/recorder.mjs';

test('download and upload carry the table alias, a gid from generateId, and assets; upload loses the prefix', async () => {
  const recorder = makeRecorder();
  const report = await check(recorder.service, { sharing: false });
  const download = recorder.calls.find((call) => call.name === 'download');
  const upload = recorder.calls.find((call) => call.name === 'upload');
  assert.equal(download.args[0], 'items_cloud');
  assert.equal(download.args[1], 'g0');
  assert.match(download.args[2], /\S/, 'download gets the prefix');
  assert.equal(download.args[3].length, 3);
  assert.deepEqual(Object.keys(download.args[3][0]).sort(), [
    'assetId',
    'createTime',
    'hash',
    'modifyTime',
    'name',
    'path',
    'size',
    'status',
    'uri'
  ]);
  assert.equal(upload.args.length, 3, 'upload(table, gid, assets): the prefix is dropped by the stub');
  assert.equal(upload.args[0], 'items_cloud');
  assert.ok(report.findings.some((f) => f.rule === 'upload-prefix-dropped' && f.severity === 'note'));
  const connect = recorder.calls.find((call) => call.name === 'connectAssetLoader');
  assert.equal(connect.args[1].name, 'recorded.db');
});

// The asset files are real: the check writes each asset before upload and looks for each one
// download says it fetched (asset-file-not-written).
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const path = (await import('node:path')).default;
const cloudExtension = (await import('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension')).default;

/** A recorder whose AssetLoader is replaced by `loader`. */
function withLoader(loader) {
  const recorder = makeRecorder();
  recorder.service.connectAssetLoader = async () => cloudExtension.createAssetLoaderStub(loader);
  return recorder;
}

/** Writes `bytes` bytes at a device path in the sandbox folder `root`. */
function writeDeviceFile(root, devicePath, bytes) {
  const host = path.join(root, devicePath);
  mkdirSync(path.dirname(host), { recursive: true });
  writeFileSync(host, new Uint8Array(bytes));
}

test("upload finds each asset's file in the sandbox, with as many known bytes as its size", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'i14-assets-'));
  try {
    const seen = [];
    const recorder = withLoader({
      async download(table, gid, prefix, assets) {
        for (const asset of assets) writeDeviceFile(folder, asset.path, Number(asset.size));
        return assets.map((value) => ({ code: 0, value }));
      },
      async upload(table, gid, assets) {
        for (const asset of assets) seen.push([asset.size, readFileSync(path.join(folder, asset.path))]);
        return assets.map((value) => ({ code: 0, value: { ...value, assetId: 'a', hash: 'h' } }));
      }
    });
    const report = await check(recorder.service, { sharing: false, sandbox: folder, bundleName: 'com.example.vendor' });
    assert.equal(seen.length, 3);
    for (const [size, bytes] of seen) {
      assert.equal(bytes.length, Number(size));
      assert.equal(bytes[1], (31 + bytes[0]) & 0xff, 'known content');
    }
    assert.equal(report.findings.filter((f) => f.rule === 'asset-file-not-written').length, 0);
    assert.ok(existsSync(folder), 'a named sandbox is kept');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('download: a missing file or a size that differs is asset-file-not-written; a failed asset is not looked at', async () => {
  const recorder = withLoader({
    async download(table, gid, prefix, assets) {
      return assets.map((value, index) => (index === 2 ? { code: 2, value } : { code: 0, value }));
    },
    async upload(table, gid, assets) {
      return assets.map((value) => ({ code: 0, value }));
    }
  });
  const report = await check(recorder.service, { sharing: false });
  const found = report.findings.filter((f) => f.rule === 'asset-file-not-written');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /2 of 2 assets.*"photo-1\.jpg": no file at \/data\/storage\/.*photo-1\.jpg/);
  assert.doesNotMatch(found[0].message, /文档/);

  const sized = withLoader({
    async download(table, gid, prefix, assets) {
      const fs = (await import('ohos-cloud-extension-harness/modules/@ohos.file.fs')).default;
      for (const asset of assets) {
        const parent = asset.path.slice(0, asset.path.lastIndexOf('/'));
        if (!fs.accessSync(parent)) fs.mkdirSync(parent, true);
        const file = fs.openSync(asset.uri, fs.OpenMode.WRITE_ONLY | fs.OpenMode.CREATE);
        fs.writeSync(file.fd, 'short');
        fs.closeSync(file);
      }
      return assets.map((value) => ({ code: 0, value }));
    },
    async upload(table, gid, assets) {
      return assets.map((value) => ({ code: 0, value }));
    }
  });
  const sizedReport = await check(sized.service, { sharing: false });
  const mismatch = sizedReport.findings.find((f) => f.rule === 'asset-file-not-written');
  assert.ok(mismatch, 'a wrong size is reported');
  assert.match(mismatch.message, /holds 5 bytes, the returned size is "1025"/);
});
