/**
 * `fs.File`: an open file as `fs.open` gives it (SDK api/@ohos.file.fs.d.ts:4058;
 * file_n_exporter.cpp:103-160).
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import path = require('node:path');
import { fsError } from './fs-error';

/** An open file: its descriptor, its device path and its name. */
export class File {
  /** The file descriptor. */
  readonly fd: number;
  readonly #devicePath: string;
  readonly #hostPath: string;

  /**
   * @param fd - The descriptor.
   * @param devicePath - The device path the file was opened at, resolved.
   * @param hostPath - Where it is on the host (to tell whether it still exists).
   */
  constructor(fd: number, devicePath: string, hostPath: string) {
    this.fd = fd;
    this.#devicePath = devicePath;
    this.#hostPath = hostPath;
  }

  /** The device path of the file; 13900002 once the file is deleted. */
  get path(): string {
    if (!existsSync(this.#hostPath)) {
      throw fsError('ENOENT');
    }
    return this.#devicePath;
  }

  /** The last component of the path; 13900002 once the file is deleted. */
  get name(): string {
    return path.posix.basename(this.path);
  }

  /** The device path of the folder holding the file. */
  getParent(): string {
    return path.posix.dirname(this.path);
  }
}
