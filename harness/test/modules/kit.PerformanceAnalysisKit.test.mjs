// Pins src/modules/kit.PerformanceAnalysisKit.ts: { hilog } with named ESM imports (kits/@kit.PerformanceAnalysisKit.d.ts).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { hilog } from 'ohos-cloud-extension-harness/modules/@kit.PerformanceAnalysisKit';
import kit from 'ohos-cloud-extension-harness/modules/@kit.PerformanceAnalysisKit';

const require = createRequire(import.meta.url);

describe('@kit.PerformanceAnalysisKit', () => {
  it('exports the @ohos.hilog module object as hilog, by name and by default', () => {
    assert.equal(hilog, require('ohos-cloud-extension-harness/modules/@ohos.hilog'));
    assert.deepEqual(Object.keys(kit), ['hilog']);
    assert.equal(kit.hilog, hilog);
  });
});
