// Pins src/modules/kit.BasicServicesKit.ts: on the device `BusinessError` is an interface
// (interface_sdk-js api/@ohos.base.d.ts:137), re-exported by kits/@kit.BasicServicesKit.d.ts as a
// type, so the kit has no `BusinessError` value at run time; none of the kit's modules that
// carry values is implemented by the harness, so the module object is empty.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import * as namespace from 'ohos-cloud-extension-harness/modules/@kit.BasicServicesKit';

const require = createRequire(import.meta.url);
const kit = require('ohos-cloud-extension-harness/modules/@kit.BasicServicesKit');

describe('@kit.BasicServicesKit', () => {
  it('has no BusinessError value, as on the device', () => {
    assert.deepEqual(Object.keys(kit), []);
    assert.equal(kit.BusinessError, undefined);
    assert.equal('BusinessError' in namespace, false);
  });

  it('resolves through the register, so a type-only import in vendor code costs nothing at run time', () => {
    const program = "import kit from '@kit.BasicServicesKit'; console.log(JSON.stringify(Object.keys(kit)));";
    const child = spawnSync(process.execPath, ['--import', 'ohos-cloud-extension-harness/register', '--input-type=module', '-e', program], {
      encoding: 'utf8',
      timeout: 30000
    });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout.trim(), '[]');
  });
});
