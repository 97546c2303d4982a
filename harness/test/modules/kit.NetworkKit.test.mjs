// Pins src/modules/kit.NetworkKit.ts: { http } with named ESM imports (kits/@kit.NetworkKit.d.ts).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { http } from 'ohos-cloud-extension-harness/modules/@kit.NetworkKit';
import kit from 'ohos-cloud-extension-harness/modules/@kit.NetworkKit';

const require = createRequire(import.meta.url);

describe('@kit.NetworkKit', () => {
  it('exports the @ohos.net.http module object as http, by name and by default', () => {
    assert.equal(http, require('ohos-cloud-extension-harness/modules/@ohos.net.http'));
    assert.deepEqual(Object.keys(kit), ['http']);
    assert.equal(kit.http, http);
  });
});
