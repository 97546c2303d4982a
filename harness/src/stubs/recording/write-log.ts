/**
 * The write log: what a stub asked its reply `MessageSequence` to write, one entry per `write…`
 * call, as plain data that survives `structuredClone` and `postMessage`. Together with the reply
 * bytes it tells the check, without any live vendor object, what each written value was and where
 * in the reply it went, or which write threw.
 *
 * @packageDocumentation
 */

import { MAX_STRING_UNITS } from '../../rpc/message-sequence';
import { show } from './show-value';

/** The `MessageSequence` write methods a log records. */
export type WriteMethod =
  | 'writeInt'
  | 'writeLong'
  | 'writeFloat'
  | 'writeDouble'
  | 'writeBoolean'
  | 'writeString'
  | 'writeIntArray'
  | 'writeRemoteObject'
  | 'writeInterfaceToken';

/**
 * The JavaScript value passed to one write, as clonable data. Numbers (NaN and -0 included),
 * booleans and strings are kept as they are, a string of 40 960 units or more (`MAX_STRING_UNITS`)
 * only as its first units and its length; anything else only as its kind and its rendering.
 */
export type WrittenValue =
  | {
      /** A number. */
      readonly kind: 'number';
      /** The number itself. */
      readonly number: number;
    }
  | {
      /** A boolean. */
      readonly kind: 'boolean';
      /** The boolean itself. */
      readonly boolean: boolean;
    }
  | {
      /** A string. */
      readonly kind: 'string';
      /** The string, or its first 40 960 units when it is longer. */
      readonly text: string;
      /** Its length in UTF-16 units; more than `text.length` when it was cut. */
      readonly units: number;
    }
  | {
      /** An array (what `writeIntArray` takes). */
      readonly kind: 'array';
      /** Its length. */
      readonly length: number;
    }
  | {
      /** Anything else: `undefined`, `null`, a bigint, a symbol, a function, an object. */
      readonly kind: 'other';
      /** `typeof` the value (`'object'` for null). */
      readonly type: string;
    };

/** What one write threw, as data. */
export interface WriteError {
  /** The error's name: `BusinessError`, `RangeError`, `TypeError`… */
  readonly name: string;
  /** The error's message. */
  readonly message: string;
  /** The error's `code`, when it has one (`401` for a parameter check). */
  readonly code?: number | string;
}

/** One write the stub made. */
export interface WriteEntry {
  /** The method called. */
  readonly method: WriteMethod;
  /** The value passed. */
  readonly value: WrittenValue;
  /** The value as a message shows it (see `show`). */
  readonly shown: string;
  /** Byte offset in the reply where the write started. */
  readonly offset: number;
  /** Bytes the write added (0 when it threw before writing). */
  readonly length: number;
  /** What the write threw; absent when it succeeded. */
  readonly error?: WriteError;
}

/** Every write a stub made into one reply, in order. */
export type WriteLog = readonly WriteEntry[];

/**
 * The clonable form of `value`.
 *
 * @param value - What the stub passed to a write.
 * @returns Its {@link WrittenValue}.
 */
export function writtenValue(value: unknown): WrittenValue {
  switch (typeof value) {
    case 'number':
      return { kind: 'number', number: value };
    case 'boolean':
      return { kind: 'boolean', boolean: value };
    case 'string':
      return value.length < MAX_STRING_UNITS
        ? { kind: 'string', text: value, units: value.length }
        : { kind: 'string', text: value.slice(0, MAX_STRING_UNITS), units: value.length };
    case 'bigint':
    case 'function':
    case 'object':
    case 'symbol':
    case 'undefined':
    default:
      break;
  }
  if (Array.isArray(value)) {
    return { kind: 'array', length: value.length };
  }
  return { kind: 'other', type: value === null ? 'object' : typeof value };
}

/**
 * The clonable form of what a write threw.
 *
 * @param error - The thrown value.
 * @returns Its {@link WriteError}.
 */
export function writeError(error: unknown): WriteError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const base = { name: error.name, message: error.message };
    return typeof code === 'number' || typeof code === 'string' ? { ...base, code } : base;
  }
  return { name: 'thrown value', message: show(error) };
}
