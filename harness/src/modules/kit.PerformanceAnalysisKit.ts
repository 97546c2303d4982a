/**
 * `@kit.PerformanceAnalysisKit` as far as the harness implements it: `{ hilog }`
 * (interface_sdk-js kits/@kit.PerformanceAnalysisKit.d.ts re-exports the `@ohos.hilog` module as
 * `hilog`).
 *
 * @packageDocumentation
 */
import hilog = require('./ohos.hilog');

export = { hilog };
