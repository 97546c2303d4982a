/**
 * The `@ohos.file.fs` operations, each as a {@link Prepare}: the argument checks the device makes
 * before any work (13900020 on a wrong type), then the work on the host file the device path
 * names in the current sandbox. Semantics follow the device where it differs from Node: `mkdir`
 * with its second argument fails on an existing path even when recursive (mkdir.cpp MkdirExec),
 * `rmdir` removes everything below, `access` is false only for ENOENT (prop_n_exporter.cpp:259-287),
 * new files get mode 0660 and folders 0770 (open.cpp:151).
 *
 * @packageDocumentation
 */
import {
  accessSync as hostAccess,
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path = require('node:path');
import { currentSandbox } from '../../sandbox/current-sandbox';
import { File } from './file';
import { fsError, invalidArgument } from './fs-error';
import type { Prepare } from './async-forms';
import { listFolder, listOptions } from './list-file';
import { hostFlags } from './open-mode';
import { Stat } from './stat';

/** A path argument: a string, else 13900020. */
function pathArg(value: unknown): string {
  if (typeof value !== 'string') {
    throw invalidArgument();
  }
  return value;
}

/** A file descriptor argument: a non-negative integer, else 13900020. */
function fdArg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidArgument();
  }
  return value;
}

/** An optional non-negative integer option, else 13900020. */
function sizeOption(value: unknown): number | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidArgument();
  }
  return value;
}

/** The host path of a device path in the current sandbox; an empty path is ENOENT. */
function host(devicePath: string, followLast = true): string {
  if (devicePath === '') {
    throw fsError('ENOENT');
  }
  return currentSandbox().hostPath(devicePath, { followLast });
}

/** `open(path, mode?)`: a {@link File}; a created file gets mode 0660. */
export const open: Prepare<File> = (args) => {
  const devicePath = pathArg(args[0]);
  const flags = hostFlags(args[1]);
  return () => {
    const hostPath = host(devicePath);
    const fd = openSync(hostPath, flags, 0o660);
    const sandbox = currentSandbox();
    return new File(fd, sandbox.devicePathOfHost(hostPath) ?? sandbox.devicePath(devicePath), hostPath);
  };
};

/** `close(file)`: a descriptor or a {@link File}; an already closed one is 13900008. */
export const close: Prepare<void> = (args) => {
  const fd = args[0] instanceof File ? args[0].fd : fdArg(args[0]);
  return () => closeSync(fd);
};

/** The bytes of an `ArrayBuffer` argument, else 13900020. */
function bufferArg(value: unknown): Uint8Array {
  if (!(value instanceof ArrayBuffer)) {
    throw invalidArgument();
  }
  return new Uint8Array(value);
}

/** `read(fd, buffer, options?)`: bytes read into the buffer from index 0; `offset` is the file position. */
export const read: Prepare<number> = (args) => {
  const fd = fdArg(args[0]);
  const bytes = bufferArg(args[1]);
  const options = (args[2] ?? {}) as { offset?: unknown; length?: unknown };
  const position = sizeOption(options.offset);
  const length = sizeOption(options.length) ?? bytes.byteLength;
  if (length > bytes.byteLength) {
    throw invalidArgument();
  }
  return () => readSync(fd, bytes, 0, length, position ?? null);
};

/** `write(fd, buffer, options?)`: bytes written; a string is UTF-8 (`encoding` must be 'utf-8'). */
export const write: Prepare<number> = (args) => {
  const fd = fdArg(args[0]);
  const data = args[1];
  const options = (args[2] ?? {}) as { offset?: unknown; length?: unknown; encoding?: unknown };
  if (options.encoding !== undefined && options.encoding !== 'utf-8') {
    throw invalidArgument();
  }
  let bytes: Uint8Array;
  if (typeof data === 'string') {
    bytes = Buffer.from(data, 'utf8');
  } else {
    bytes = bufferArg(data);
  }
  const position = sizeOption(options.offset);
  const length = sizeOption(options.length) ?? bytes.byteLength;
  if (length > bytes.byteLength) {
    throw invalidArgument();
  }
  return () => writeSync(fd, bytes, 0, length, position ?? null);
};

/** `readText(path, options?)`: the bytes from `offset` (default 0), `length` of them (default to the end), as UTF-8. */
export const readText: Prepare<string> = (args) => {
  const devicePath = pathArg(args[0]);
  const options = (args[1] ?? {}) as { offset?: unknown; length?: unknown; encoding?: unknown };
  const offset = sizeOption(options.offset) ?? 0;
  const length = sizeOption(options.length);
  if (options.encoding !== undefined && options.encoding !== 'utf-8') {
    throw invalidArgument();
  }
  return () => {
    const hostPath = host(devicePath);
    const size = statSync(hostPath).size;
    if (offset > size) {
      // read_text.cpp:104
      throw invalidArgument();
    }
    return readFileSync(hostPath)
      .subarray(offset, length === undefined ? undefined : offset + length)
      .toString('utf8');
  };
};

/** `stat(file)`: a path or a descriptor. */
export const stat: Prepare<Stat> = (args) => {
  const file = args[0];
  if (typeof file === 'number') {
    const fd = fdArg(file);
    return () => new Stat(fstatSync(fd, { bigint: true }));
  }
  const devicePath = pathArg(file);
  return () => new Stat(statSync(host(devicePath), { bigint: true }));
};

