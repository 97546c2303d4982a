// Pins src/register/resolution.ts in a child process each (it changes how the process loads
// modules): mappings added at run time reach require and import, the platform modules resolve,
// and a device-only import that is neither fails with UnmappedModuleError.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resolution = path.join(harness, 'dist/register/resolution.js');

/** Runs `code` as an ES module in a child process and gives its status and output. */
function run(code) {
  const env = { ...process.env };
  delete env.OHOS_HARNESS_MODULES;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: harness, encoding: 'utf8', timeout: 30000, env });
}

describe('resolution', () => {
  it('serves a mapping added after the hooks were registered, to import and to require', () => {
    const child = run(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const { installResolution, mapModules } = require(${JSON.stringify(resolution)});
      installResolution();
      const rpc = await import('@ohos.rpc');
      mapModules({ 'libfake.so': 'libentry.js' }, ${JSON.stringify(path.join(harness, 'fixtures/register/resolution'))});
      const imported = await import('libfake.so');
      const required = require('libfake.so');
      console.log(JSON.stringify({ rpc: typeof rpc.default.MessageSequence, imported: imported.default.answer, same: imported.default === required }));
    `);
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { rpc: 'function', imported: 42, same: true });
  });

  it('fails a device-only import that is neither emulated nor mapped with UnmappedModuleError, for require', () => {
    const child = run(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const { installResolution, UnmappedModuleError } = require(${JSON.stringify(resolution)});
      installResolution();
      try { require('@ohos.multimedia.camera'); } catch (error) {
        console.log(JSON.stringify({ unmapped: error instanceof UnmappedModuleError, code: error.code, specifier: error.specifier, message: error.message }));
      }
    `);
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), {
      unmapped: true,
      code: 'MODULE_NOT_FOUND',
      specifier: '@ohos.multimedia.camera',
      message:
        "the extension imports '@ohos.multimedia.camera', which the harness does not emulate; map it to a fake of yours with OHOS_HARNESS_MODULES='@ohos.multimedia.camera=<file>'"
    });
  });

  it('lets a mapping replace a module the harness emulates', () => {
    const child = run(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const { mapModules } = require(${JSON.stringify(resolution)});
      mapModules({ '@ohos.rpc': ${JSON.stringify(path.join(harness, 'fixtures/register/resolution/libentry.js'))} });
      console.log(JSON.stringify({ required: require('@ohos.rpc').answer, imported: (await import('@ohos.rpc')).default.answer }));
    `);
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { required: 42, imported: 42 });
  });
});
