/**
 * `getUriFromPath` and `FileUri` of `@ohos.file.fileuri`, for the bundle of the current sandbox.
 *
 * @packageDocumentation
 */
import path = require('node:path');
import { currentSandbox } from '../../sandbox/current-sandbox';

/** The parameter error the module throws for a wrong argument type: an Error with code 401. */
function parameterError(): Error {
  const error = new Error('Parameter error') as Error & { code: number };
  error.code = 401;
  return error;
}

/**
 * The `file://` URI of a sandbox path: `file://<bundle>` plus the path percent-encoded. A URI is
 * returned unchanged; a path containing `../` gives `""`.
 *
 * @param devicePath - A device path.
 */
export function getUriFromPath(devicePath: string): string {
  if (typeof devicePath !== 'string') {
    throw parameterError();
  }
  if (devicePath.startsWith('file://')) {
    return devicePath;
  }
  if (devicePath.includes('../')) {
    return '';
  }
  return currentSandbox().uriOf(devicePath.startsWith('/') ? devicePath : `/${devicePath}`);
}

/** A file URI, from a URI or a sandbox path. */
export class FileUri {
  readonly #uri: string;

  /** @param uriOrPath - A `file://` URI or a device path. */
  constructor(uriOrPath: string) {
    if (typeof uriOrPath !== 'string') {
      throw parameterError();
    }
    this.#uri = getUriFromPath(uriOrPath);
  }

  /** The device path the URI names (for another bundle, where its shared files appear). */
  get path(): string {
    return currentSandbox().devicePath(this.#uri);
  }

  /** The last path component. */
  get name(): string {
    return path.posix.basename(this.path);
  }

  /** The URI of the folder holding the file. */
  getFullDirectoryUri(): string {
    return currentSandbox().uriOf(path.posix.dirname(this.path));
  }

  /** Whether the URI names a file on another device: never, here. */
  isRemoteUri(): boolean {
    return false;
  }

  /** The URI as a string. */
  toString(): string {
    return this.#uri;
  }
}
