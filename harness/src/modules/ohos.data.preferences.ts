/**
 * `@ohos.data.preferences` as the harness provides it at run time (SDK
 * api/@ohos.data.preferences.d.ts): `getPreferences(context, name | options)` gives the app's
 * named store, whose file is `<context.preferencesDir>/<name>` in the context's sandbox. The
 * first call for a file caches its instance and later calls give the same one (:477-492);
 * `removePreferencesFromCache` drops it; `deletePreferences` drops it and deletes the file.
 * The file format is the harness's own (see `preferences/preferences-file.ts`).
 *
 * @packageDocumentation
 */
import { rmSync } from 'node:fs';
import { currentSandbox } from '../sandbox/current-sandbox';
import { sandboxOfContext } from './ability/context';
import { parameterError, preferencesError } from './preferences/preferences-error';
import { MAX_KEY_LENGTH, MAX_VALUE_LENGTH, Preferences as PreferencesClass, settle } from './preferences/preferences';

/** The instances in use, by host file. */
const cache = new Map<string, PreferencesClass>();

/** How the store is kept (SDK :214): XML (0, the default) or GSKV (1). */
const StorageType = Object.freeze({ XML: 0, GSKV: 1 } as const);

/** The host file of `(context, name | options)`; 401 for a bad context or name. */
function fileOf(context: unknown, nameOrOptions: unknown): string {
  if (context === null || typeof context !== 'object' || typeof (context as { preferencesDir?: unknown }).preferencesDir !== 'string') {
    throw parameterError('context', 'a Context');
  }
  const name = typeof nameOrOptions === 'object' && nameOrOptions !== null ? (nameOrOptions as { name?: unknown }).name : nameOrOptions;
  if (typeof name !== 'string' || name.length === 0 || Buffer.byteLength(name) > 255 || name.includes('/')) {
    throw parameterError('name', 'a without path non empty string of at most 255 bytes');
  }
  const sandbox = sandboxOfContext(context) ?? currentSandbox();
  return sandbox.hostPath(`${(context as { preferencesDir: string }).preferencesDir}/${name}`);
}

/** Whether the options ask for GSKV storage (written at once). */
function writesAtOnce(nameOrOptions: unknown): boolean {
  return (
    typeof nameOrOptions === 'object' &&
    nameOrOptions !== null &&
    (nameOrOptions as { storageType?: unknown }).storageType === StorageType.GSKV
  );
}

/** The cached instance of a file, made on first use. */
function instanceOf(hostPath: string, writeAtOnce: boolean): PreferencesClass {
  let instance = cache.get(hostPath);
  if (instance === undefined) {
    instance = new PreferencesClass(hostPath, writeAtOnce);
    cache.set(hostPath, instance);
  }
  return instance;
}

/** The store `name` of the app (a promise, or `callback(err, store)`). */
function getPreferences(context: object, nameOrOptions: unknown, callback?: unknown): Promise<PreferencesClass> | undefined {
  const hostPath = fileOf(context, nameOrOptions);
  return settle(() => instanceOf(hostPath, writesAtOnce(nameOrOptions)), callback);
}

/** The store `options.name` of the app, now. */
function getPreferencesSync(context: object, options: unknown): PreferencesClass {
  return instanceOf(fileOf(context, options), writesAtOnce(options));
}

/** Drops the cached instance; the next get reads the file again. */
function removePreferencesFromCacheSync(context: object, nameOrOptions: unknown): void {
  cache.delete(fileOf(context, nameOrOptions));
}

/** {@link removePreferencesFromCacheSync}, later. */
function removePreferencesFromCache(context: object, nameOrOptions: unknown, callback?: unknown): Promise<void> | undefined {
  const hostPath = fileOf(context, nameOrOptions);
  return settle(() => {
    cache.delete(hostPath);
  }, callback);
}

/** Drops the cached instance and deletes the file (15500010 when it cannot be deleted). */
function deletePreferences(context: object, nameOrOptions: unknown, callback?: unknown): Promise<void> | undefined {
  const hostPath = fileOf(context, nameOrOptions);
  return settle(() => {
    cache.delete(hostPath);
    try {
      rmSync(hostPath, { force: true });
    } catch (error) {
      throw preferencesError(
        15500010,
        `Failed to delete the user preferences persistence file. ${error instanceof Error ? error.message : String(error)}`
      );
    }
  }, callback);
}

/** The `@ohos.data.preferences` module object (also `preferences` of `@kit.ArkData`). */
const preferences = {
  getPreferences,
  getPreferencesSync,
  deletePreferences,
  removePreferencesFromCache,
  removePreferencesFromCacheSync,
  StorageType,
  MAX_KEY_LENGTH,
  MAX_VALUE_LENGTH
};

declare namespace preferences {
  /** One named store. */
  type Preferences = PreferencesClass;
}

// Never runs: names the exports for Node's ESM loader (see ohos.rpc.ts).
if (0 as number) {
  (exports as Record<string, unknown>).getPreferences = undefined;
  (exports as Record<string, unknown>).getPreferencesSync = undefined;
  (exports as Record<string, unknown>).deletePreferences = undefined;
  (exports as Record<string, unknown>).removePreferencesFromCache = undefined;
  (exports as Record<string, unknown>).removePreferencesFromCacheSync = undefined;
  (exports as Record<string, unknown>).StorageType = undefined;
  (exports as Record<string, unknown>).MAX_KEY_LENGTH = undefined;
  (exports as Record<string, unknown>).MAX_VALUE_LENGTH = undefined;
}

export = preferences;
