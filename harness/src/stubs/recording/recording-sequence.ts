/**
 * A `MessageSequence` that writes exactly as the device's does and logs every write: the reply
 * sequence a stub is given when the check wants to know what the stub wrote, value by value.
 *
 * @packageDocumentation
 */

import { MessageSequence, parcelOf } from '../../rpc/message-sequence';
import { show } from './show-value';
import { writeError, writtenValue, type WriteEntry, type WriteLog, type WriteMethod } from './write-log';

/**
 * A `MessageSequence` whose writes behave as the device's (same checks, conversions and
 * errors; it is the same code) and are logged in {@link RecordingSequence.log}. Reads are not
 * logged.
 */
export class RecordingSequence extends MessageSequence {
  readonly #entries: WriteEntry[] = [];

  /** The writes so far, oldest first, as plain data. */
  get log(): WriteLog {
    return this.#entries;
  }

  /** Logs `writeInt` (see `MessageSequence.writeInt`). */
  override writeInt(...args: [number]): void {
    this.#record('writeInt', args, () => super.writeInt(...args));
  }

  /** Logs `writeLong`. */
  override writeLong(...args: [number]): void {
    this.#record('writeLong', args, () => super.writeLong(...args));
  }

  /** Logs `writeFloat`. */
  override writeFloat(...args: [number]): void {
    this.#record('writeFloat', args, () => super.writeFloat(...args));
  }

  /** Logs `writeDouble`. */
  override writeDouble(...args: [number]): void {
    this.#record('writeDouble', args, () => super.writeDouble(...args));
  }

  /** Logs `writeBoolean`. */
  override writeBoolean(...args: [boolean]): void {
    this.#record('writeBoolean', args, () => super.writeBoolean(...args));
  }

  /** Logs `writeString`. */
  override writeString(...args: [string]): void {
    this.#record('writeString', args, () => super.writeString(...args));
  }

  /** Logs `writeIntArray`. */
  override writeIntArray(...args: [number[]]): void {
    this.#record('writeIntArray', args, () => super.writeIntArray(...args));
  }

  /** Logs `writeRemoteObject`. */
  override writeRemoteObject(...args: [object]): void {
    this.#record('writeRemoteObject', args, () => super.writeRemoteObject(...args));
  }

  /** Logs `writeInterfaceToken`. */
  override writeInterfaceToken(...args: [string]): void {
    this.#record('writeInterfaceToken', args, () => super.writeInterfaceToken(...args));
  }

  /** Runs one write and logs it, rethrowing what it threw. */
  #record(method: WriteMethod, args: readonly unknown[], write: () => void): void {
    const value: unknown = args[0];
    const offset = this.#position();
    const entry = { method, value: writtenValue(value), shown: show(value), offset };
    try {
      write();
    } catch (error) {
      this.#entries.push({ ...entry, length: Math.max(0, this.#position() - offset), error: writeError(error) });
      throw error;
    }
    this.#entries.push({ ...entry, length: this.#position() - offset });
  }

  /** The write position, or 0 for a reclaimed sequence. */
  #position(): number {
    try {
      return parcelOf(this).writePosition;
    } catch {
      return 0;
    }
  }
}
