import type { Transaction } from './transport';

/**
 * Why the system could not take a value out of a transaction.
 *
 * - `transaction-failed`: the binder reported `ERR_UNKNOWN_TRANSACTION` (4) and no reply bytes:
 *   the stub resolved `false` or rejected before writing anything.
 * - `truncated-reply`: the reply ended before a field the system reads; the message names it.
 * - `malformed-reply`: a field was there but could not be read as the system reads it (a negative
 *   count, an unknown value tag, a string without its terminating NUL).
 * - `timeout`: the stub did not answer within the configured time; the call was abandoned.
 * - `not-a-remote-object`: a reply or a lifecycle method gave something that is not a remote object
 *   where the system needs one.
 * - `lifecycle-failed`: the extension's `onCreate`, `onConnect`, `onDisconnect` or `onDestroy` threw,
 *   rejected or did not return in time.
 * - `entry-not-loaded`: (in process) the extension was given as its entry file, which could not be
 *   loaded (an import neither emulated nor mapped, a syntax error, no default export, …).
 * - `not-connected`: nothing was sent, because the connection to the extension failed earlier, or
 *   (isolated mode) the extension's process holding the object had been ended.
 * - `load-failed`: (isolated mode) the extension's entry could not be loaded, so nothing ran.
 */
export type FailureKind =
  | 'transaction-failed'
  | 'truncated-reply'
  | 'malformed-reply'
  | 'timeout'
  | 'not-a-remote-object'
  | 'lifecycle-failed'
  | 'entry-not-loaded'
  | 'not-connected'
  | 'load-failed';

/** Why a call failed, in words a vendor can act on. */
export interface Failure {
  /** The class of failure; see {@link FailureKind}. */
  kind: FailureKind;
  /** What happened, naming the interface, method and (for replies) the missing field. */
  message: string;
}

/** A call whose reply the system decoded completely. */
export interface SystemReplyOk<T> {
  /** Always `true`. */
  ok: true;
  /** The reply as the system decodes it. */
  value: T;
  /** The transaction that carried it. */
  transaction: Transaction;
  /**
   * Bytes the system did not read (0 for a well-formed reply). Non-zero, for example, when the
   * stub appended an int32 `1` after a reply that failed half-way (cloud_extension_stub.js:320-326).
   */
  unread: number;
}

/** A call whose reply the system could not use. */
export interface SystemReplyFailed {
  /** Always `false`. */
  ok: false;
  /** Why the call failed. */
  failure: Failure;
  /** What had been decoded before the reply ran out or went wrong, if anything. */
  partial?: unknown;
  /** The transaction, as far as it went. */
  transaction: Transaction;
}

/**
 * What one system call gives back: the value as the system decodes it, or why it could not.
 * The system side never throws on a vendor bug; every outcome is one of these.
 */
export type SystemReply<T> = SystemReplyOk<T> | SystemReplyFailed;

/**
 * A reply that starts with an int32 result code and carries a value only when the code is 0
 * (`ErrorCode.SUCCESS`), as most stub replies do (e.g. cloud_extension_stub.js:107-110, 304-310).
 */
export interface CodeAndValue<T> {
  /** The result code the vendor returned (an `ErrorCode`, or whatever int32 it gave). */
  code: number;
  /** The value; present exactly when `code` is 0. */
  value?: T;
}
