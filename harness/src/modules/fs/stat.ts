/**
 * `fs.Stat`: what `fs.stat` gives (SDK api/@ohos.file.fs.d.ts:5091-5328): permission bits only in
 * `mode`, times in whole seconds plus nanosecond bigints (stat_n_exporter.cpp:199-235;
 * stat_n_exporter.h:25).
 *
 * @packageDocumentation
 */

/** The host attributes a {@link Stat} is made from: Node's `HostStats`, as far as it is read. */
export interface HostStats {
  /** Inode number. */
  readonly ino: bigint;
  /** Type and permission bits. */
  readonly mode: bigint;
  /** Owner user id. */
  readonly uid: bigint;
  /** Owner group id. */
  readonly gid: bigint;
  /** Size in bytes. */
  readonly size: bigint;
  /** Last access in ns. */
  readonly atimeNs: bigint;
  /** Last modification in ns. */
  readonly mtimeNs: bigint;
  /** Last status change in ns. */
  readonly ctimeNs: bigint;
  /** Type tests. */
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}

/** Where a file's content is: LOCAL 1, CLOUD 2 (SDK :5310). Files in the sandbox are local. */
export const LocationType = Object.freeze({ LOCAL: 1, CLOUD: 2 } as const);

/** A file's attributes as the device reports them. */
export class Stat {
  /** Inode number. */
  readonly ino: bigint;
  /** Permission bits (`st_mode & 0o777`). */
  readonly mode: number;
  /** Owner user id. */
  readonly uid: number;
  /** Owner group id. */
  readonly gid: number;
  /** Size in bytes. */
  readonly size: number;
  /** Last access, in whole seconds since the epoch. */
  readonly atime: number;
  /** Last modification, in whole seconds since the epoch. */
  readonly mtime: number;
  /** Last status change, in whole seconds since the epoch. */
  readonly ctime: number;
  /** Last access, in nanoseconds since the epoch. */
  readonly atimeNs: bigint;
  /** Last modification, in nanoseconds since the epoch. */
  readonly mtimeNs: bigint;
  /** Last status change, in nanoseconds since the epoch. */
  readonly ctimeNs: bigint;
  /** Where the content is: always LOCAL (1) here. */
  readonly location: number;
  readonly #stats: HostStats;

  /** @param stats - The host's attributes, read with `bigint: true`. */
  constructor(stats: HostStats) {
    this.#stats = stats;
    this.ino = stats.ino;
    this.mode = Number(stats.mode & 0o777n);
    this.uid = Number(stats.uid);
    this.gid = Number(stats.gid);
    this.size = Number(stats.size);
    this.atime = Number(stats.atimeNs / 1_000_000_000n);
    this.mtime = Number(stats.mtimeNs / 1_000_000_000n);
    this.ctime = Number(stats.ctimeNs / 1_000_000_000n);
    this.atimeNs = stats.atimeNs;
    this.mtimeNs = stats.mtimeNs;
    this.ctimeNs = stats.ctimeNs;
    this.location = LocationType.LOCAL;
  }

  /** Whether it is a regular file. */
  isFile(): boolean {
    return this.#stats.isFile();
  }

  /** Whether it is a folder. */
  isDirectory(): boolean {
    return this.#stats.isDirectory();
  }

  /** Whether it is a symbolic link (only from `lstat`). */
  isSymbolicLink(): boolean {
    return this.#stats.isSymbolicLink();
  }

  /** Whether it is a named pipe. */
  isFIFO(): boolean {
    return this.#stats.isFIFO();
  }

  /** Whether it is a socket. */
  isSocket(): boolean {
    return this.#stats.isSocket();
  }

  /** Whether it is a block device. */
  isBlockDevice(): boolean {
    return this.#stats.isBlockDevice();
  }

  /** Whether it is a character device. */
  isCharacterDevice(): boolean {
    return this.#stats.isCharacterDevice();
  }
}
