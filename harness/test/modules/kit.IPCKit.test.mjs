// Pins src/modules/kit.IPCKit.ts: { rpc } with named ESM imports (kits/@kit.IPCKit.d.ts).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { rpc } from 'ohos-cloud-extension-harness/modules/@kit.IPCKit';
import kit from 'ohos-cloud-extension-harness/modules/@kit.IPCKit';

const require = createRequire(import.meta.url);

describe('@kit.IPCKit', () => {
  it('exports the @ohos.rpc module object as rpc, by name and by default', () => {
    assert.equal(rpc, require('ohos-cloud-extension-harness/modules/@ohos.rpc'));
    assert.deepEqual(Object.keys(kit), ['rpc']);
    assert.equal(kit.rpc, rpc);
  });
});
