/**
 * `preferences.Preferences`: one named key-value store of the app, kept in memory and written to
 * its file by `flush` (SDK api/@ohos.data.preferences.d.ts:700-1200; with XML storage, "data is
 * kept in memory until flush", :150-153). Every method has a promise, a callback and (where the
 * SDK has one) a `Sync` form; a bad key or value throws 401 at once in every form.
 *
 * @packageDocumentation
 */
import { parameterError, preferencesError } from './preferences-error';
import { readPreferencesFile, writePreferencesFile, type ValueType } from './preferences-file';

/** Longest key, in UTF-8 bytes (SDK :112). */
export const MAX_KEY_LENGTH = 1024;
/** Largest value, in UTF-8 bytes of its text form (SDK :123: 16 MB). */
export const MAX_VALUE_LENGTH = 16 * 1024 * 1024;

/** A callback as the device calls it: `(undefined, value)` or `(error)`. */
type Callback<T> = (error: Error | undefined, value?: T) => void;

/** Runs `work` later, as a promise or through a callback (the last argument, when it is a function). */
export function settle<T>(work: () => T, callback: unknown): Promise<T> | undefined {
  const settled = new Promise<T>((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    });
  });
  if (typeof callback !== 'function') {
    return settled;
  }
  settled.then(
    (value) => (callback as Callback<T>)(undefined, value),
    (error: Error) => (callback as Callback<T>)(error)
  );
  return undefined;
}

/** A key: a non-empty string of at most {@link MAX_KEY_LENGTH} bytes, else 401. */
function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || Buffer.byteLength(key) > MAX_KEY_LENGTH) {
    throw parameterError('key', 'a non empty string of at most 1024 bytes');
  }
  return key;
}

/** A value of `ValueType`, at most {@link MAX_VALUE_LENGTH} bytes, else 401. */
function checkValue(value: unknown): ValueType {
  const size =
    typeof value === 'string'
      ? Buffer.byteLength(value)
      : value instanceof Uint8Array
        ? value.byteLength
        : typeof value === 'object' && value !== null
          ? Buffer.byteLength(JSON.stringify(value))
          : 0;
  const allowed = ['number', 'string', 'boolean', 'bigint', 'object'].includes(typeof value) && value !== null;
  if (!allowed || size > MAX_VALUE_LENGTH) {
    throw parameterError('value', 'a ValueType of at most 16 MB');
  }
  return value as ValueType;
}

/** The kind `get` compares the stored value and the default by. */
function kindOf(value: unknown): string {
  if (value instanceof Uint8Array) {
    return 'Uint8Array';
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? 'array' : `${typeof value[0]}[]`;
  }
  return typeof value;
}

/** Whether a stored value may be returned for a default (same kind; an empty array matches any array). */
function sameKind(stored: unknown, fallback: unknown): boolean {
  const storedKind = kindOf(stored);
  const fallbackKind = kindOf(fallback);
  if (storedKind === fallbackKind) {
    return true;
  }
  return Array.isArray(stored) && Array.isArray(fallback) && (stored.length === 0 || fallback.length === 0);
}

/** One preferences instance over one file. */
export class Preferences {
  readonly #hostPath: string;
  readonly #values: Map<string, ValueType>;
  readonly #changed = new Set<string>();
  readonly #observers = new Set<(key: string) => void>();
  readonly #writeAtOnce: boolean;

