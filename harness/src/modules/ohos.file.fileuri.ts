/**
 * `@ohos.file.fileuri` as the harness provides it: `getUriFromPath` and `FileUri` for the app's
 * own bundle, the bundle of the current sandbox (SDK api/@ohos.file.fileuri.d.ts:59-194;
 * filemanagement_app_file_service interfaces/common/src/common_func.cpp `GetUriFromPath`).
 *
 * @packageDocumentation
 */
import { FileUri as FileUriClass, getUriFromPath } from './fileuri/file-uri';

/** The `@ohos.file.fileuri` module object (also `fileUri` of `@kit.CoreFileKit`). */
const fileUri = { getUriFromPath, FileUri: FileUriClass };

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace fileUri {
  /** A file URI. */
  type FileUri = FileUriClass;
}

// Never runs: names the exports for Node's ESM loader (see ohos.rpc.ts).
if (0 as number) {
  exports.getUriFromPath = undefined;
  exports.FileUri = undefined;
}

export = fileUri;
