/**
 * The byte layout of a c_utils `Parcel` (commonlibrary_c_utils base/src/parcel.cpp), the buffer
 * under every `MessageParcel` and every JS `MessageSequence` on the device.
 *
 * Only the layout and the native return values live here; the JS conversions and checks of
 * `@ohos.rpc` are in `rpc/message-sequence.ts`. Values are stored in native byte order,
 * which is little-endian on every OpenHarmony target (parcel.cpp:474-487 `Write<T>` copies the
 * value as it is in memory).
 *
 * @packageDocumentation
 */

/** parcel.cpp:45,74: a parcel grows to at most 204 800 bytes (200 KiB) unless told otherwise. */
export const DEFAULT_MAX_CAPACITY = 204800;

/** parcel.cpp:46: below this size the capacity doubles; above it, it grows in steps of 4096. */
const CAPACITY_THRESHOLD = 4096;

/** parcel.cpp:131: the first allocation is 64 bytes. */
const FIRST_CAPACITY = 64;

/**
 * Size in bytes of a binder object slot: `flat_binder_object` is a u32 type, u32 flags, a 64-bit
 * binder/handle and a 64-bit cookie (communication_ipc ipc/native/src/core/framework/include/
 * sys_binder.h:56-64; binder_uintptr_t is 64-bit).
 */
export const BINDER_OBJECT_SIZE = 24;

/** sys_binder.h:28-33: BINDER_TYPE_BINDER = B_PACK_CHARS('s', 'b', '*', 0x85), a local stub. */
const BINDER_TYPE_BINDER = 0x73622a85;

/**
 * binder_invoker.cpp:1716 `FlattenObject`: flags = 0x7f | FLAT_BINDER_FLAG_ACCEPTS_FDS (0x100,
 * linux uapi binder.h).
 */
const BINDER_OBJECT_FLAGS = 0x17f;

/** parcel.cpp:623, 643: a String16 longer than INT32_MAX / 2 - 1 units is refused. */
const MAX_STRING16_UNITS = Math.floor(0x7fffffff / 2) - 1;

/** How a parcel is created. */
export interface ParcelOptions {
  /**
   * The most bytes the parcel may grow to (parcel.cpp:121-139 `CalcNewCapacity`); default
   * {@link DEFAULT_MAX_CAPACITY}.
   */
  maxCapacity?: number;
  /**
   * Whether writes are allowed. A parcel made from received bytes is not writable on the device
   * (parcel.cpp:853-854 `ParseFrom`; 147-150 `EnsureWritableCapacity`).
   */
  writable?: boolean;
}

/** parcel.h:819-823 `GetPadSize`: bytes needed to bring `size` up to a multiple of 4. */
function padSize(size: number): number {
  return ((size + 3) & ~3) - size;
}

/**
 * A c_utils parcel: a growable byte buffer with separate read and write cursors, plus the binder
 * objects written into it (kept beside the bytes, keyed by the offset of their slot).
 *
 * Writes return `false`, as the native calls do, when the parcel cannot grow or is not writable;
 * a failed write may leave part of its bytes written exactly where the native code would.
 * Reads return `undefined` when the data runs out, leaving the read position where the native
 * read leaves it.
 */
export class Parcel {
  #buffer: Uint8Array = new Uint8Array(0);
  #view: DataView = new DataView(this.#buffer.buffer);
  #dataSize = 0;
  #writeCursor = 0;
  #readCursor = 0;
  #maxCapacity: number;
  #writable: boolean;
  readonly #objects = new Map<number, object>();

  /** Creates an empty parcel (parcel.cpp:59-79). */
  constructor(options: ParcelOptions = {}) {
    this.#maxCapacity = options.maxCapacity ?? DEFAULT_MAX_CAPACITY;
    this.#writable = options.writable ?? true;
  }

  /**
   * Creates a parcel over a copy of received bytes, as `ParseFrom` does (parcel.cpp:844-861):
   * capacity and size are the byte count, and the parcel is not writable unless asked.
   *
   * @param bytes - The bytes.
   * @param objects - The binder objects in `bytes`, by the byte offset of their slot.
   * @param options - `writable` defaults to `false` here.
   */
  static fromBytes(bytes: Uint8Array, objects: Iterable<readonly [number, object]> = [], options: ParcelOptions = {}): Parcel {
    const parcel = new Parcel({ ...options, writable: options.writable ?? false });
    parcel.#buffer = Uint8Array.from(bytes);
    parcel.#view = new DataView(parcel.#buffer.buffer);
    parcel.#dataSize = bytes.length;
    for (const [offset, object] of objects) {
      if (offset >= 0 && offset + BINDER_OBJECT_SIZE <= bytes.length) {
        parcel.#objects.set(offset, object);
      }
    }
    return parcel;
  }

