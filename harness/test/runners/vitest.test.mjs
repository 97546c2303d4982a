// Runs the vitest fixture (fixtures/runners/vitest) in a child process: a vendor-style test that
// imports '@ohos.rpc' and '@kit.IPCKit' through resolve.alias must pass against the harness.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/runners/vitest');
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

describe('vitest with resolve.alias', () => {
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
    assert.equal(report.numPassedTests, 3);
    const titles = report.testResults.flatMap((file) => file.assertionResults.map((test) => test.title));
    assert.deepEqual(titles.sort(), [
      'gets the same module through the kit',
      'keeps the device checks',
      'round-trips an int, a long and a string'
    ]);
  });
});
