// Pins src/register/shared-mappings.ts: what one thread writes, another reads from the same
// memory, the newest write winning; what does not fit is refused.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(harness, 'dist/register/shared-mappings.js');
const { SharedMappings } = require(file);
const { ModuleMappingError } = require(path.join(harness, 'dist/register/module-map.js'));

describe('SharedMappings', () => {
  it('reads nothing before a write, then the newest write', () => {
    const writer = new SharedMappings();
    const reader = new SharedMappings(writer.buffer);
    assert.deepEqual(reader.read(), {});
    writer.write({ 'libentry.so': '/a/libentry.ts' });
    assert.deepEqual(reader.read(), { 'libentry.so': '/a/libentry.ts' });
    writer.write({ 'libentry.so': '/b/libentry.ts', BuildProfile: '/b/BuildProfile.ets' });
    assert.deepEqual(reader.read(), { 'libentry.so': '/b/libentry.ts', BuildProfile: '/b/BuildProfile.ets' });
  });

  it('is read by another thread from the same memory', async () => {
    const writer = new SharedMappings();
    writer.write({ 'libentry.so': '/ü/libentry.ts' });
    const worker = new Worker(
      `const { SharedMappings } = require(${JSON.stringify(file)});
       const { parentPort, workerData } = require('node:worker_threads');
       parentPort.postMessage(new SharedMappings(workerData).read());`,
      { eval: true, workerData: writer.buffer }
    );
    const [read] = await Promise.all([new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))]);
    assert.deepEqual(read, { 'libentry.so': '/ü/libentry.ts' });
    await worker.terminate();
  });

  it('refuses mappings that do not fit, keeping the ones before', () => {
    const writer = new SharedMappings();
    writer.write({ a: '/a' });
    assert.throws(
      () => writer.write({ big: 'x'.repeat(300 * 1024) }),
      (error) => error instanceof ModuleMappingError && /more than the 262144 they may/.test(error.message)
    );
    assert.deepEqual(new SharedMappings(writer.buffer).read(), { a: '/a' });
  });
});
