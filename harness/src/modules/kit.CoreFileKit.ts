/**
 * `@kit.CoreFileKit` as far as the harness implements it: `{ fileIo, fileUri }`
 * (interface_sdk-js kits/@kit.CoreFileKit.d.ts:32,48-53 re-exports `@ohos.file.fs` as `fileIo`).
 *
 * @packageDocumentation
 */
import fileIo = require('./ohos.file.fs');
import fileUri = require('./ohos.file.fileuri');

const kit = { fileIo, fileUri };

// Never runs: names the exports for Node's ESM loader (see ohos.rpc.ts).
if (0 as number) {
  exports.fileIo = undefined;
  exports.fileUri = undefined;
}

export = kit;
