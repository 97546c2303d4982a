/**
 * `@kit.IPCKit` as far as the harness implements it: `{ rpc }` (interface_sdk-js
 * kits/@kit.IPCKit.d.ts re-exports the `@ohos.rpc` module as `rpc`).
 *
 * @packageDocumentation
 */
import rpc = require('./ohos.rpc');

export = { rpc };
