// Pins src/modules/ohos.data.preferences.ts (PLATFORM-MODULES §6): one cached instance per file,
// values kept in memory until flush, flush persisting to <context.preferencesDir>/<name> in the
// context's sandbox, get falling back to the default on a missing key or a type that differs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, describe, it } from 'node:test';
import preferences from 'ohos-cloud-extension-harness/modules/@ohos.data.preferences';
import { preferences as kitPreferences } from 'ohos-cloud-extension-harness/modules/@kit.ArkData';
import { Sandbox } from 'ohos-cloud-extension-harness';

const require = createRequire(import.meta.url);
const { createServiceExtensionContext } = require('../../dist/modules/ability/context.js');

const sandbox = Sandbox.create({ bundleName: 'com.example.vendor' });
after(() => sandbox.dispose());
const context = createServiceExtensionContext(sandbox, 'Ext');
const fileOf = (name) => sandbox.hostPath(`/data/storage/el2/base/haps/entry/preferences/${name}`);
const code = (expected) => (error) => error instanceof Error && error.code === expected;

describe('@ohos.data.preferences', () => {
  it('is preferences of @kit.ArkData', () => {
    assert.equal(kitPreferences, preferences);
  });

  it('keeps puts in memory until flush, then writes <preferencesDir>/<name>', async () => {
    const store = await preferences.getPreferences(context, 'cloud_auth');
    await store.put('token', 'abc');
    assert.equal(await store.get('token', ''), 'abc');
    assert.equal(existsSync(fileOf('cloud_auth')), false, 'nothing on disk before flush');
    await store.flush();
    assert.ok(existsSync(fileOf('cloud_auth')));
    assert.match(readFileSync(fileOf('cloud_auth'), 'utf8'), /"token"/);
  });

  it('gives the cached instance for the same name, and a fresh one that reads the file after removal from the cache', async () => {
    const first = await preferences.getPreferences(context, 'cloud_auth');
    assert.equal(await preferences.getPreferences(context, { name: 'cloud_auth' }), first);
    assert.equal(preferences.getPreferencesSync(context, { name: 'cloud_auth' }), first);
    first.putSync('unflushed', 1);
    await preferences.removePreferencesFromCache(context, 'cloud_auth');
    const second = preferences.getPreferencesSync(context, { name: 'cloud_auth' });
    assert.notEqual(second, first);
    assert.equal(second.getSync('token', ''), 'abc', 'flushed values survive');
    assert.equal(second.hasSync('unflushed'), false, 'unflushed ones do not');
  });

  it('get returns the default for a missing key or a stored value of another type', async () => {
    const store = preferences.getPreferencesSync(context, { name: 'types' });
    store.putSync('n', 5);
    store.putSync('list', ['a', 'b']);
    store.putSync('bytes', new Uint8Array([1, 2]));
    store.putSync('big', 12n);
    assert.equal(store.getSync('n', 0), 5);
    assert.equal(store.getSync('n', 'x'), 'x', 'a string default for a number');
    assert.equal(store.getSync('missing', 7), 7);
    assert.deepEqual(store.getSync('list', []), ['a', 'b']);
    assert.deepEqual(store.getSync('bytes', new Uint8Array()), new Uint8Array([1, 2]));
    assert.equal(store.getSync('big', 0n), 12n);
    store.flushSync();
    await preferences.removePreferencesFromCache(context, 'types');
    const again = preferences.getPreferencesSync(context, { name: 'types' });
    assert.deepEqual(again.getSync('bytes', new Uint8Array()), new Uint8Array([1, 2]), 'bytes survive the file');
    assert.equal(again.getSync('big', 0n), 12n, 'bigints survive the file');
    assert.deepEqual(await again.getAll(), { n: 5, list: ['a', 'b'], bytes: new Uint8Array([1, 2]), big: 12n });
  });

  it('with GSKV storage, writes at once instead of waiting for flush', () => {
    const store = preferences.getPreferencesSync(context, { name: 'direct', storageType: preferences.StorageType.GSKV });
    store.putSync('k', 'v');
    assert.match(readFileSync(fileOf('direct'), 'utf8'), /"k"/);
  });

  it('delete, clear, has, and change events on flush', async () => {
    const store = await preferences.getPreferences(context, 'events');
    const changed = [];
    store.on('change', (key) => changed.push(key));
    await store.put('a', 1);
    await store.put('b', 2);
    await store.delete('a');
    assert.equal(await store.has('a'), false);
    assert.equal(await store.has('b'), true);
    await store.flush();
    assert.deepEqual(changed.sort(), ['a', 'b']);
    await store.clear();
    assert.deepEqual(await store.getAll(), {});
  });

  it('calls back with (err, value) in the callback form', async () => {
    const store = await new Promise((resolve, reject) => {
      void preferences.getPreferences(context, 'cb', (error, value) =>
        error ? reject(new Error(error.message, { cause: error })) : resolve(value)
      );
    });
    await new Promise((resolve) => store.put('k', 'v', resolve));
    const value = await new Promise((resolve) => store.get('k', '', (error, got) => resolve(got)));
    assert.equal(value, 'v');
  });

  it('refuses a bad name or key with 401', () => {
    assert.throws(() => preferences.getPreferencesSync(context, { name: '' }), code(401));
    assert.throws(() => preferences.getPreferencesSync(context, { name: 'a/b' }), code(401));
    assert.throws(() => preferences.getPreferencesSync(context, { name: 'x'.repeat(256) }), code(401));
    const store = preferences.getPreferencesSync(context, { name: 'keys' });
    assert.throws(() => store.putSync('', 1), code(401));
    assert.throws(() => store.putSync('k'.repeat(1025), 1), code(401));
  });

  it('deletePreferences removes the cached instance and the file', async () => {
    const store = await preferences.getPreferences(context, 'gone');
    await store.put('x', 1);
    await store.flush();
    assert.ok(existsSync(fileOf('gone')));
    await preferences.deletePreferences(context, 'gone');
    assert.equal(existsSync(fileOf('gone')), false);
    assert.notEqual(await preferences.getPreferences(context, 'gone'), store);
  });
});
