/**
 * The app sandbox of one simulated device: a host folder that stands for the device's `/` as the
 * extension sees it, and the one place where device paths and `file://` URIs become host paths.
 *
 * On the device an app runs in its own mount namespace, where `/data/storage/...` is all of its
 * files (appspawn; docs app-sandbox-directory.md). Here that namespace is a host folder: device
 * path `/p` is `<root>/p`. Paths resolve as the kernel resolves them inside the namespace: `..`
 * stops at `/`, and a symlink's absolute target is a device path, so neither leads out of the
 * folder. `@ohos.file.fs`, `@ohos.data.preferences` and the ability's `context` all go through a
 * sandbox; none of them touches a host path of its own.
 *
 * @packageDocumentation
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path = require('node:path');

/** The bundle a sandbox belongs to by default: the one the system's Want names (datamgr_service connect.cpp:26-27). */
export const DEFAULT_BUNDLE_NAME = 'com.example.cloudsync';

/** The HAP module a sandbox's module-level paths use by default. */
export const DEFAULT_MODULE_NAME = 'entry';

/** Most symlinks followed while resolving one path, as Linux (MAXSYMLINKS 40); one more is ELOOP. */
const MAX_SYMLINKS = 40;

/** Options of {@link Sandbox.create}. */
export interface SandboxOptions {
  /**
   * The host folder that stands for the device's `/`; created if missing and kept on
   * {@link Sandbox.dispose}. Default: a fresh folder in the system's temp folder, deleted on
   * dispose.
   */
  readonly root?: string;
  /** The app's bundle name (the authority of its `file://` URIs); default {@link DEFAULT_BUNDLE_NAME}. */
  readonly bundleName?: string;
  /** The HAP module the ability belongs to; default {@link DEFAULT_MODULE_NAME}. */
  readonly moduleName?: string;
}

/** Options of {@link Sandbox.hostPath}. */
export interface HostPathOptions {
  /** Whether a symlink in the last component is followed (as `stat` does) or kept (as `lstat`); default true. */
  readonly followLast?: boolean;
}

/** A device path the sandbox cannot resolve; `code` is the errno name the device's kernel would give. */
export class SandboxPathError extends Error {
  /** The errno name: `'ELOOP'` (too many symlinks) or `'ENOENT'`. */
  readonly code: 'ELOOP' | 'ENOENT';

  constructor(code: 'ELOOP' | 'ENOENT', message: string) {
    super(message);
    this.name = 'SandboxPathError';
    this.code = code;
  }
}

/** One device's app sandbox on the host. */
export class Sandbox {
  /** The host folder standing for the device's `/` (a real path: no symlink in it). */
  readonly root: string;
  /** The app's bundle name. */
  readonly bundleName: string;
  /** The HAP module of the ability. */
  readonly moduleName: string;
  /** Whether the folder was made for this sandbox (and is deleted by {@link Sandbox.dispose}). */
  readonly owned: boolean;

  private constructor(root: string, bundleName: string, moduleName: string, owned: boolean) {
    this.root = root;
    this.bundleName = bundleName;
    this.moduleName = moduleName;
    this.owned = owned;
  }

  /**
   * Makes a sandbox over the given folder (created if missing) or over a fresh temp folder.
   *
   * @param options - Folder, bundle and module.
   */
  static create(options: SandboxOptions = {}): Sandbox {
    const bundleName = options.bundleName ?? DEFAULT_BUNDLE_NAME;
    const moduleName = options.moduleName ?? DEFAULT_MODULE_NAME;
    if (options.root !== undefined) {
      mkdirSync(options.root, { recursive: true });
      return new Sandbox(realpathSync(options.root), bundleName, moduleName, false);
    }
    return new Sandbox(realpathSync(mkdtempSync(path.join(tmpdir(), 'ohos-sandbox-'))), bundleName, moduleName, true);
  }

