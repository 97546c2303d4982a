/**
 * `rpc.MessageSequence`: the JS face of a native `MessageParcel`, with the device's argument
 * checks and conversions (communication_ipc ipc/native/src/napi_common/source/
 * napi_message_sequence_write.cpp "W", napi_message_sequence_read.cpp "R",
 * include/napi_rpc_common.h "COM").
 *
 * @packageDocumentation
 */
import { Parcel } from '../wire/parcel';
import { assertionError, BusinessError } from './business-error';
import { int64ToNumber, toInt32, toInt64, toUint32 } from './int-conversion';
import { isRemoteObject } from './remote-object-brand';

/** COM:85: every JS MessageSequence may hold at most 204 800 bytes (200 KiB) of writes. */
export const MAX_CAPACITY_TO_WRITE = 200 * 1024;

/** COM:86: strings of this many UTF-16 units or more are refused (W:852-857). */
export const MAX_STRING_UNITS = 40960;

/** MessageParcel::WriteInterfaceToken writes this strict-mode policy first (message_parcel.cpp:349). */
const STRICT_MODE_POLICY = 0x100;

/** The value `typeof` gives, as `napi_typeof` classifies it (arkui_napi native_api.cpp:677-713). */
function napiTypeOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/** The parcel under each live sequence; a reclaimed sequence has none (W:1394-1408 `napi_remove_wrap`). */
const parcels = new WeakMap<MessageSequence, Parcel>();

/** The write ceiling of each sequence (W:39 `maxCapacityToWrite_`, raised by `setCapacity`). */
const ceilings = new WeakMap<MessageSequence, number>();

/** Throws the 401 business error unless exactly one argument was passed (`argc != 1`, e.g. W:174-177). */
function expectOneArgument(count: number): void {
  if (count !== 1) {
    throw new BusinessError('CHECK_PARAM_ERROR');
  }
}

/**
 * A buffer of request or reply data, written and read in order, as `@ohos.rpc` has it on the
 * device: every `write*` checks its argument with `napi_typeof` (a wrong type throws business
 * error 401), converts numbers as the ArkCompiler does, and first checks the 200 KiB write
 * ceiling (a `RangeError` "No enough capacity to write", COM:42-51); every `read*` returns a
 * default instead of failing when the data runs out.
 */
export class MessageSequence {
  /** Creates an empty sequence (W:2091-2121; `new` works on the device as `create()` does). */
  constructor() {
    parcels.set(this, new Parcel());
    ceilings.set(this, MAX_CAPACITY_TO_WRITE);
  }

  /** Creates an empty sequence (W:1379-1392). */
  static create(): MessageSequence {
    return new MessageSequence();
  }

  /**
   * Frees the native parcel (W:1394-1408). Afterwards every write throws 1900009, every read
   * 1900010, and the size getters and a second `reclaim` throw an assertion error.
   */
  reclaim(): void {
    this.#live('napiSequence != nullptr', 'napiSequence is null');
    parcels.delete(this);
  }

  // ---- writes -------------------------------------------------------------------------------

  /**
   * Writes an int32 (W:168-204): `typeof value` must be `'number'` (else 401); the value is
   * converted with ECMAScript ToInt32 (so `2 ** 31` becomes `-2 ** 31`, `1.9` becomes 1, NaN 0).
   */
  writeInt(value: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(value, 'number');
    const parcel = this.#writer();
    this.#checkCapacity(4, parcel);
    this.#wrote(parcel.writeInt32(toInt32(value)));
  }

  /**
   * Writes an int64 (W:206-242): `typeof value` must be `'number'`, bigints included in the
   * refusal (401). Non-finite values become 0, others are truncated and saturated to the int64
   * range.
   */
  writeLong(value: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(value, 'number');
    const parcel = this.#writer();
    this.#checkCapacity(8, parcel);
    this.#wrote(parcel.writeInt64(toInt64(value)));
  }

  /** Writes an 8-byte double: on the device `writeFloat` is `WriteDouble` (W:244-280). */
  writeFloat(value: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(value, 'number');
    const parcel = this.#writer();
    this.#checkCapacity(8, parcel);
    this.#wrote(parcel.writeDouble(value));
  }

  /** Writes an 8-byte double; the same function as `writeFloat` (W:282-286). */
  writeDouble(value: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(value, 'number');
    const parcel = this.#writer();
    this.#checkCapacity(8, parcel);
    this.#wrote(parcel.writeDouble(value));
  }

