/**
 * `@kit.ArkTS` as far as the harness implements it: `{ util, buffer }` (interface_sdk-js
 * kits/@kit.ArkTS.d.ts re-exports the `@ohos.util` and `@ohos.buffer` modules under those names).
 *
 * @packageDocumentation
 */
import buffer = require('./ohos.buffer');
import util = require('./ohos.util');

export = { util, buffer };