  /**
   * @param hostPath - Its file on the host; the values it holds are read now.
   * @param writeAtOnce - GSKV storage: every change is written at once (SDK :150-153); XML
   *   storage (false) keeps changes in memory until `flush`.
   */
  constructor(hostPath: string, writeAtOnce = false) {
    this.#hostPath = hostPath;
    this.#writeAtOnce = writeAtOnce;
    try {
      this.#values = readPreferencesFile(hostPath);
    } catch (error) {
      throw preferencesError(15500000, `Inner error. ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The value of `key`, or `defValue` when it is missing or of another type (SDK :716-717). */
  getSync(key: string, defValue: ValueType): ValueType {
    checkKey(key);
    const stored = this.#values.get(key);
    return stored !== undefined && sameKind(stored, defValue) ? stored : defValue;
  }

  /** {@link Preferences.getSync}, later: a promise, or `callback(err, value)`. */
  get(key: string, defValue: ValueType, callback?: Callback<ValueType>): Promise<ValueType> | undefined {
    checkKey(key);
    return settle(() => this.getSync(key, defValue), callback);
  }

  /** Every key and value, as an object. */
  getAllSync(): Record<string, ValueType> {
    return Object.fromEntries(this.#values);
  }

  /** {@link Preferences.getAllSync}, later. */
  getAll(callback?: Callback<Record<string, ValueType>>): Promise<Record<string, ValueType>> | undefined {
    return settle(() => this.getAllSync(), callback);
  }

  /** Whether `key` has a value. */
  hasSync(key: string): boolean {
    return this.#values.has(checkKey(key));
  }

  /** {@link Preferences.hasSync}, later. */
  has(key: string, callback?: Callback<boolean>): Promise<boolean> | undefined {
    checkKey(key);
    return settle(() => this.hasSync(key), callback);
  }

  /** Sets `key` in memory; `flush` writes it. */
  putSync(key: string, value: ValueType): void {
    this.#values.set(checkKey(key), checkValue(value));
    this.#changed.add(key);
    this.#written();
  }

  /** {@link Preferences.putSync}, later. */
  put(key: string, value: ValueType, callback?: Callback<void>): Promise<void> | undefined {
    checkKey(key);
    checkValue(value);
    return settle(() => this.putSync(key, value), callback);
  }

  /** Removes `key` in memory; `flush` writes it. */
  deleteSync(key: string): void {
    if (this.#values.delete(checkKey(key))) {
      this.#changed.add(key);
    }
    this.#written();
  }

  /** {@link Preferences.deleteSync}, later. */
  delete(key: string, callback?: Callback<void>): Promise<void> | undefined {
    checkKey(key);
    return settle(() => this.deleteSync(key), callback);
  }

  /** Removes every key in memory. */
  clearSync(): void {
    for (const key of this.#values.keys()) {
      this.#changed.add(key);
    }
    this.#values.clear();
    this.#written();
  }

  /** After a change: with GSKV storage, writes it at once. */
  #written(): void {
    if (this.#writeAtOnce) {
      this.flushSync();
    }
  }

  /** {@link Preferences.clearSync}, later. */
  clear(callback?: Callback<void>): Promise<void> | undefined {
    return settle(() => this.clearSync(), callback);
  }

  /** Writes every value to the file, then tells the `change` observers each key changed since the last flush. */
  flushSync(): void {
    try {
      writePreferencesFile(this.#hostPath, this.#values);
    } catch (error) {
      throw preferencesError(15500000, `Inner error. ${error instanceof Error ? error.message : String(error)}`);
    }
    const changed = [...this.#changed];
    this.#changed.clear();
    for (const key of changed) {
      for (const observer of this.#observers) {
        observer(key);
      }
    }
  }

  /** {@link Preferences.flushSync}, later. */
  flush(callback?: Callback<void>): Promise<void> | undefined {
    return settle(() => this.flushSync(), callback);
  }

  /** Observes changes: `'change'` calls `callback(key)` for each key written by a flush. */
  on(type: string, callback: (key: string) => void): void {
    if (type !== 'change' || typeof callback !== 'function') {
      throw parameterError('type', "'change' with a callback");
    }
    this.#observers.add(callback);
  }

  /** Stops observing: one callback, or all of them when none is given. */
  off(type: string, callback?: (key: string) => void): void {
    if (type !== 'change') {
      throw parameterError('type', "'change'");
    }
    if (callback === undefined) {
      this.#observers.clear();
    } else {
      this.#observers.delete(callback);
    }
  }
}
