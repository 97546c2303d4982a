// Pins src/modules/kit.ArkTS.ts: { util, buffer } with named ESM imports (kits/@kit.ArkTS.d.ts).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { buffer, util } from 'ohos-cloud-extension-harness/modules/@kit.ArkTS';
import kit from 'ohos-cloud-extension-harness/modules/@kit.ArkTS';

const require = createRequire(import.meta.url);

describe('@kit.ArkTS', () => {
  it('exports the @ohos.util and @ohos.buffer module objects by name and by default', () => {
    assert.equal(util, require('ohos-cloud-extension-harness/modules/@ohos.util'));
    assert.equal(buffer, require('ohos-cloud-extension-harness/modules/@ohos.buffer'));
    assert.deepEqual(Object.keys(kit), ['util', 'buffer']);
  });
});