  /** Bytes written (parcel.cpp:221-224 `GetDataSize`). */
  get dataSize(): number {
    return this.#dataSize;
  }

  /** Bytes allocated so far (parcel.cpp:241-244 `GetDataCapacity`). */
  get dataCapacity(): number {
    return this.#buffer.length;
  }

  /** The most bytes the parcel may grow to by itself (parcel.cpp:246-249). */
  get maxCapacity(): number {
    return this.#maxCapacity;
  }

  /** Whether writes are allowed (false for a parcel made from received bytes). */
  get writable(): boolean {
    return this.#writable;
  }

  /** Where the next write goes (parcel.cpp:939-942). Setting it is `rewindWrite`. */
  get writePosition(): number {
    return this.#writeCursor;
  }

  set writePosition(position: number) {
    if (!this.rewindWrite(position)) {
      throw new RangeError(`write position ${position} is beyond the data size ${this.#dataSize}`);
    }
  }

  /** Where the next read starts (parcel.cpp:924-927). Setting it is `rewindRead`. */
  get readPosition(): number {
    return this.#readCursor;
  }

  set readPosition(position: number) {
    if (!this.rewindRead(position)) {
      throw new RangeError(`read position ${position} is beyond the data size ${this.#dataSize}`);
    }
  }

  /** Bytes left to read (parcel.cpp:100-107 `GetReadableBytes`). */
  get remaining(): number {
    return this.#dataSize > this.#readCursor ? this.#dataSize - this.#readCursor : 0;
  }

  /** Bytes that can be written without growing (parcel.cpp:91-98 `GetWritableBytes`). */
  get writableBytes(): number {
    return this.dataCapacity > this.#writeCursor ? this.dataCapacity - this.#writeCursor : 0;
  }

