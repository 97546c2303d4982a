import type { Parcel } from '../wire/parcel';

/** The largest int32. */
const INT32_MAX = 2147483647;
/** The smallest int32. */
const INT32_MIN = -2147483648;
/** The smallest int64. */
const INT64_MIN = -(2n ** 63n);
/** The largest int64. */
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The system's writer of a request. The system is native code: it writes typed values straight
 * into the `Parcel` (c_utils `WriteInt32`, `WriteInt64`, `WriteDouble`, `WriteString16`,
 * `WriteBool` as an int32), so there is no JS conversion here. A value the native caller could not
 * hold (an int32 field that is not an int32, a string field that is not a string), or a request
 * that outgrows the parcel, is the caller's mistake and throws `TypeError` or `RangeError` before
 * anything is sent.
 */
export class RequestWriter {
  private readonly parcel: Parcel;

  /** Writes into `parcel`. */
  constructor(parcel: Parcel) {
    this.parcel = parcel;
  }

  /** Writes an int32; `value` must be an integer in [−2^31, 2^31 − 1]. */
  int32(value: number, field: string): void {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
      throw new RangeError(`${field} must be an int32, got ${describe(value)}`);
    }
    this.check(this.parcel.writeInt32(value), field);
  }

  /** Writes an int64; a number must be an integer, a bigint must fit 64 bits. */
  int64(value: number | bigint, field: string): void {
    let wide: bigint;
    if (typeof value === 'bigint') {
      wide = value;
    } else if (typeof value === 'number' && Number.isInteger(value)) {
      wide = BigInt(value);
    } else {
      throw new RangeError(`${field} must be an int64, got ${describe(value)}`);
    }
    if (wide < INT64_MIN || wide > INT64_MAX) {
      throw new RangeError(`${field} must be an int64, got ${wide}`);
    }
    this.check(this.parcel.writeInt64(wide), field);
  }

  /** Writes an 8-byte double. */
  double(value: number, field: string): void {
    if (typeof value !== 'number') {
      throw new TypeError(`${field} must be a number, got ${describe(value)}`);
    }
    this.check(this.parcel.writeDouble(value), field);
  }

  /** Writes a boolean as an int32 0 or 1 (c_utils parcel.cpp `WriteBool`: `WritePadded`). */
  bool(value: boolean, field: string): void {
    if (typeof value !== 'boolean') {
      throw new TypeError(`${field} must be a boolean, got ${describe(value)}`);
    }
    this.check(this.parcel.writeInt32(value ? 1 : 0), field);
  }

  /** Writes a String16 (any UTF-16 code units, lone surrogates included). */
  string(value: string, field: string): void {
    if (typeof value !== 'string') {
      throw new TypeError(`${field} must be a string, got ${describe(value)}`);
    }
    this.check(this.parcel.writeString16(value), field);
  }

  /** Writes an int32 count and one int32 per element (a `Uint8Array`'s bytes are int32 already). */
  int32Vector(values: ArrayLike<number>, field: string): void {
    let copy: readonly number[];
    if (values instanceof Uint8Array) {
      // Bytes are valid int32 values already; the parcel only iterates them.
      copy = values as unknown as readonly number[];
    } else {
      const checked = new Array<number>(values.length);
      copy = checked;
      for (let index = 0; index < values.length; index++) {
        const value = values[index];
        if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
          throw new RangeError(`${field}[${index}] must be an int32, got ${describe(value)}`);
        }
        checked[index] = value;
      }
    }
    this.check(this.parcel.writeInt32Vector(copy), field);
  }

  /**
   * Throws when a write failed: the request outgrew the parcel (200 KiB by default for a native
   * parcel too, c_utils parcel.cpp:45,74).
   */
  private check(written: boolean, field: string): void {
    if (!written) {
      throw new RangeError(`${field}: the request does not fit the parcel (${this.parcel.dataSize} bytes written)`);
    }
  }

  /** Writes an int32 count of the items that follow. */
  count(length: number, field: string): void {
    this.int32(length, field);
  }
}

/**
 * The same error with `prefix` put before its message, for the `TypeError` and `RangeError` the
 * writer throws (whose messages start with the field name); any other error unchanged. Writers of
 * repeated structures use relative field names and name the place only when a write fails.
 *
 * @param error - What a write threw.
 * @param prefix - The path of the structure being written, e.g. `values[3]`.
 * @returns The error to throw.
 */
export function prefixedError(error: unknown, prefix: string): unknown {
  if (error instanceof RangeError) {
    return new RangeError(prefix + error.message);
  }
  if (error instanceof TypeError) {
    return new TypeError(prefix + error.message);
  }
  return error;
}

/** A short description of a value for an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'bigint') {
    return `${value}n`;
  }
  if (value === null || typeof value !== 'object') {
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (Array.isArray(value)) {
    return `an array of ${value.length}`;
  }
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object';
}
