// Pins src/register/register.ts and hooks.mts end to end: `node --import` and `node --require`
// with the register make the device's module names resolve, in child processes running the
// fixture programs of fixtures/register/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/register');

/** Runs `node <flags> <program>` in the fixtures folder. */
function run(flags, program) {
  return spawnSync(process.execPath, [...flags, program], { cwd: fixtures, encoding: 'utf8', timeout: 30000 });
}

const expected = {
  int: 7,
  text: 'round trip',
  sameRpc: true,
  sameAbility: true,
  want: 'function',
  inviter: 0,
  normal: 1,
  cloudExtension: 'object'
};

describe('register', () => {
  it('resolves the platform modules for import with --import', () => {
    const child = run(['--import', 'ohos-cloud-extension-harness/register'], 'app.mjs');
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), expected);
  });

  it('resolves the platform modules for require with --require', () => {
    const child = run(['--require', 'ohos-cloud-extension-harness/register'], 'app.cjs');
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), expected);
  });

  it('also serves import when registered with --require, and require when registered with --import', () => {
    const esm = run(['--require', 'ohos-cloud-extension-harness/register'], 'app.mjs');
    assert.equal(esm.status, 0, esm.stderr);
    assert.deepEqual(JSON.parse(esm.stdout), expected);
    const cjs = run(['--import', 'ohos-cloud-extension-harness/register'], 'app.cjs');
    assert.equal(cjs.status, 0, cjs.stderr);
    assert.deepEqual(JSON.parse(cjs.stdout), expected);
  });

  it('fails without the register, so the fixtures really depend on it', () => {
    const child = run([], 'app.mjs');
    assert.notEqual(child.status, 0);
    // Node refuses '@ohos.rpc' as a package name (no '/' after the scope).
    assert.match(child.stderr, /ERR_INVALID_MODULE_SPECIFIER|ERR_MODULE_NOT_FOUND/);
    assert.match(child.stderr, /@ohos\.rpc/);
  });

  it("leaves modules it does not implement to Node's own error", () => {
    const esm = run(['--import', 'ohos-cloud-extension-harness/register'], 'unknown-module.mjs');
    assert.notEqual(esm.status, 0);
    assert.match(esm.stderr, /ERR_INVALID_MODULE_SPECIFIER|ERR_MODULE_NOT_FOUND/);
    assert.match(esm.stderr, /@ohos\.multimedia\.camera/);
    const cjs = run(['--require', 'ohos-cloud-extension-harness/register'], 'unknown-module.cjs');
    assert.notEqual(cjs.status, 0);
    assert.match(cjs.stderr, /Cannot find module '@ohos\.multimedia\.camera'/);
  });

  it('lists the specifiers it serves and maps each to an existing module file', () => {
    const { registeredSpecifiers } = require('ohos-cloud-extension-harness/register');
    const { moduleFileOf } = require('../../dist/register/module-files.js');
    assert.deepEqual([...registeredSpecifiers].sort(), [
      '@kit.AbilityKit',
      '@kit.ArkData',
      '@kit.CoreFileKit',
      '@kit.IPCKit',
      '@ohos.app.ability.ServiceExtensionAbility',
      '@ohos.app.ability.Want',
      '@ohos.data.cloudData',
      '@ohos.data.cloudExtension',
      '@ohos.data.preferences',
      '@ohos.data.relationalStore',
      '@ohos.file.fileuri',
      '@ohos.file.fs',
      '@ohos.rpc'
    ]);
    for (const specifier of registeredSpecifiers) {
      assert.ok(require(moduleFileOf(specifier)) !== undefined, specifier);
    }
    assert.equal(moduleFileOf('@ohos.multimedia.camera'), undefined);
    assert.equal(moduleFileOf('@ohos.rpc/extra'), undefined);
  });
});
