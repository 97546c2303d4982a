/**
 * `rpc.MessageOption` (communication_ipc ipc/native/src/napi/src/napi_message_option.cpp "OPT",
 * ipc/native/src/core/framework/source/message_option.cpp "MO").
 *
 * @packageDocumentation
 */
import { assertionError } from './business-error';
import { toInt32 } from './int-conversion';

/** message_option.h:24-28: the flag and wait-time constants. */
const TF_SYNC = 0x00;
const TF_ASYNC = 0x01;
const TF_ACCEPT_FDS = 0x10;
const TF_WAIT_TIME = 8;

/** MO:19: the longest wait time, in seconds. */
const MAX_WAIT_TIME = 3000;

/** The native option behind each JS option. */
interface NativeOption {
  flags: number;
  waitTime: number;
}

const natives = new WeakMap<MessageOption, NativeOption>();

/**
 * How a request is sent: synchronously or not, and how long the sender waits, in seconds.
 *
 * The device's quirks are kept: `setFlags` and `setAsync` **add** bits and never clear them
 * (MO:21-24), `isAsync` is true for any non-zero flags (OPT:85-87), the constructor takes the
 * wait time as given while `setWaitTime` clamps it (MO:20, 31-40), and wrong argument types throw
 * a plain assertion `Error`, not a business error (OPT:61, 104, 147, 175, 189-191).
 */
export class MessageOption {
  /** Synchronous call (message_option.h:24). */
  static readonly TF_SYNC = TF_SYNC;
  /** Asynchronous (one-way) call (message_option.h:25). */
  static readonly TF_ASYNC = TF_ASYNC;
  /** File descriptors may be passed (message_option.h:27). */
  static readonly TF_ACCEPT_FDS = TF_ACCEPT_FDS;
  /** The default wait time, 8 seconds (message_option.h:28). */
  static readonly TF_WAIT_TIME = TF_WAIT_TIME;

  /**
   * OPT:160-215. No argument: synchronous, 8 s. One argument: a boolean (`true` = async) or a
   * number (non-zero = async), 8 s. Two or more: two numbers; the flags become 0 or 1 and the
   * wait time is taken as given, unclamped.
   *
   * @param syncFlags - Whether, or which flags: only zero or non-zero matters.
   * @param waitTime - The wait time in seconds.
   */
  constructor(syncFlags?: number | boolean, waitTime?: number);
  constructor(...args: unknown[]) {
    let flags = TF_SYNC;
    let wait = TF_WAIT_TIME;
    if (args.length === 1) {
      const first = args[0];
      if (typeof first === 'boolean') {
        flags = first ? TF_ASYNC : TF_SYNC;
      } else if (typeof first === 'number') {
        flags = toInt32(first) === 0 ? TF_SYNC : TF_ASYNC;
      } else {
        throw assertionError('valueType == napi_number || valueType == napi_boolean', 'type mismatch for parameter 1');
      }
    } else if (args.length >= 2) {
      const first = args[0];
      const second = args[1];
      if (typeof first !== 'number') {
        throw assertionError('valueType == napi_number', 'type mismatch for parameter 1');
      }
      if (typeof second !== 'number') {
        throw assertionError('valueType == napi_number', 'type mismatch for parameter 2');
      }
      flags = toInt32(first) === 0 ? TF_SYNC : TF_ASYNC;
      wait = toInt32(second);
    }
    natives.set(this, { flags, waitTime: wait });
  }

  /** The flags (OPT:34-47). */
  getFlags(): number {
    return native(this).flags;
  }

  /** Adds `flags` to the current flags with a bitwise OR (OPT:52-72, MO:21-24). */
  setFlags(flags: number): void {
    if (typeof flags !== 'number') {
      throw assertionError('valueType == napi_number', 'type mismatch for parameter 1');
    }
    const option = native(this);
    option.flags = option.flags | toInt32(flags) | 0;
  }

  /** Whether any flag is set (OPT:77-90). */
  isAsync(): boolean {
    return native(this).flags !== 0;
  }

  /** Adds TF_ASYNC when `isAsync` is true; `false` changes nothing (OPT:95-115, MO:21-24). */
  setAsync(isAsync: boolean): void {
    if (typeof isAsync !== 'boolean') {
      throw assertionError('valueType == napi_boolean', 'type mismatch for parameter 1');
    }
    const option = native(this);
    option.flags = option.flags | (isAsync ? TF_ASYNC : TF_SYNC) | 0;
  }

  /** The wait time in seconds (OPT:120-133). */
  getWaitTime(): number {
    return native(this).waitTime;
  }

  /** Sets the wait time in seconds: 0 or less becomes 8, more than 3000 becomes 3000 (MO:31-40). */
  setWaitTime(waitTime: number): void {
    if (typeof waitTime !== 'number') {
      throw assertionError('valueType == napi_number', 'type mismatch for parameter 1');
    }
    const value = toInt32(waitTime);
    native(this).waitTime = value <= 0 ? TF_WAIT_TIME : value > MAX_WAIT_TIME ? MAX_WAIT_TIME : value;
  }
}

/** The native option of `option` (OPT:41 `NAPI_ASSERT(option != nullptr)`). */
function native(option: MessageOption): NativeOption {
  const value = natives.get(option);
  if (value === undefined) {
    throw assertionError('option != nullptr', 'failed to get native message option');
  }
  return value;
}

/** Whether `value` is a `MessageOption` of this module (what `napi_unwrap` accepts). */
export function isMessageOption(value: unknown): value is MessageOption {
  return typeof value === 'object' && value !== null && natives.has(value as MessageOption);
}
