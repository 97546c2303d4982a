/**
 * `fs.OpenMode`: the open flags, with the Linux values the device uses (SDK api/@ohos.file.fs.d.ts
 * :131-228), and their translation to the host's flags.
 *
 * @packageDocumentation
 */
import { constants } from 'node:fs';
import { invalidArgument } from './fs-error';

/** The open flags, as the device's module object holds them. */
export const OpenMode = Object.freeze({
  READ_ONLY: 0o0,
  WRITE_ONLY: 0o1,
  READ_WRITE: 0o2,
  CREATE: 0o100,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  NONBLOCK: 0o4000,
  DIR: 0o200000,
  NOFOLLOW: 0o400000,
  SYNC: 0o4010000
} as const);

/** device bit → host flag (0 where the host has none: the bit is dropped). */
const TRANSLATION: ReadonlyArray<readonly [number, number]> = [
  [OpenMode.CREATE, constants.O_CREAT],
  [OpenMode.TRUNC, constants.O_TRUNC],
  [OpenMode.APPEND, constants.O_APPEND],
  [OpenMode.NONBLOCK, constants.O_NONBLOCK ?? 0],
  [OpenMode.DIR, constants.O_DIRECTORY ?? 0],
  [OpenMode.NOFOLLOW, constants.O_NOFOLLOW ?? 0],
  [OpenMode.SYNC, constants.O_SYNC ?? 0]
];

/**
 * The host flags for a device open mode. A mode that is not a non-negative integer, or that sets
 * WRITE_ONLY and READ_WRITE together, is 13900020 "Invalid argument" (open.cpp:72-87 `GetJsFlags`).
 *
 * @param mode - The mode the extension passed; `undefined` is READ_ONLY.
 */
export function hostFlags(mode: unknown): number {
  if (mode === undefined) {
    return constants.O_RDONLY;
  }
  if (typeof mode !== 'number' || !Number.isInteger(mode) || mode < 0 || (mode & 0o3) === 0o3) {
    throw invalidArgument();
  }
  let flags =
    (mode & 0o3) === OpenMode.WRITE_ONLY
      ? constants.O_WRONLY
      : (mode & 0o3) === OpenMode.READ_WRITE
        ? constants.O_RDWR
        : constants.O_RDONLY;
  for (const [device, host] of TRANSLATION) {
    if ((mode & device) === device) {
      flags |= host;
    }
  }
  return flags;
}