  /** The binder objects written, by the byte offset of their slot, in offset order. */
  get objects(): ReadonlyMap<number, object> {
    return new Map([...this.#objects.entries()].sort((a, b) => a[0] - b[0]));
  }

  /** A copy of the bytes written. */
  toBytes(): Uint8Array {
    return this.#buffer.slice(0, this.#dataSize);
  }

  /** Moves the read cursor; fails beyond the data size (parcel.cpp:929-937 `RewindRead`). */
  rewindRead(position: number): boolean {
    if (!Number.isInteger(position) || position < 0 || position > this.#dataSize) {
      return false;
    }
    this.#readCursor = position;
    return true;
  }

  /**
   * Moves the write cursor back and cuts the data there; fails beyond the data size
   * (parcel.cpp:944-981 `RewindWrite`: the data size becomes the position, and binder objects
   * whose slot no longer fits are forgotten).
   */
  rewindWrite(position: number): boolean {
    if (!Number.isInteger(position) || position < 0 || position > this.#dataSize) {
      return false;
    }
    this.#writeCursor = position;
    this.#dataSize = position;
    for (const offset of [...this.#objects.keys()]) {
      if (offset + BINDER_OBJECT_SIZE > position) {
        this.#objects.delete(offset);
      }
    }
    return true;
  }

  /**
   * Sets the allocated size directly, which may exceed {@link maxCapacity}; fails when it is not
   * above the data size (parcel.cpp:358-371 `SetDataCapacity`).
   */
  setDataCapacity(capacity: number): boolean {
    if (!Number.isInteger(capacity) || this.#dataSize >= capacity) {
      return false;
    }
    this.#resize(capacity);
    return true;
  }

  /** Sets the data size within the capacity (parcel.cpp:373-381 `SetDataSize`). */
  setDataSize(size: number): boolean {
    if (!Number.isInteger(size) || size < 0 || size > this.dataCapacity) {
      return false;
    }
    this.#dataSize = size;
    return true;
  }

  /** Writes a 4-byte signed integer (parcel.cpp:519-522); `value` must already be an int32. */
  writeInt32(value: number): boolean {
    if (!this.#ensureWritable(4)) {
      return false;
    }
    this.#view.setInt32(this.#writeCursor, value, true);
    this.#advanceWrite(4);
    return true;
  }

  /** Writes a 4-byte unsigned integer (parcel.cpp:549-552). */
  writeUint32(value: number): boolean {
    if (!this.#ensureWritable(4)) {
      return false;
    }
    this.#view.setUint32(this.#writeCursor, value >>> 0, true);
    this.#advanceWrite(4);
    return true;
  }

  /** Writes a boolean as a 4-byte 0 or 1 (parcel.cpp:489-492 `WriteBool`). */
  writeBool(value: boolean): boolean {
    return this.writeInt32(value ? 1 : 0);
  }

  /**
   * Writes an 8-byte signed integer at the write cursor, with no alignment beyond the 4-byte
   * slots (parcel.cpp:474-487, 524-527). The value is reduced to 64 bits.
   */
  writeInt64(value: bigint): boolean {
    if (!this.#ensureWritable(8)) {
      return false;
    }
    this.#view.setBigInt64(this.#writeCursor, BigInt.asIntN(64, value), true);
    this.#advanceWrite(8);
    return true;
  }

  /** Writes an 8-byte IEEE double (parcel.cpp:568-575). */
  writeDouble(value: number): boolean {
    if (!this.#ensureWritable(8)) {
      return false;
    }
    this.#view.setFloat64(this.#writeCursor, value, true);
    this.#advanceWrite(8);
    return true;
  }

  /**
   * Writes a String16 (parcel.cpp:615-633 `WriteString16`, 434-467 `WriteBufferAddTerminator`):
   * an int32 count of UTF-16 units, the units, a 16-bit NUL, then zero bytes up to a multiple of
   * 4. Every unit of `value` is written, NUL units included. When the units do not fit, the count
   * stays written and `false` is returned, as on the device.
   */
  writeString16(value: string): boolean {
    const units = value.length;
    if (units > MAX_STRING16_UNITS) {
      return false;
    }
    if (!this.writeInt32(units)) {
      return false;
    }
    const size = (units + 1) * 2;
    const pad = padSize(size);
    if (!this.#ensureWritable(size + pad)) {
      return false;
    }
    for (let index = 0; index < units; index += 1) {
      this.#view.setUint16(this.#writeCursor + index * 2, value.charCodeAt(index), true);
    }
    this.#buffer.fill(0, this.#writeCursor + units * 2, this.#writeCursor + size + pad);
    this.#advanceWrite(size + pad);
    return true;
  }

  /**
   * Writes an int32 array as the JS `writeIntArray` lays it out: a 4-byte count, then one 4-byte
   * slot per element (napi_message_sequence_write.cpp:525-554: `WriteUint32(length)` then
   * `WriteInt32` each). Each value must already be an int32. Stops at the first failed write.
   */
  writeInt32Vector(values: readonly number[]): boolean {
    if (!this.writeUint32(values.length)) {
      return false;
    }
    for (const value of values) {
      if (!this.writeInt32(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a binder object slot for `object` (message_parcel.cpp:179-216, parcel.cpp:736-760,
   * binder_invoker.cpp:1710-1739 `FlattenObject`): a 24-byte `flat_binder_object` of type
   * BINDER_TYPE_BINDER. The object itself is kept beside the bytes, keyed by the slot's offset.
   */
  writeObject(object: object): boolean {
    const offset = this.#writeCursor;
    if (!this.#ensureWritable(BINDER_OBJECT_SIZE)) {
      return false;
    }
    const token = BigInt(this.#objects.size + 1);
    this.#view.setUint32(offset, BINDER_TYPE_BINDER, true);
    this.#view.setUint32(offset + 4, BINDER_OBJECT_FLAGS, true);
    this.#view.setBigUint64(offset + 8, token, true);
    this.#view.setBigUint64(offset + 16, token, true);
    this.#advanceWrite(BINDER_OBJECT_SIZE);
    this.#objects.set(offset, object);
    return true;
  }

  /** Reads a 4-byte signed integer (parcel.cpp:808-828 `Read<T>`: no move when short). */
  readInt32(): number | undefined {
    if (this.remaining < 4) {
      return undefined;
    }
    const value = this.#view.getInt32(this.#readCursor, true);
    this.#readCursor += 4;
    return value;
  }

  /** Reads a 4-byte unsigned integer (parcel.cpp:1028-1031). */
  readUint32(): number | undefined {
    if (this.remaining < 4) {
      return undefined;
    }
    const value = this.#view.getUint32(this.#readCursor, true);
    this.#readCursor += 4;
    return value;
  }

  /** Reads a 4-byte boolean slot: true when non-zero (parcel.cpp:983-987 `ReadBool`). */
  readBool(): boolean | undefined {
    const value = this.readInt32();
    return value === undefined ? undefined : value !== 0;
  }

  /** Reads an 8-byte signed integer (parcel.cpp:1011-1014). */
  readInt64(): bigint | undefined {
    if (this.remaining < 8) {
      return undefined;
    }
    const value = this.#view.getBigInt64(this.#readCursor, true);
    this.#readCursor += 8;
    return value;
  }

  /** Reads an 8-byte IEEE double (parcel.cpp:1047-1054). */
  readDouble(): number | undefined {
    if (this.remaining < 8) {
      return undefined;
    }
    const value = this.#view.getFloat64(this.#readCursor, true);
    this.#readCursor += 8;
    return value;
  }

  /**
   * Reads a String16 as parcel.cpp:1237-1264 `ReadString16` does.
   *
   * - Fewer than 4 bytes left: `undefined`, nothing consumed.
   * - A negative count: `undefined`, and the 4 count bytes **stay consumed** (1242-1243 return
   *   before the cursor is restored).
   * - Not enough bytes for the units and the NUL, or no NUL after the units: `undefined`, the
   *   read position restored to where the count started (1261-1263).
   * - Otherwise the string; the padding is skipped, and when the data ends inside the padding the
   *   cursor moves to the capacity (915-922 `SkipBytes`).
   */
  readString16(): string | undefined {
    const start = this.#readCursor;
    const units = this.readInt32();
    if (units === undefined || units < 0) {
      return undefined;
    }
    const size = (units + 1) * 2;
    if (size <= this.remaining) {
      const at = this.#readCursor;
      this.#readCursor += size;
      this.#skip(padSize(size));
      if (this.#view.getUint16(at + units * 2, true) === 0) {
        const codes: number[] = [];
        let text = '';
        for (let index = 0; index < units; index += 1) {
          codes.push(this.#view.getUint16(at + index * 2, true));
          if (codes.length === 4096) {
            text += String.fromCharCode(...codes);
            codes.length = 0;
          }
        }
        return text + String.fromCharCode(...codes);
      }
    }
    this.#readCursor = start;
    return undefined;
  }

  /**
   * Reads what {@link writeInt32Vector} writes: a 4-byte count and that many int32 slots.
   * `undefined`, with the read position restored, when the count is missing or the elements do
   * not fit in the remaining bytes.
   */
  readInt32Vector(): number[] | undefined {
    const start = this.#readCursor;
    const count = this.readUint32();
    if (count === undefined || count * 4 > this.remaining) {
      this.#readCursor = start;
      return undefined;
    }
    const values: number[] = [];
    for (let index = 0; index < count; index += 1) {
      values.push(this.#view.getInt32(this.#readCursor, true));
      this.#readCursor += 4;
    }
    return values;
  }

  /**
   * Reads a binder object slot (binder_invoker.cpp:1741-1760 `UnflattenObject`, parcel.cpp:292-312
   * `CheckOffsets`): `undefined`, nothing consumed, unless a slot written by {@link writeObject}
   * starts exactly at the read position and fits in the data.
   */
  readObject(): object | undefined {
    const offset = this.#readCursor;
    const object = this.#objects.get(offset);
    if (object === undefined || offset + BINDER_OBJECT_SIZE > this.#dataSize) {
      return undefined;
    }
    this.#readCursor += BINDER_OBJECT_SIZE;
    return object;
  }

  #advanceWrite(size: number): void {
    this.#writeCursor += size;
    this.#dataSize += size;
  }

  /** parcel.cpp:915-922 `SkipBytes`. */
  #skip(bytes: number): void {
    if (this.remaining >= bytes) {
      this.#readCursor += bytes;
    } else if (this.#readCursor < this.dataCapacity) {
      this.#readCursor = this.dataCapacity;
    }
  }

  /** parcel.cpp:145-180 `EnsureWritableCapacity` with 109-143 `CalcNewCapacity`. */
  #ensureWritable(desired: number): boolean {
    if (!this.#writable) {
      return false;
    }
    if (desired <= this.writableBytes) {
      return true;
    }
    const minimum = desired + this.#writeCursor;
    const capacity = this.#newCapacity(minimum);
    if (capacity <= this.dataCapacity || capacity < minimum) {
      return false;
    }
    this.#resize(capacity);
    return true;
  }

  /** parcel.cpp:109-143 `CalcNewCapacity`. */
  #newCapacity(minimum: number): number {
    if (minimum === CAPACITY_THRESHOLD) {
      return CAPACITY_THRESHOLD;
    }
    if (minimum > CAPACITY_THRESHOLD) {
      const stepped = Math.floor(minimum / CAPACITY_THRESHOLD) * CAPACITY_THRESHOLD;
      if (this.#maxCapacity > 0 && stepped > this.#maxCapacity - CAPACITY_THRESHOLD) {
        return this.#maxCapacity;
      }
      return stepped + CAPACITY_THRESHOLD;
    }
    let capacity = FIRST_CAPACITY;
    while (capacity < minimum) {
      capacity *= 2;
    }
    if (this.#maxCapacity > 0 && capacity > this.#maxCapacity) {
      capacity = this.#maxCapacity;
    }
    return capacity;
  }

  #resize(capacity: number): void {
    const next = new Uint8Array(capacity);
    next.set(this.#buffer.subarray(0, Math.min(this.#buffer.length, capacity)));
    this.#buffer = next;
    this.#view = new DataView(next.buffer);
  }
}
