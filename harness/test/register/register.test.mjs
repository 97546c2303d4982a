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

/** Runs `node <flags> <program>` in the fixtures folder, with `env` added to the environment. */
function run(flags, program, env = {}) {
  const childEnv = { ...process.env, ...env };
  delete childEnv.OHOS_HARNESS_MODULES;
  Object.assign(childEnv, env);
  return spawnSync(process.execPath, [...flags, program], { cwd: fixtures, encoding: 'utf8', timeout: 30000, env: childEnv });
}

/** The fakes of fixtures/register/fakes, as the environment variable maps them. */
const fakes = { OHOS_HARNESS_MODULES: 'libentry.so=fakes/libentry.ts,BuildProfile=fakes/BuildProfile.ets' };

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

  it('fails a device module it does not implement with one line naming the variable that maps it', () => {
    const message =
      "the extension imports '@ohos.multimedia.camera', which the harness does not emulate; " +
      "map it to a fake of yours with OHOS_HARNESS_MODULES='@ohos.multimedia.camera=<file>'";
    for (const [flag, program] of [
      ['--import', 'unknown-module.mjs'],
      ['--require', 'unknown-module.cjs']
    ]) {
      const child = run([flag, 'ohos-cloud-extension-harness/register'], program);
      assert.notEqual(child.status, 0, program);
      assert.ok(child.stderr.includes(message), `${program}: ${child.stderr}`);
    }
  });

  it("leaves a missing npm package to Node's own error, without the hint", () => {
    const esm = run(['--import', 'ohos-cloud-extension-harness/register'], 'missing-package.mjs');
    assert.notEqual(esm.status, 0);
    assert.match(esm.stderr, /ERR_MODULE_NOT_FOUND/);
    assert.match(esm.stderr, /Cannot find package 'no-such-package-of-the-harness'/);
    assert.doesNotMatch(esm.stderr, /does not emulate/);
    const cjs = run(['--require', 'ohos-cloud-extension-harness/register'], 'missing-package.cjs');
    assert.notEqual(cjs.status, 0);
    assert.match(cjs.stderr, /Cannot find module 'no-such-package-of-the-harness'/);
    assert.doesNotMatch(cjs.stderr, /does not emulate/);
  });

  it('maps a native library and BuildProfile to TypeScript and ArkTS fakes from OHOS_HARNESS_MODULES, for import and require', () => {
    for (const [flag, program] of [
      ['--import', 'mapped.mjs'],
      ['--require', 'mapped.cjs'],
      ['--require', 'mapped.mjs'],
      ['--import', 'mapped.cjs']
    ]) {
      const child = run([flag, 'ohos-cloud-extension-harness/register'], program, fakes);
      assert.equal(child.status, 0, `${flag} ${program}: ${child.stderr}`);
      assert.deepEqual(JSON.parse(child.stdout), { sum: 5, bundle: 'com.example.fake' }, `${flag} ${program}`);
    }
  });

  it('needs the mapping: without it the fakes are not found', () => {
    const child = run(['--import', 'ohos-cloud-extension-harness/register'], 'mapped.mjs');
    assert.notEqual(child.status, 0);
    assert.ok(child.stderr.includes("the extension imports 'libentry.so', which the harness does not emulate"), child.stderr);
  });

  it('exits 2 with one line for a mapping that is not spec=file, or names no file', () => {
    for (const [value, message] of [
      [
        'libentry.so',
        'ohos-cloud-extension-harness/register: OHOS_HARNESS_MODULES: a module mapping must be <specifier>=<file>, got "libentry.so"\n'
      ],
      [
        'libentry.so=fakes/nowhere.ts',
        "ohos-cloud-extension-harness/register: OHOS_HARNESS_MODULES: cannot find fakes/nowhere.ts, the file mapped to 'libentry.so'\n"
      ]
    ]) {
      const child = run(['--import', 'ohos-cloud-extension-harness/register'], 'app.mjs', { OHOS_HARNESS_MODULES: value });
      assert.equal(child.status, 2, child.stderr);
      assert.equal(child.stderr, message);
      assert.equal(child.stdout, '');
    }
  });

  it("runs a vendor's TypeScript unit test with node --import register --test, no build step", () => {
    const project = path.join(fixtures, 'ts-project');
    const env = { ...process.env, OHOS_HARNESS_MODULES: 'libentry.so=fakes/libentry.ts' };
    // Without NODE_TEST_CONTEXT the child reports in TAP, not to this runner.
    delete env.NODE_TEST_CONTEXT;
    const child = spawnSync(
      process.execPath,
      ['--import', 'ohos-cloud-extension-harness/register', '--test', '--test-reporter=tap', 'test/extension.test.ts'],
      { cwd: project, encoding: 'utf8', timeout: 60000, env }
    );
    assert.equal(child.status, 0, child.stdout + child.stderr);
    assert.match(child.stdout, /^# pass 2$/m);
    assert.match(child.stdout, /^# fail 0$/m);
  });

  it('lists the specifiers it serves and maps each to an existing module file', () => {
    const { registeredSpecifiers } = require('ohos-cloud-extension-harness/register');
    const { moduleFileOf } = require('../../dist/register/module-files.js');
    assert.deepEqual([...registeredSpecifiers].sort(), [
      '@kit.AbilityKit',
      '@kit.ArkData',
      '@kit.ArkTS',
      '@kit.BasicServicesKit',
      '@kit.CoreFileKit',
      '@kit.IPCKit',
      '@kit.NetworkKit',
      '@kit.PerformanceAnalysisKit',
      '@ohos.app.ability.ServiceExtensionAbility',
      '@ohos.app.ability.Want',
      '@ohos.buffer',
      '@ohos.data.cloudData',
      '@ohos.data.cloudExtension',
      '@ohos.data.preferences',
      '@ohos.data.relationalStore',
      '@ohos.file.fileuri',
      '@ohos.file.fs',
      '@ohos.hilog',
      '@ohos.net.http',
      '@ohos.rpc',
      '@ohos.util'
    ]);
    for (const specifier of registeredSpecifiers) {
      assert.ok(require(moduleFileOf(specifier)) !== undefined, specifier);
    }
    assert.equal(moduleFileOf('@ohos.multimedia.camera'), undefined);
    assert.equal(moduleFileOf('@ohos.rpc/extra'), undefined);
  });
});