  /**
   * The normalized device path a path or `file://` URI names: a URI of this bundle gives its
   * percent-decoded path; another bundle's gives the path under `/data/storage/el2/share/r/<bundle>`
   * where shared files would appear (filemanagement_app_file_service `FileUri::GetRealPath`);
   * a relative path is taken from `/` [INF: the app process's working directory]; `.`, `..` and
   * repeated `/` are folded, `..` stopping at `/`. Symlinks are not looked at.
   *
   * @param pathOrUri - A device path or a `file://` URI.
   */
  devicePath(pathOrUri: string): string {
    let devicePath = pathOrUri;
    if (pathOrUri.startsWith('file://')) {
      const rest = pathOrUri.slice('file://'.length);
      const slash = rest.indexOf('/');
      const authority = slash < 0 ? rest : rest.slice(0, slash);
      const uriPath = (slash < 0 ? '/' : rest.slice(slash)).replace(/[?#].*$/, '');
      let decoded = uriPath;
      try {
        decoded = decodeURIComponent(uriPath);
      } catch {
        // A malformed escape stays as written.
      }
      devicePath = authority === this.bundleName ? decoded : `/data/storage/el2/share/r/${authority}${decoded}`;
    }
    return path.posix.resolve('/', devicePath);
  }

  /**
   * The `file://` URI of a device path in this bundle: `file://<bundle>` and the path with each
   * segment percent-encoded (as `fileUri.getUriFromPath` gives it).
   *
   * @param devicePath - An absolute device path.
   */
  uriOf(devicePath: string): string {
    const encoded = this.devicePath(devicePath)
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/');
    return `file://${this.bundleName}${encoded}`;
  }

  /**
   * The host path a device path or `file://` URI names, with every symlink resolved inside the
   * sandbox (an absolute target is a device path; `..` stops at `/`), so the result is always in
   * {@link Sandbox.root}. Throws {@link SandboxPathError} `ELOOP` after 40 symlinks.
   *
   * @param pathOrUri - A device path or a `file://` URI.
   * @param options - Whether a symlink in the last component is followed.
   */
  hostPath(pathOrUri: string, options: HostPathOptions = {}): string {
    const followLast = options.followLast ?? true;
    const pending = this.devicePath(pathOrUri)
      .split('/')
      .filter((part) => part !== '');
    let resolved: string[] = [];
    let links = 0;
    while (pending.length > 0) {
      const part = pending.shift() as string;
      if (part === '.') {
        continue;
      }
      if (part === '..') {
        resolved.pop();
        continue;
      }
      const candidate = [...resolved, part];
      const host = path.join(this.root, ...candidate);
      let isLink = false;
      try {
        isLink = lstatSync(host).isSymbolicLink();
      } catch {
        // Missing: the operation itself reports it.
      }
      if (isLink && (pending.length > 0 || followLast)) {
        links += 1;
        if (links > MAX_SYMLINKS) {
          throw new SandboxPathError('ELOOP', `too many symbolic links in ${pathOrUri}`);
        }
        const target = readlinkSync(host);
        if (target.startsWith('/')) {
          resolved = [];
        }
        pending.unshift(...target.split('/').filter((segment) => segment !== ''));
        continue;
      }
      resolved = candidate;
    }
    return path.join(this.root, ...resolved);
  }

  /**
   * The device path of a host path inside the sandbox, or `undefined` for a host path outside it.
   *
   * @param hostPath - An absolute host path.
   */
  devicePathOfHost(hostPath: string): string | undefined {
    const relative = path.relative(this.root, hostPath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      return undefined;
    }
    return `/${relative.split(path.sep).join('/')}`.replace(/\/$/, '') || '/';
  }

  /**
   * Makes the folder a device path names, and its parents, as the ability framework does for the
   * context's folders (mode 0770, context_impl.cpp `CreateDirIfNotExist`).
   *
   * @param devicePath - An absolute device path.
   * @returns The device path, unchanged.
   */
  ensureFolder(devicePath: string): string {
    mkdirSync(this.hostPath(devicePath), { recursive: true, mode: 0o770 });
    return devicePath;
  }

  /**
   * Empties every context's temp folder (`/data/storage/<el>/base/temp` and
   * `/data/storage/<el>/base/haps/<module>/temp`), as the device does when the app exits
   * (SDK application/Context.d.ts:89).
   */
  clearTempFolders(): void {
    const storage = path.join(this.root, 'data', 'storage');
    const levels = existsSync(storage) ? readdirSync(storage).filter((name) => /^el[1-5]$/.test(name)) : [];
    for (const level of levels) {
      const base = path.join(storage, level, 'base');
      const haps = path.join(base, 'haps');
      const modules = existsSync(haps) ? readdirSync(haps).map((name) => path.join(haps, name)) : [];
      for (const folder of [base, ...modules]) {
        const temp = path.join(folder, 'temp');
        if (existsSync(temp) && !lstatSync(temp).isSymbolicLink()) {
          for (const entry of readdirSync(temp)) {
            rmSync(path.join(temp, entry), { recursive: true, force: true });
          }
        }
      }
    }
  }

  /** Deletes the folder when it was made for this sandbox; a folder the caller named is kept. */
  dispose(): void {
    if (this.owned) {
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}