/** `lstat(path)`: as `stat`, without following a symlink in the last component. */
export const lstat: Prepare<Stat> = (args) => {
  const devicePath = pathArg(args[0]);
  return () => new Stat(lstatSync(host(devicePath, false), { bigint: true }));
};

/** `access(path, mode?)`: false for ENOENT, true when allowed, the error otherwise. */
export const access: Prepare<boolean> = (args) => {
  const devicePath = pathArg(args[0]);
  const mode = args[1] === undefined ? 0 : args[1];
  if (typeof mode !== 'number' || ![0, 2, 4, 6].includes(mode)) {
    throw invalidArgument();
  }
  return () => {
    try {
      hostAccess(host(devicePath), mode);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return false;
      }
      throw error;
    }
  };
};

/**
 * `mkdir(path, recursion?)`: with the second argument, an existing path is 13900015 even when
 * recursive, and a missing parent without recursion is 13900002; folders get mode 0770.
 */
export const mkdir: Prepare<void> = (args) => {
  const devicePath = pathArg(args[0]);
  const hasOption = args.length > 1;
  if (hasOption && typeof args[1] !== 'boolean') {
    throw invalidArgument();
  }
  const recursion = args[1] === true;
  return () => {
    const hostPath = host(devicePath);
    if (existsSync(hostPath)) {
      throw fsError('EEXIST');
    }
    mkdirSync(hostPath, { recursive: hasOption && recursion, mode: 0o770 });
  };
};

/** `rmdir(path)`: the folder and everything in it; a file is 13900018. */
export const rmdir: Prepare<void> = (args) => {
  const devicePath = pathArg(args[0]);
  return () => {
    const hostPath = host(devicePath);
    if (!lstatSync(hostPath).isDirectory()) {
      throw fsError('ENOTDIR');
    }
    rmSync(hostPath, { recursive: true });
  };
};

/** `unlink(path)`: one file; a folder is 13900019 (Linux unlink(2)). */
export const unlink: Prepare<void> = (args) => {
  const devicePath = pathArg(args[0]);
  return () => {
    const hostPath = host(devicePath, false);
    if (lstatSync(hostPath).isDirectory()) {
      throw fsError('EISDIR');
    }
    unlinkSync(hostPath);
  };
};

/** `rename(oldPath, newPath)`: POSIX rename; an existing file is replaced. */
export const rename: Prepare<void> = (args) => {
  const from = pathArg(args[0]);
  const to = pathArg(args[1]);
  return () => renameSync(host(from, false), host(to, false));
};

/** A path or descriptor argument. */
function pathOrFd(value: unknown): string | number {
  return typeof value === 'number' ? fdArg(value) : pathArg(value);
}

/** `copyFile(src, dest, mode?)`: paths or descriptors; mode 0 only (overwrite). */
export const copyFile: Prepare<void> = (args) => {
  const source = pathOrFd(args[0]);
  const target = pathOrFd(args[1]);
  if (args[2] !== undefined && args[2] !== 0) {
    throw invalidArgument();
  }
  return () => {
    const data = readFileSync(typeof source === 'number' ? source : host(source));
    writeFileSync(typeof target === 'number' ? target : host(target), data, { mode: 0o660 });
  };
};

/** `moveFile(src, dest, mode?)`: mode 0 overwrites (default), mode 1 fails with 13900015 when dest exists. */
export const moveFile: Prepare<void> = (args) => {
  const from = pathArg(args[0]);
  const to = pathArg(args[1]);
  const mode = args[2] ?? 0;
  if (mode !== 0 && mode !== 1) {
    throw invalidArgument();
  }
  return () => {
    const target = host(to, false);
    if (mode === 1 && existsSync(target)) {
      throw fsError('EEXIST');
    }
    renameSync(host(from, false), target);
  };
};

/** `listFile(path, options?)`: see list-file.ts. */
export const listFile: Prepare<string[]> = (args) => {
  const devicePath = pathArg(args[0]);
  const options = listOptions(args[1]);
  return () => listFolder(host(devicePath), options);
};

/** `fdatasync(fd)`. */
export const fdatasync: Prepare<void> = (args) => {
  const fd = fdArg(args[0]);
  return () => fdatasyncSync(fd);
};

/** `fsync(fd)`. */
export const fsync: Prepare<void> = (args) => {
  const fd = fdArg(args[0]);
  return () => fsyncSync(fd);
};

/** `truncate(file, len?)`: a path or descriptor, to `len` bytes (default 0). */
export const truncate: Prepare<void> = (args) => {
  const file = pathOrFd(args[0]);
  const length = sizeOption(args[1]) ?? 0;
  return () => (typeof file === 'number' ? ftruncateSync(file, length) : truncateSync(host(file), length));
};

/** `mkdtemp(prefix)`: the prefix must end in "XXXXXX", which becomes six random characters; the device path made. */
export const mkdtemp: Prepare<string> = (args) => {
  const template = pathArg(args[0]);
  if (!template.endsWith('XXXXXX')) {
    throw invalidArgument();
  }
  return () => {
    const made = `${template.slice(0, -6)}${randomBytes(6).toString('base64url').slice(0, 6)}`;
    const hostPath = host(made);
    mkdirSync(hostPath, { mode: 0o700 });
    return currentSandbox().devicePathOfHost(hostPath) ?? path.posix.resolve('/', made);
  };
};