  /**
   * Writes a boolean as an int32 0 or 1 (W:288-324, `WriteInt8`; parcel.cpp:499-502). Only a real
   * boolean is accepted: `1`, `'true'` or `undefined` throw 401.
   */
  writeBoolean(value: boolean): void {
    expectOneArgument(arguments.length);
    this.#expectType(value, 'boolean');
    const parcel = this.#writer();
    this.#checkCapacity(4, parcel);
    this.#wrote(parcel.writeInt32(value ? 1 : 0));
  }

  /**
   * Writes a String16 (W:834-882). Only a real string is accepted (401); one of 40 960 UTF-16
   * units or more throws 401 (W:852-857). The ceiling check reserves 4 bytes per unit (W:873).
   * The units are copied into a NUL-terminated buffer that becomes a `std::u16string`
   * (W:858-874), so the string is cut at its first NUL unit.
   */
  writeString(value: string): void {
    expectOneArgument(arguments.length);
    this.#expectType(value, 'string');
    if (value.length >= MAX_STRING_UNITS) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    const parcel = this.#writer();
    this.#checkCapacity(4 * value.length, parcel);
    this.#wrote(parcel.writeString16(cutAtNul(value)));
  }

  /**
   * Writes an int32 array as a count and one int32 per element (W:504-559). The argument must be
   * a real `Array` (`napi_is_array`; typed arrays throw 401, W:434-439). The ceiling check
   * reserves 4 bytes per element plus 4 (W:525). Each element is checked as it is written: a
   * hole or a non-number throws 401 **after** the count and the elements before it were written
   * (W:529-544).
   */
  writeIntArray(intArray: number[]): void {
    if (arguments.length !== 1 || !Array.isArray(intArray)) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    const parcel = this.#writer();
    const length = intArray.length;
    this.#checkCapacity(4 * (length + 1), parcel);
    const start = parcel.writePosition;
    this.#wrote(parcel.writeUint32(length));
    for (let index = 0; index < length; index += 1) {
      if (!(index in intArray)) {
        throw new BusinessError('CHECK_PARAM_ERROR');
      }
      const element: unknown = intArray[index];
      if (typeof element !== 'number') {
        throw new BusinessError('CHECK_PARAM_ERROR');
      }
      if (!parcel.writeInt32(toInt32(element))) {
        // W:549-553: a failed element write rewinds to before the count.
        parcel.rewindWrite(start);
        throw new BusinessError('WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR');
      }
    }
  }

  /**
   * Writes a binder object (W:1410-1446). `typeof object` must be `'object'` and not `null`
   * (401); it must be an `rpc.RemoteObject` (1900008). There is no ceiling pre-check here; a
   * parcel that cannot grow throws 1900009.
   */
  writeRemoteObject(object: object): void {
    expectOneArgument(arguments.length);
    this.#expectType(object, 'object');
    if (!isRemoteObject(object)) {
      throw new BusinessError('PROXY_OR_REMOTE_OBJECT_INVALID_ERROR');
    }
    this.#wrote(this.#writer().writeObject(object));
  }

  /**
   * Writes an interface token (W:1448-1495; message_parcel.cpp:347-365): int32 0x100, int32 0,
   * then the token as a String16. Same string checks as `writeString`, and no ceiling pre-check.
   */
  writeInterfaceToken(token: string): void {
    expectOneArgument(arguments.length);
    this.#expectType(token, 'string');
    if (token.length >= MAX_STRING_UNITS) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    const parcel = this.#writer();
    const start = parcel.writePosition;
    if (!parcel.writeInt32(STRICT_MODE_POLICY)) {
      throw new BusinessError('WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR');
    }
    if (!parcel.writeInt32(0)) {
      parcel.rewindWrite(start);
      throw new BusinessError('WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR');
    }
    this.#wrote(parcel.writeString16(cutAtNul(token)));
  }

  // ---- reads --------------------------------------------------------------------------------

  /** Reads an int32; 0 when fewer than 4 bytes are left, nothing consumed (R:239-255). */
  readInt(): number {
    return this.#reader().readInt32() ?? 0;
  }

