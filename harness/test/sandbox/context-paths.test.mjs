// Pins src/sandbox/context-paths.ts: the folders a context names (PLATFORM-MODULES §5).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const { contextPaths } = require('../../dist/sandbox/context-paths.js');

describe('contextPaths', () => {
  it('gives module-level folders under haps/<module> for EL2', () => {
    assert.deepEqual(contextPaths('entry', 1), {
      filesDir: '/data/storage/el2/base/haps/entry/files',
      cacheDir: '/data/storage/el2/base/haps/entry/cache',
      tempDir: '/data/storage/el2/base/haps/entry/temp',
      preferencesDir: '/data/storage/el2/base/haps/entry/preferences',
      databaseDir: '/data/storage/el2/database/entry',
      distributedFilesDir: '/data/storage/el2/distributedfiles',
      cloudFileDir: '/data/storage/el2/cloud',
      bundleCodeDir: '/data/storage/el1/bundle'
    });
  });

  it('gives the app-level folders without a module', () => {
    const paths = contextPaths(undefined, 1);
    assert.equal(paths.filesDir, '/data/storage/el2/base/files');
    assert.equal(paths.databaseDir, '/data/storage/el2/database');
  });

  it('switches the encryption level with the area, but keeps cloud and distributed files on el2', () => {
    const paths = contextPaths('entry', 3);
    assert.equal(paths.filesDir, '/data/storage/el4/base/haps/entry/files');
    assert.equal(paths.databaseDir, '/data/storage/el4/database/entry');
    assert.equal(paths.distributedFilesDir, '/data/storage/el2/distributedfiles');
    assert.equal(paths.cloudFileDir, '/data/storage/el2/cloud');
    assert.equal(contextPaths('entry', 0).filesDir, '/data/storage/el1/base/haps/entry/files');
  });
});
