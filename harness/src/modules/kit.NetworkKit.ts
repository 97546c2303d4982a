/**
 * `@kit.NetworkKit` as far as the harness implements it: `{ http }` (interface_sdk-js
 * kits/@kit.NetworkKit.d.ts re-exports the `@ohos.net.http` module as `http`).
 *
 * @packageDocumentation
 */
import http = require('./ohos.net.http');

export = { http };
