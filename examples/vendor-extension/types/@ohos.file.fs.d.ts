/**
 * The part of the OpenHarmony SDK's `@ohos.file.fs` that the example uses, declared as the SDK declares it
 * (interface_sdk-js `api/@ohos.file.fs.d.ts`), for a project that compiles without the SDK:
 * `examples/tsconfig.json` maps the module name to this file with `paths`. In a DevEco project the
 * SDK declares the module in full: drop this file there.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 *
 * @packageDocumentation
 */
declare namespace fileIo {
  /** How a file is opened: one access mode, with `CREATE` and `TRUNC` added as flags. */
  namespace OpenMode {
    /** Read only. */
    const READ_ONLY: number;
    /** Write only. */
    const WRITE_ONLY: number;
    /** Read and write. */
    const READ_WRITE: number;
    /** Create the file if it does not exist. */
    const CREATE: number;
    /** Empty the file if it exists. */
    const TRUNC: number;
  }

  /** An open file. */
  interface File {
    /** Its file descriptor. */
    readonly fd: number;
  }

  /** What `statSync` tells about a file. */
  interface Stat {
    /** Its size, in bytes. */
    readonly size: number;
  }

  /** Whether a file or folder exists at `path`. */
  function accessSync(path: string): boolean;
  /** Makes the folder `path`, and its missing parents when `recursion` is true. */
  function mkdirSync(path: string, recursion: boolean): void;
  /** Opens the file at `path` (a sandbox path or a `file://` URI) with an `OpenMode`. */
  function openSync(path: string, mode?: number): File;
  /** Reads up to `buffer.byteLength` bytes into `buffer`; gives the number read. */
  function readSync(fd: number, buffer: ArrayBuffer): number;
  /** Writes `buffer` (bytes, or a string as UTF-8); gives the number of bytes written. */
  function writeSync(fd: number, buffer: ArrayBuffer | string): number;
  /** Closes a file. */
  function closeSync(file: number | File): void;
  /** The size and kind of the file at `file` (a path or a file descriptor). */
  function statSync(file: string | number): Stat;
}
export default fileIo;
