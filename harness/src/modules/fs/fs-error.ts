/**
 * The errors `@ohos.file.fs` raises: a real `Error` (napi_create_error) with a numeric `code`
 * 13900000 + the errno's index and the table text as its message, plus `". " + detail` when the
 * device adds one (filemanagement_file_api utils/filemgmt_libn/src/n_error.cpp:46, 228-240;
 * n_error.h:68-120).
 *
 * @packageDocumentation
 */
import { SandboxPathError } from '../../sandbox/sandbox';

/** errno name → [code, message] (n_error.h:270-330). */
const TABLE: Readonly<Record<string, readonly [number, string]>> = {
  EPERM: [13900001, 'Operation not permitted'],
  ENOENT: [13900002, 'No such file or directory'],
  ESRCH: [13900003, 'No such process'],
  EINTR: [13900004, 'Interrupted system call'],
  EIO: [13900005, 'I/O error'],
  ENXIO: [13900006, 'No such device or address'],
  E2BIG: [13900007, 'Arg list too long'],
  EBADF: [13900008, 'Bad file descriptor'],
  ECHILD: [13900009, 'No child processes'],
  EAGAIN: [13900010, 'Try again'],
  ENOMEM: [13900011, 'Out of memory'],
  EACCES: [13900012, 'Permission denied'],
  EFAULT: [13900013, 'Bad address'],
  EBUSY: [13900014, 'Device or resource busy'],
  EEXIST: [13900015, 'File exists'],
  EXDEV: [13900016, 'Cross-device link'],
  ENODEV: [13900017, 'No such device'],
  ENOTDIR: [13900018, 'Not a directory'],
  EISDIR: [13900019, 'Is a directory'],
  EINVAL: [13900020, 'Invalid argument'],
  ENFILE: [13900021, 'File table overflow'],
  EMFILE: [13900022, 'Too many open files'],
  ETXTBSY: [13900023, 'Text file busy'],
  EFBIG: [13900024, 'File too large'],
  ENOSPC: [13900025, 'No space left on device'],
  ESPIPE: [13900026, 'Illegal seek'],
  EROFS: [13900027, 'Read-only file system'],
  EMLINK: [13900028, 'Too many links'],
  EDEADLK: [13900029, 'Resource deadlock would occur'],
  ENAMETOOLONG: [13900030, 'File name too long'],
  ENOSYS: [13900031, 'Function not implemented'],
  ENOTEMPTY: [13900032, 'Directory not empty'],
  ELOOP: [13900033, 'Too many symbolic links encountered'],
  EWOULDBLOCK: [13900034, 'Operation would block'],
  ENODATA: [13900037, 'No data available'],
  EOVERFLOW: [13900038, 'Value too large for defined data type'],
  EDQUOT: [13900041, 'Quota exceeded'],
  ENETUNREACH: [13900044, 'Network is unreachable'],
  ECONNABORTED: [13900046, 'Software caused connection abort'],
  ECANCELED: [13900049, 'Operation canceled']
};

/** The code of an unknown errno (n_error.h). */
const UNKNOWN: readonly [number, string] = [13900042, 'Unknown error'];

/** An `@ohos.file.fs` error: an `Error` with the device's numeric code. */
export interface FsError extends Error {
  /** 13900001…13900049. */
  code: number;
}

/**
 * The error the device raises for an errno name, with an optional detail after the table text.
 *
 * @param errnoName - `'ENOENT'`, `'EINVAL'`, … (Node's `error.code`).
 * @param detail - Text the device appends, e.g. `'Open failed, invalid open mode'`.
 */
export function fsError(errnoName: string, detail?: string): FsError {
  const [code, text] = TABLE[errnoName] ?? UNKNOWN;
  const error = new Error(detail === undefined ? text : `${text}. ${detail}`) as FsError;
  error.code = code;
  return error;
}

/** The bad-argument error every function throws synchronously (13900020). */
export function invalidArgument(detail?: string): FsError {
  return fsError('EINVAL', detail);
}

/**
 * The device's error for whatever a host file operation threw: Node's errno name is mapped
 * through the table; a {@link SandboxPathError} carries its own; an error already mapped passes.
 */
export function toFsError(error: unknown): FsError {
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'number') {
    return error as FsError;
  }
  if (error instanceof SandboxPathError) {
    return fsError(error.code);
  }
  const name = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return fsError(typeof name === 'string' ? name : 'EIO');
}
