/**
 * `util.LRUCache` (interface_sdk-js api/@ohos.util.d.ts:1055-1255; util_js.ts `class LRUCache`): a
 * Map-backed cache that drops the least recently used entry when full, with the device's
 * checks: `undefined` keys or values throw 401, `null` throws a plain `Error`, a capacity that is
 * not a positive integer up to 2^31-1 throws.
 *
 * @packageDocumentation
 */
import { typeError } from './business-error';

/** The default capacity. */
const DEFAULT_CAPACITY = 64;
/** The largest capacity. */
const MAX_CAPACITY = 2147483647;

/** Whether `capacity` is a positive integer within range. */
function validCapacity(capacity: number): boolean {
  return capacity > 0 && capacity % 1 === 0 && capacity <= MAX_CAPACITY;
}

/** A least-recently-used cache. */
export class LRUCache<K = unknown, V = unknown> {
  #cache = new Map<K, V>();
  #maxSize = DEFAULT_CAPACITY;
  #putCount = 0;
  #createCount = 0;
  #evictionCount = 0;
  #hitCount = 0;
  #missCount = 0;
  /** The number of entries. */
  length = 0;

  /**
   * @param capacity - The most entries kept; 64 by default.
   */
  constructor(capacity?: number) {
    if (capacity !== undefined && capacity !== null) {
      if (!validCapacity(capacity)) {
        throw typeError(capacity, 'small integer');
      }
      this.#maxSize = capacity;
    }
  }

  /**
   * Changes the capacity, dropping the oldest entries that no longer fit.
   *
   * @param newCapacity - A positive integer.
   */
  updateCapacity(newCapacity: number): void {
    if (typeof newCapacity !== 'number') {
      throw typeError(newCapacity, 'number');
    }
    if (!validCapacity(newCapacity)) {
      throw new Error('data error');
    }
    while (this.#cache.size > newCapacity) {
      this.#cache.delete(this.#cache.keys().next().value as K);
      this.#evictionCount++;
    }
    this.length = this.#cache.size;
    this.#maxSize = newCapacity;
  }

  /** Throws for an `undefined` (401) or `null` key. */
  #checkKey(key: unknown): void {
    if (key === undefined) {
      throw typeError(key, 'Object');
    }
    if (key === null) {
      throw new Error('key not be null');
    }
  }

  /**
   * The value of `key`, now the most recently used, or `undefined`.
   *
   * @param key - The key.
   */
  get(key: K): V | undefined {
    this.#checkKey(key);
    if (this.#cache.has(key)) {
      const value = this.#cache.get(key) as V;
      this.#hitCount++;
      this.#cache.delete(key);
      this.#cache.set(key, value);
      return value;
    }
    this.#missCount++;
    const created = this.createDefault(key);
    if (created === undefined) {
      return undefined;
    }
    this.put(key, created);
    this.#createCount++;
    return created;
  }

  /**
   * Stores `value` under `key`, evicting the least recently used entry when full.
   *
   * @param key - The key.
   * @param value - The value.
   * @returns The value `key` had before, or `undefined`.
   */
  put(key: K, value: V): V | undefined {
    this.#checkKey(key);
    if (value === undefined) {
      throw typeError(value, 'Object');
    }
    if (value === null) {
      throw new Error('key or value not be null');
    }
    let former: V | undefined;
    this.#putCount++;
    if (this.#cache.has(key)) {
      former = this.#cache.get(key);
      this.#cache.delete(key);
      this.afterRemoval(false, key, former as V, value);
    } else if (this.#cache.size >= this.#maxSize) {
      this.#cache.delete(this.#cache.keys().next().value as K);
      this.#evictionCount++;
      this.afterRemoval(true, key, value, undefined);
    }
    this.#cache.set(key, value);
    this.length = this.#cache.size;
    return former;
  }

  /**
   * Removes `key`.
   *
   * @param key - The key.
   * @returns Its value, or `undefined`.
   */
  remove(key: K): V | undefined {
    this.#checkKey(key);
    if (this.#cache.has(key)) {
      const former = this.#cache.get(key) as V;
      this.#cache.delete(key);
      this.afterRemoval(false, key, former, undefined);
      this.length = this.#cache.size;
      return former;
    }
    this.length = this.#cache.size;
    return undefined;
  }

  /**
   * Whether `key` is cached; a hit makes it the most recently used.
   *
   * @param key - The key.
   */
  contains(key: K): boolean {
    if (key === undefined) {
      throw typeError(key, 'Object');
    }
    if (this.#cache.has(key)) {
      this.#hitCount++;
      const value = this.#cache.get(key) as V;
      this.#cache.delete(key);
      this.#cache.set(key, value);
      return true;
    }
    this.#missCount++;
    return false;
  }

  /** Removes every entry. */
  clear(): void {
    this.#cache.clear();
    this.length = 0;
  }

  /** Whether the cache is empty. */
  isEmpty(): boolean {
    return this.#cache.size === 0;
  }

  /** The capacity. */
  getCapacity(): number {
    return this.#maxSize;
  }

  /** How many values `createDefault` made. */
  getCreateCount(): number {
    return this.#createCount;
  }

  /** How many lookups missed. */
  getMissCount(): number {
    return this.#missCount;
  }

  /** How many entries were evicted. */
  getRemovalCount(): number {
    return this.#evictionCount;
  }

  /** How many lookups hit. */
  getMatchCount(): number {
    return this.#hitCount;
  }

  /** How many puts were made. */
  getPutCount(): number {
    return this.#putCount;
  }

  /** The keys, least recently used first. */
  keys(): K[] {
    return [...this.#cache.keys()];
  }

  /** The values, least recently used first. */
  values(): V[] {
    return [...this.#cache.values()];
  }

  /** The entries, least recently used first. */
  entries(): IterableIterator<[K, V]> {
    return this.#cache.entries();
  }

  /** The entries, least recently used first. */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.#cache.entries();
  }

  /** A summary: capacity, hits, misses and hit rate in percent. */
  toString(): string {
    const lookups = this.#hitCount + this.#missCount;
    const hitRate = lookups === 0 ? 0 : (100 * this.#hitCount) / lookups;
    return `LRUCache[ maxSize = ${this.#maxSize}, hits = ${this.#hitCount}, misses = ${this.#missCount}, hitRate = ${hitRate}% ]`;
  }

  /**
   * Called when an entry is replaced, removed or evicted; override to observe it.
   *
   * @param isEvict - Whether it was evicted for room.
   * @param key - Its key.
   * @param value - Its value.
   * @param newValue - The replacing value, if any.
   */
  protected afterRemoval(isEvict: boolean, key: K, value: V, newValue: V | undefined): void {
    void isEvict;
    void key;
    void value;
    void newValue;
  }

  /**
   * The value to create for a missing key; `undefined` (none) unless overridden.
   *
   * @param key - The missing key.
   */
  protected createDefault(key: K): V | undefined {
    if (key === undefined) {
      throw typeError(key, 'Object');
    }
    return undefined;
  }
}