  /**
   * Reads an int64 as a JS number (R:257-273): the nearest double, so values beyond 2^53 lose
   * precision; 0 when fewer than 8 bytes are left.
   */
  readLong(): number {
    return int64ToNumber(this.#reader().readInt64() ?? 0n);
  }

  /** Reads an 8-byte double (R:275-291); 0 when fewer than 8 bytes are left. */
  readFloat(): number {
    return this.#reader().readDouble() ?? 0;
  }

  /** Reads an 8-byte double; the same function as `readFloat` (R:293-297). */
  readDouble(): number {
    return this.#reader().readDouble() ?? 0;
  }

  /**
   * Reads a boolean (R:299-315): the int32 slot narrowed to int8 (parcel.cpp:994-998), true when
   * that is non-zero. So 256 reads as `false`; no data reads as `false`.
   */
  readBoolean(): boolean {
    const slot = this.#reader().readInt32() ?? 0;
    return (slot << 24) >> 24 !== 0;
  }

  /**
   * Reads a String16 (R:335-355, parcel.cpp:1237-1264): `''` when the data is short or malformed,
   * with the read position restored; after a negative count, `''` with those 4 bytes consumed.
   */
  readString(): string {
    return this.#reader().readString16() ?? '';
  }

  /**
   * Reads an int32 array (R:497-547): a uint32 count, then the elements. A missing count reads
   * as 0 (`[]`). When the count exceeds what is left, a `RangeError` "No enough data to read"
   * is thrown with the count consumed (COM:65-78).
   *
   * With an array argument the elements are stored into it instead and nothing is returned.
   */
  readIntArray(): number[];
  readIntArray(dataIn: number[]): void;
  readIntArray(dataIn?: number[]): number[] | void {
    const parcel = this.#reader();
    const count = parcel.readUint32() ?? 0;
    if (arguments.length > 0) {
      checkReadLength(count, parcel);
      if (arguments.length !== 1 || !Array.isArray(dataIn)) {
        throw new BusinessError('CHECK_PARAM_ERROR');
      }
      for (let index = 0; index < count; index += 1) {
        dataIn[index] = parcel.readInt32() ?? 0;
      }
      return;
    }
    if (count === 0) {
      return [];
    }
    checkReadLength(count, parcel);
    const values: number[] = [];
    for (let index = 0; index < count; index += 1) {
      values.push(parcel.readInt32() ?? 0);
    }
    return values;
  }

  /**
   * Reads a binder object (R:134-156): the `rpc.RemoteObject` that was written. Where no object
   * slot starts at the read position, business error 1900008 is thrown.
   */
  readRemoteObject(): object {
    const object = this.#reader().readObject();
    if (object === undefined) {
      throw new BusinessError('PROXY_OR_REMOTE_OBJECT_INVALID_ERROR');
    }
    return object;
  }

  /**
   * Reads an interface token (R:158-179; message_parcel.cpp:368-374): two int32s, then a String16
   * (`''` when malformed).
   */
  readInterfaceToken(): string {
    const parcel = this.#reader();
    parcel.readInt32();
    parcel.readInt32();
    return parcel.readString16() ?? '';
  }

  // ---- sizes and cursors --------------------------------------------------------------------

  /** Bytes written (R:34-48). */
  getSize(): number {
    return this.#live('napiSequence != nullptr', 'napiSequence is null').dataSize;
  }

  /** Bytes allocated by the native parcel so far (R:50-64): 0, then 64, doubling, then steps of 4096. */
  getCapacity(): number {
    return this.#live('napiSequence != nullptr', 'napiSequence is null').dataCapacity;
  }

  /** Bytes that can be written without the native parcel growing (W:1241-1255). */
  getWritableBytes(): number {
    return this.#live('napiSequence != nullptr', 'napiSequence is null').writableBytes;
  }

  /** Bytes left to read (R:66-80). */
  getReadableBytes(): number {
    return this.#live('napiSequence != nullptr', 'napiSequence is null').remaining;
  }

  /** The read position in bytes (R:82-96). */
  getReadPosition(): number {
    return this.#live('napiSequence != nullptr', 'napiSequence is null').readPosition;
  }

  /** The write position in bytes (W:1257-1271). */
  getWritePosition(): number {
    return this.#live('napiSequence != nullptr', 'napiSequence is null').writePosition;
  }

  /**
   * Moves the read position (R:98-132): a number is required (401); beyond the data size an
   * assertion error "rewind read failed" is thrown.
   */
  rewindRead(pos: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(pos, 'number');
    if (!this.#reader().rewindRead(toUint32(pos))) {
      throw assertionError('result == true', 'rewind read failed');
    }
  }

  /**
   * Moves the write position back, cutting the data there (W:1273-1307; parcel.cpp:944-981): a
   * number is required (401); beyond the data size an assertion error "rewind write failed".
   */
  rewindWrite(pos: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(pos, 'number');
    if (!this.#writer().rewindWrite(toUint32(pos))) {
      throw assertionError('result == true', 'rewind write failed');
    }
  }

  /** Sets the data size within the capacity; silently does nothing otherwise (W:1162-1198). */
  setSize(size: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(size, 'number');
    this.#writer().setDataSize(toUint32(size));
  }

  /**
   * Sets the allocated size and with it the write ceiling (W:1200-1239): this is how a sequence
   * can hold more than 200 KiB. A size not above the data size throws 1900011.
   */
  setCapacity(size: number): void {
    expectOneArgument(arguments.length);
    this.#expectType(size, 'number');
    const capacity = toUint32(size);
    if (!this.#writer().setDataCapacity(capacity)) {
      throw new BusinessError('PARCEL_MEMORY_ALLOC_ERROR');
    }
    ceilings.set(this, capacity);
  }

  // ---- internals ----------------------------------------------------------------------------

  /** The parcel, or the assertion error a reclaimed sequence throws (R:40-42 `NAPI_ASSERT_BASE`). */
  #live(condition: string, message: string): Parcel {
    const parcel = parcels.get(this);
    if (parcel === undefined) {
      throw assertionError(condition, message);
    }
    return parcel;
  }

