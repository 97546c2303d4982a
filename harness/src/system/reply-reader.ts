import type { Parcel } from '../wire/parcel';
import { BINDER_OBJECT_SIZE } from '../wire/parcel';

/**
 * A 64-bit integer as the system reads it: a JS number when it is a safe integer
 * (|v| ≤ 2^53 − 1), otherwise the exact `bigint`. The system reads an int64 natively, so nothing
 * is lost on its side; a vendor comparing with a number gets a number whenever one is exact.
 */
export type Int64 = number | bigint;

/** Turns an int64 read from the wire into an {@link Int64}: a number when exact, else a bigint. */
export function int64Value(value: bigint): Int64 {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

/** Thrown by {@link ReplyReader} when the reply ends before the field it was asked to read. */
export class TruncatedReplyError extends Error {
  /** The field that was missing, e.g. `values[3].name`. */
  readonly field: string;
  /** Byte offset in the reply where the field should have started. */
  readonly offset: number;
  /** What was to be read there, e.g. `int32`. */
  readonly wanted: string;
  /** Creates the error for `field`, missing at `offset`. */
  constructor(field: string, offset: number, wanted: string) {
    super(`reply ends before ${field} (${wanted} at byte ${offset})`);
    this.name = 'TruncatedReplyError';
    this.field = field;
    this.offset = offset;
    this.wanted = wanted;
  }
}

/** Thrown by {@link ReplyReader} when a field is present but is not what the system can read. */
export class MalformedReplyError extends Error {
  /** The field that could not be read. */
  readonly field: string;
  /** Byte offset in the reply where the field starts. */
  readonly offset: number;
  /** Why it could not be read. */
  readonly reason: string;
  /** Creates the error for `field` at `offset`, with the reason. */
  constructor(field: string, offset: number, reason: string) {
    super(`${field} at byte ${offset}: ${reason}`);
    this.name = 'MalformedReplyError';
    this.field = field;
    this.offset = offset;
    this.reason = reason;
  }
}

/**
 * The same reply error with `prefix` put before its field name; any other error unchanged.
 * Decoders of repeated structures read with relative field names and name the place only when a
 * read fails, so a well-formed reply builds no field names at all.
 *
 * @param error - What a read threw.
 * @param prefix - The path of the structure being read, e.g. `results[3]`.
 * @returns The error to throw.
 */
export function prefixed(error: unknown, prefix: string): unknown {
  if (error instanceof TruncatedReplyError) {
    return new TruncatedReplyError(prefix + error.field, error.offset, error.wanted);
  }
  if (error instanceof MalformedReplyError) {
    return new MalformedReplyError(prefix + error.field, error.offset, error.reason);
  }
  return error;
}

/**
 * The system's reader of a reply: the native `Parcel` reads, which fail when the data runs out
 * (commonlibrary_c_utils base/src/parcel.cpp `Read<T>`), not the JS `MessageSequence` reads, which
 * give 0 or `''` instead (napi_message_sequence_read.cpp). Each read names the field it reads, so
 * that a short reply says which field was missing.
 */
export class ReplyReader {
  private readonly parcel: Parcel;

  /**
   * What has been decoded so far, set by the decoder as it builds its value, so a failure can
   * show the part that was read.
   */
  partial: unknown;

  /** Reads from `parcel`, starting at its current read position. */
  constructor(parcel: Parcel) {
    this.parcel = parcel;
    this.partial = undefined;
  }

  /** Byte offset of the next read. */
  get offset(): number {
    return this.parcel.readPosition;
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.parcel.remaining;
  }

  /** Reads an int32. */
  int32(field: string): number {
    const at = this.offset;
    const value = this.parcel.readInt32();
    if (value === undefined) {
      throw new TruncatedReplyError(field, at, 'int32');
    }
    return value;
  }

  /**
   * Reads an int32 count of items that follow. A negative count is malformed: the native vector
   * reads refuse it (parcel.cpp `ReadVector`: `len < 0` fails).
   */
  count(field: string): number {
    const at = this.offset;
    const value = this.int32(field);
    if (value < 0) {
      throw new MalformedReplyError(field, at, `negative count ${value}`);
    }
    return value;
  }

  /** Reads an int64 (8 bytes) as an {@link Int64}. */
  int64(field: string): Int64 {
    const at = this.offset;
    const value = this.parcel.readInt64();
    if (value === undefined) {
      throw new TruncatedReplyError(field, at, 'int64');
    }
    return int64Value(value);
  }

  /** Reads an 8-byte IEEE double. */
  double(field: string): number {
    const at = this.offset;
    const value = this.parcel.readDouble();
    if (value === undefined) {
      throw new TruncatedReplyError(field, at, 'double');
    }
    return value;
  }

  /**
   * Reads a boolean: an int32 slot, true when non-zero (parcel.cpp `ReadBool`, `ReadPadded<bool>`:
   * the int32 is cast to bool).
   */
  bool(field: string): boolean {
    const at = this.offset;
    const value = this.parcel.readInt32();
    if (value === undefined) {
      throw new TruncatedReplyError(field, at, 'bool (int32)');
    }
    return value !== 0;
  }

  /**
   * Reads a String16. A length that runs past the data is a truncation; a negative length or a
   * missing NUL terminator is malformed (parcel.cpp `ReadString16`).
   */
  string(field: string): string {
    const at = this.offset;
    const value = this.parcel.readString16();
    if (value !== undefined) {
      return value;
    }
    this.parcel.readPosition = at;
    const length = this.parcel.readInt32();
    this.parcel.readPosition = at;
    if (length === undefined) {
      throw new TruncatedReplyError(field, at, 'string length');
    }
    if (length < 0) {
      throw new MalformedReplyError(field, at, `negative string length ${length}`);
    }
    const needed = 4 + (length + 1) * 2;
    if (needed > this.remaining) {
      throw new TruncatedReplyError(field, at, `string of ${length} UTF-16 units`);
    }
    throw new MalformedReplyError(field, at, `string of ${length} UTF-16 units is not NUL-terminated`);
  }

  /** Reads an int32 count and that many int32 values. */
  int32Vector(field: string): number[] {
    let count: number;
    try {
      count = this.count('.length');
    } catch (error) {
      throw prefixed(error, field);
    }
    const at = this.offset;
    if (count * 4 > this.remaining) {
      const present = Math.floor(this.remaining / 4);
      throw new TruncatedReplyError(`${field}[${present}]`, at + present * 4, `int32 ${present + 1} of ${count}`);
    }
    const values: number[] = new Array<number>(count);
    for (let index = 0; index < count; index++) {
      // The bounds were checked above, so every read succeeds.
      values[index] = this.parcel.readInt32() as number;
    }
    return values;
  }

  /** Reads a binder object slot and gives the object it carries. */
  object(field: string): object {
    const at = this.offset;
    const value = this.parcel.readObject();
    if (value === undefined) {
      if (this.remaining < BINDER_OBJECT_SIZE) {
        throw new TruncatedReplyError(field, at, 'binder object');
      }
      throw new MalformedReplyError(field, at, 'no binder object here');
    }
    return value;
  }
}
