/**
 * `fs.listFile`: the names in a folder, or every regular file below it as a `/relative` path
 * (filemanagement_file_api listfile.cpp:150-323; SDK api/@ohos.file.fs.d.ts:6091-6102).
 *
 * @packageDocumentation
 */
import { readdirSync, statSync } from 'node:fs';
import path = require('node:path');
import { invalidArgument } from './fs-error';

/** What `listFile` keeps (SDK `Filter`). */
export interface ListFilter {
  /** File suffixes to keep, each starting with '.'; folders always pass. */
  readonly suffix?: readonly string[];
  /** Name globs (fnmatch) to keep. */
  readonly displayName?: readonly string[];
  /** Keep files larger than this many bytes. */
  readonly fileSizeOver?: number;
  /** Keep files modified after this time, in seconds since the epoch. */
  readonly lastModifiedAfter?: number;
}

/** The options of `listFile` (SDK `ListFileOptions`). */
export interface ListOptions {
  /** List every regular file below the folder instead of its names; default false. */
  readonly recursion?: boolean;
  /** Most entries; 0 (the default) for all. */
  readonly listNum?: number;
  /** What to keep. */
  readonly filter?: ListFilter;
}

/** Checks the options of `listFile`, throwing 13900020 for a wrong type or a negative number. */
export function listOptions(value: unknown): ListOptions {
  if (value === undefined || value === null) {
    return {};
  }
  if (typeof value !== 'object') {
    throw invalidArgument();
  }
  const options = value as ListOptions;
  if (options.listNum !== undefined && (typeof options.listNum !== 'number' || options.listNum < 0)) {
    throw invalidArgument();
  }
  if (
    options.filter?.suffix !== undefined &&
    options.filter.suffix.some((suffix) => typeof suffix !== 'string' || !suffix.startsWith('.'))
  ) {
    throw invalidArgument();
  }
  return options;
}

/** An fnmatch-style glob (`*`, `?`) as a regular expression. */
function globExpression(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Whether one entry passes the filter. */
function passes(hostPath: string, name: string, filter: ListFilter | undefined): boolean {
  if (filter === undefined) {
    return true;
  }
  const stats = statSync(hostPath);
  if (stats.isDirectory()) {
    return true;
  }
  if (filter.suffix !== undefined && filter.suffix.length > 0 && !filter.suffix.some((suffix) => path.posix.extname(name) === suffix)) {
    return false;
  }
  if (
    filter.displayName !== undefined &&
    filter.displayName.length > 0 &&
    !filter.displayName.some((glob) => globExpression(glob).test(name))
  ) {
    return false;
  }
  if (filter.fileSizeOver !== undefined && !(stats.size > filter.fileSizeOver)) {
    return false;
  }
  if (filter.lastModifiedAfter !== undefined && !(Math.floor(stats.mtimeMs / 1000) > filter.lastModifiedAfter)) {
    return false;
  }
  return true;
}

/**
 * Lists a folder on the host as the device lists it: names in directory order (unsorted), or,
 * with `recursion`, regular files only, each as `/sub/name`. A file instead of a folder throws
 * ENOTDIR (13900018), from the host's own `readdir`.
 *
 * @param hostFolder - The folder on the host.
 * @param options - Recursion, count and filter.
 */
export function listFolder(hostFolder: string, options: ListOptions): string[] {
  const limit = options.listNum !== undefined && options.listNum > 0 ? options.listNum : Infinity;
  const found: string[] = [];
  const walk = (folder: string, relative: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (found.length >= limit) {
        return;
      }
      const host = path.join(folder, entry.name);
      if (options.recursion === true) {
        if (entry.isDirectory()) {
          walk(host, `${relative}/${entry.name}`);
        } else if (entry.isFile() && passes(host, entry.name, options.filter)) {
          found.push(`${relative}/${entry.name}`);
        }
      } else if (passes(host, entry.name, options.filter)) {
        found.push(entry.name);
      }
    }
  };
  walk(hostFolder, '');
  return found;
}