  /** The parcel for a write; 1900009 when reclaimed (e.g. W:189-194). */
  #writer(): Parcel {
    const parcel = parcels.get(this);
    if (parcel === undefined) {
      throw new BusinessError('WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR');
    }
    return parcel;
  }

  /** The parcel for a read; 1900010 when reclaimed (e.g. R:244-249). */
  #reader(): Parcel {
    const parcel = parcels.get(this);
    if (parcel === undefined) {
      throw new BusinessError('READ_DATA_FROM_MESSAGE_SEQUENCE_ERROR');
    }
    return parcel;
  }

  /** Throws 401 unless `napi_typeof(value)` is `type` (e.g. W:179-184). */
  #expectType(value: unknown, type: 'number' | 'boolean' | 'string' | 'object'): void {
    if (napiTypeOf(value) !== type) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
  }

  /** COM:42-51 `CHECK_WRITE_CAPACITY`, with COM:24-31 `CHECK_WRITE_POSITION` first. */
  #checkCapacity(length: number, parcel: Parcel): void {
    const ceiling = ceilings.get(this) ?? MAX_CAPACITY_TO_WRITE;
    if (ceiling < parcel.writePosition) {
      throw new BusinessError('WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR');
    }
    if (ceiling - parcel.writePosition < length) {
      throw new RangeError('No enough capacity to write');
    }
  }

  /** A native write that returned false throws 1900009 (e.g. W:196-200). */
  #wrote(succeeded: boolean): void {
    if (!succeeded) {
      throw new BusinessError('WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR');
    }
  }
}

/** COM:65-78 `CHECK_READ_LENGTH` for 4-byte elements. */
function checkReadLength(count: number, parcel: Parcel): void {
  const left = parcel.remaining;
  if (count > left || count * 4 > left) {
    throw new RangeError('No enough data to read');
  }
}

/** The part of `value` before its first NUL unit (a `char16_t*` turned into `std::u16string`). */
function cutAtNul(value: string): string {
  const nul = value.indexOf('\u0000');
  return nul === -1 ? value : value.slice(0, nul);
}

/**
 * The parcel under `sequence`.
 *
 * @throws TypeError when `sequence` is not a live `MessageSequence`.
 */
export function parcelOf(sequence: MessageSequence): Parcel {
  const parcel = parcels.get(sequence);
  if (parcel === undefined) {
    throw new TypeError('not a live rpc.MessageSequence');
  }
  return parcel;
}

/** Whether `value` is a live `MessageSequence` of this module (what `napi_unwrap` accepts). */
export function isMessageSequence(value: unknown): value is MessageSequence {
  return typeof value === 'object' && value !== null && parcels.has(value as MessageSequence);
}

/**
 * Puts `parcel` under `sequence`, replacing what it held, with the default write ceiling.
 *
 * @throws TypeError when `sequence` is not a live `MessageSequence`.
 */
export function adoptParcel(sequence: MessageSequence, parcel: Parcel): void {
  parcelOf(sequence);
  parcels.set(sequence, parcel);
  ceilings.set(sequence, MAX_CAPACITY_TO_WRITE);
}
