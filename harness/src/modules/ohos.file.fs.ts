/**
 * `@ohos.file.fs` as the harness provides it at run time: file access inside the app sandbox
 * (see `sandbox/sandbox.ts`), with the device's semantics and errors
 * (filemanagement_file_api interfaces/kits/js/src/mod_fs; SDK api/@ohos.file.fs.d.ts).
 *
 * Every function comes in three forms: `xxxSync` returns or throws; `xxx(...)` returns a promise;
 * `xxx(..., callback)` calls back with `(err, value)`. A bad argument throws 13900020 at once in
 * every form; an error of the file system throws (sync) or rejects / calls back (async). Errors
 * are `Error`s with a numeric `code` (13900001…, see `fs/fs-error.ts`). Paths are device paths
 * (`/data/storage/el2/base/...`) or `file://<bundle>/...` URIs, resolved in the current sandbox.
 *
 * @packageDocumentation
 */
import { asyncForm, syncForm } from './fs/async-forms';
import { File as FileClass } from './fs/file';
import { OpenMode } from './fs/open-mode';
import * as operations from './fs/operations';
import { LocationType, Stat as StatClass } from './fs/stat';

/** Access modes of `access` (SDK :6418). */
const AccessModeType = Object.freeze({ EXIST: 0, WRITE: 2, READ: 4, READ_WRITE: 6 } as const);

/** The `@ohos.file.fs` module object (its default export is also `fileIo` of `@kit.CoreFileKit`). */
const fileIo = {
  OpenMode,
  AccessModeType,
  LocationType,
  File: FileClass,
  Stat: StatClass,
  access: asyncForm(operations.access),
  accessSync: syncForm(operations.access),
  close: asyncForm(operations.close),
  closeSync: syncForm(operations.close),
  copyFile: asyncForm(operations.copyFile),
  copyFileSync: syncForm(operations.copyFile),
  fdatasync: asyncForm(operations.fdatasync),
  fdatasyncSync: syncForm(operations.fdatasync),
  fsync: asyncForm(operations.fsync),
  fsyncSync: syncForm(operations.fsync),
  listFile: asyncForm(operations.listFile),
  listFileSync: syncForm(operations.listFile),
  lstat: asyncForm(operations.lstat),
  lstatSync: syncForm(operations.lstat),
  mkdir: asyncForm(operations.mkdir),
  mkdirSync: syncForm(operations.mkdir),
  mkdtemp: asyncForm(operations.mkdtemp),
  mkdtempSync: syncForm(operations.mkdtemp),
  moveFile: asyncForm(operations.moveFile),
  moveFileSync: syncForm(operations.moveFile),
  open: asyncForm(operations.open),
  openSync: syncForm(operations.open),
  read: asyncForm(operations.read),
  readSync: syncForm(operations.read),
  readText: asyncForm(operations.readText),
  readTextSync: syncForm(operations.readText),
  rename: asyncForm(operations.rename),
  renameSync: syncForm(operations.rename),
  rmdir: asyncForm(operations.rmdir),
  rmdirSync: syncForm(operations.rmdir),
  stat: asyncForm(operations.stat),
  statSync: syncForm(operations.stat),
  truncate: asyncForm(operations.truncate),
  truncateSync: syncForm(operations.truncate),
  unlink: asyncForm(operations.unlink),
  unlinkSync: syncForm(operations.unlink),
  write: asyncForm(operations.write),
  writeSync: syncForm(operations.write)
};

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace fileIo {
  /** An open file. */
  type File = FileClass;
  /** A file's attributes. */
  type Stat = StatClass;
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file
// (cjs-module-lexer), so that `import { openSync } from '@ohos.file.fs'` works. Keep it in step.
if (0 as number) {
  exports.OpenMode = undefined;
  exports.AccessModeType = undefined;
  exports.LocationType = undefined;
  exports.File = undefined;
  exports.Stat = undefined;
  exports.access = undefined;
  exports.accessSync = undefined;
  exports.close = undefined;
  exports.closeSync = undefined;
  exports.copyFile = undefined;
  exports.copyFileSync = undefined;
  exports.fdatasync = undefined;
  exports.fdatasyncSync = undefined;
  exports.fsync = undefined;
  exports.fsyncSync = undefined;
  exports.listFile = undefined;
  exports.listFileSync = undefined;
  exports.lstat = undefined;
  exports.lstatSync = undefined;
  exports.mkdir = undefined;
  exports.mkdirSync = undefined;
  exports.mkdtemp = undefined;
  exports.mkdtempSync = undefined;
  exports.moveFile = undefined;
  exports.moveFileSync = undefined;
  exports.open = undefined;
  exports.openSync = undefined;
  exports.read = undefined;
  exports.readSync = undefined;
  exports.readText = undefined;
  exports.readTextSync = undefined;
  exports.rename = undefined;
  exports.renameSync = undefined;
  exports.rmdir = undefined;
  exports.rmdirSync = undefined;
  exports.stat = undefined;
  exports.statSync = undefined;
  exports.truncate = undefined;
  exports.truncateSync = undefined;
  exports.unlink = undefined;
  exports.unlinkSync = undefined;
  exports.write = undefined;
  exports.writeSync = undefined;
}

export = fileIo;
