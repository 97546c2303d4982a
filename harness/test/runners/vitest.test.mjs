// Runs the vitest fixture (fixtures/runners/vitest) in a child process: vendor-style tests that
// import '@ohos.rpc', '@kit.IPCKit' and a faked 'libentry.so' through the preset's resolve.alias
// must pass against the harness. Then pins the preset (src/runners/vitest.ts) itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/runners/vitest');
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

describe('vitest with the preset in resolve.alias', () => {
  it('runs the fixture tests against the harness modules and passes them all', () => {
    const child = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.config.mjs', '--reporter', 'json'], {
      cwd: fixture,
      encoding: 'utf8',
      timeout: 120000,
      env: { ...process.env, CI: '1', NO_COLOR: '1' }
    });
    assert.equal(child.status, 0, child.stdout + child.stderr);
    const start = child.stdout.indexOf('{');
    const report = JSON.parse(child.stdout.slice(start));
    assert.equal(report.success, true);
    assert.equal(report.numFailedTests, 0);
    assert.equal(report.numPassedTests, 4);
    const titles = report.testResults.flatMap((file) => file.assertionResults.map((test) => test.title));
    assert.deepEqual(titles.sort(), [
      'adds through the fake of the native library',
      'gets the same module through the kit',
      'keeps the device checks',
      'round-trips an int, a long and a string'
    ]);
  });
});

describe('the vitest preset (ohos-cloud-extension-harness/vitest)', () => {
  const { harnessAlias } = require('ohos-cloud-extension-harness/vitest');
  const { PLATFORM_MODULES } = require('../../dist/register/module-list.js');

  it('aliases exactly each platform module of the list to its subpath of the package', () => {
    const alias = harnessAlias();
    assert.deepEqual(
      alias.map((entry) => entry.replacement),
      PLATFORM_MODULES.map((module) => `ohos-cloud-extension-harness/modules/${module.specifier}`)
    );
    const rpc = alias.find((entry) => entry.replacement.endsWith('/@ohos.rpc'));
    assert.ok(rpc.find.test('@ohos.rpc'));
    assert.ok(!rpc.find.test('@ohos.rpcx'));
    assert.ok(!rpc.find.test('@ohos.rpc/extra'));
    assert.ok(!rpc.find.test('@ohosxrpc'));
  });

  it("puts the vendor's fakes first, with their files made absolute", () => {
    const alias = harnessAlias({ 'libentry.so': 'test/fakes/libentry.ts' });
    assert.ok(alias[0].find.test('libentry.so'));
    assert.ok(!alias[0].find.test('libentryXso'));
    assert.equal(alias[0].replacement, path.resolve('test/fakes/libentry.ts'));
    assert.equal(alias.length, PLATFORM_MODULES.length + 1);
  });
});
