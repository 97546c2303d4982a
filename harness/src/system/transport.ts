import rpc = require('../modules/ohos.rpc');
import { isRemoteObject, parcelOf } from '../modules/rpc-internal';
import type { VendorCall } from '../stubs/trace';
import { takeVendorCalls } from '../stubs/trace';
import type { Parcel } from '../wire/parcel';
import { MalformedReplyError, ReplyReader, TruncatedReplyError } from './reply-reader';
import { RequestWriter } from './request-writer';
import type { Failure, FailureKind, SystemReply } from './system-reply';

/** How long the system waits for one transaction by default, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 5000;

/** `ERR_NONE`: the transaction succeeded (ipc_types.h). */
export const ERR_NONE = 0;
/** `ERR_UNKNOWN_TRANSACTION`: the stub resolved `false` or rejected (ipc_types.h:98). */
export const ERR_UNKNOWN_TRANSACTION = 4;

/** One transaction, as the binder delivers it to the system. */
export interface Transaction {
  /** The request code sent. */
  code: number;
  /**
   * `'ok'`: the system got a reply (possibly partial); `'failed'`: error code 4 and no reply
   * bytes; `'timeout'`: no answer within the time limit, the call was abandoned.
   */
  status: 'ok' | 'failed' | 'timeout';
  /** The binder's status code: 0 (`ERR_NONE`) or 4 (`ERR_UNKNOWN_TRANSACTION`). */
  errCode: number;
  /** The bytes the stub wrote into the reply (possibly a partial reply). */
  reply: Uint8Array;
  /** What the stub's handler threw or rejected with, when it did. */
  stubError?: unknown;
  /** The vendor calls the stub made while handling this transaction. */
  vendorCalls: VendorCall[];
  /** Wall time from sending to the answer (or to giving up), in milliseconds. */
  elapsedMs: number;
}

/** What the system knows about the interface and method a transaction belongs to. */
export interface CallTarget {
  /** The interface, e.g. `'CloudDB'`. */
  interfaceName: string;
  /** The method as the system names it, e.g. `'query'`. */
  method: string;
  /** The request code. */
  code: number;
}

/** Options of one transaction. */
export interface TransportOptions {
  /** Milliseconds to wait for the stub's answer before giving up; default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** A transaction together with the reply parcel the system reads. */
export interface Exchange {
  /** The transaction record. */
  transaction: Transaction;
  /** The reply parcel, at read position 0, holding any binder objects the stub wrote. */
  reply: Parcel;
}

/** The stub handler's answer, or that it did not answer in time. */
type HandlerOutcome =
  | { kind: 'resolved'; value: unknown }
  | { kind: 'rejected'; error: unknown }
  | { kind: 'timeout' };

/** A remote object's request handler, as `rpc.RemoteObject` declares it. */
type Handler = (code: number, data: unknown, reply: unknown, option: unknown) => unknown;

/** Waits for `value` when it is a promise, at most `timeoutMs`; never rejects. */
function settle(value: unknown, timeoutMs: number): Promise<HandlerOutcome> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || typeof (value as { then?: unknown }).then !== 'function') {
    return Promise.resolve({ kind: 'resolved', value });
  }
  return new Promise<HandlerOutcome>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    // A handler that never settles is abandoned here: nothing awaits it again.
    Promise.resolve(value as PromiseLike<unknown>).then(
      (resolved) => {
        clearTimeout(timer);
        resolve({ kind: 'resolved', value: resolved });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ kind: 'rejected', error });
      }
    );
  });
}

/**
 * Sends one transaction to `remote` as the binder does and waits for the answer.
 *
 * The request is written by `write` straight into the data parcel (the system is native code),
 * then the stub's `onRemoteMessageRequest(code, data, reply, option)` runs. Its answer becomes a
 * status as in napi_remote_object.cpp: only a `true` result (or a promise resolving `true`) is
 * `ERR_NONE`; `false`, any other value, a throw or a rejection is `ERR_UNKNOWN_TRANSACTION`
 * (napi_remote_object.cpp, `IsPromiseResult`, `ThenCallback`, `CatchCallback`). But the binder
 * sends the reply data whenever bytes were written, and the status only when the reply is empty
 * (binder_invoker.cpp:1354-1364, 1142-1169), so a handler that fails after writing still delivers
 * its partial reply with status 0. A handler that does not answer within `timeoutMs` is abandoned.
 *
 * @param remote - A remote object (a stub).
 * @param code - The request code.
 * @param write - Writes the request.
 * @param options - The time limit.
 * @returns The transaction and its reply parcel; never rejects because of the stub.
 */
export async function transact(
  remote: object,
  code: number,
  write: (writer: RequestWriter) => void,
  options: TransportOptions = {}
): Promise<Exchange> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const data = rpc.MessageSequence.create();
  const reply = rpc.MessageSequence.create();
  const option = new rpc.MessageOption();
  write(new RequestWriter(parcelOf(data)));
  const replyParcel = parcelOf(reply);
  const started = performance.now();
  let outcome: HandlerOutcome;
  try {
    const handler = (remote as { onRemoteMessageRequest?: unknown }).onRemoteMessageRequest;
    if (typeof handler !== 'function') {
      throw new TypeError('the remote object has no onRemoteMessageRequest');
    }
    outcome = await settle((handler as Handler).call(remote, code, data, reply, option), timeoutMs);
  } catch (error) {
    outcome = { kind: 'rejected', error };
  }
  const elapsedMs = performance.now() - started;
  const bytes = replyParcel.toBytes();
  const transaction: Transaction = {
    code,
    status: 'ok',
    errCode: ERR_NONE,
    reply: bytes,
    vendorCalls: takeVendorCalls(remote),
    elapsedMs
  };
  if (outcome.kind === 'timeout') {
    transaction.status = 'timeout';
  } else {
    if (outcome.kind === 'rejected') {
      transaction.stubError = outcome.error;
    }
    const succeeded = outcome.kind === 'resolved' && outcome.value === true;
    // binder_invoker.cpp:1354-1364: with reply bytes, the data is sent and the status is not.
    if (!succeeded && bytes.length === 0) {
      transaction.status = 'failed';
      transaction.errCode = ERR_UNKNOWN_TRANSACTION;
    }
  }
  replyParcel.readPosition = 0;
  return { transaction, reply: replyParcel };
}

/** Thrown by a decoder when the reply holds a binder object that is not a remote object. */
export class NotRemoteObjectError extends Error {
  /** Creates the error for `field`. */
  constructor(field: string) {
    super(`${field} is not a remote object`);
    this.name = 'NotRemoteObjectError';
  }
}

/**
 * Reads a binder object from the reply and checks that it is a remote object.
 *
 * @param reader - The reply reader.
 * @param field - The field's name for messages.
 * @returns The remote object.
 */
export function readRemoteObject(reader: ReplyReader, field: string): object {
  const value = reader.object(field);
  if (!isRemoteObject(value)) {
    throw new NotRemoteObjectError(field);
  }
  return value;
}

/** Builds a failure. */
function failure(kind: FailureKind, message: string): Failure {
  return { kind, message };
}

/**
 * Sends one request and decodes the reply as the system does: a failed or timed-out transaction,
 * a reply that ends early or a field the system cannot read becomes a failed {@link SystemReply};
 * nothing the stub or the vendor does makes it throw.
 *
 * @param remote - The stub.
 * @param target - Interface, method and code, for the record and the messages.
 * @param write - Writes the request; a `TypeError` or `RangeError` from it (the caller's own
 *   invalid input) is thrown before anything is sent.
 * @param decode - Reads the reply; it sets `reader.partial` as it builds its value.
 * @param options - The time limit.
 * @returns The decoded reply or the failure.
 */
export async function call<T>(
  remote: object,
  target: CallTarget,
  write: (writer: RequestWriter) => void,
  decode: (reader: ReplyReader) => T,
  options: TransportOptions = {}
): Promise<SystemReply<T>> {
  const name = `${target.interfaceName}.${target.method}`;
  const exchange = await transact(remote, target.code, write, options);
  const transaction = exchange.transaction;
  if (transaction.status === 'timeout') {
    const limit = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return { ok: false, failure: failure('timeout', `${name}: no answer within ${limit} ms; the call was abandoned`), transaction };
  }
  if (transaction.status === 'failed') {
    const why = transaction.stubError === undefined ? 'the stub answered false' : `the stub failed: ${errorText(transaction.stubError)}`;
    return {
      ok: false,
      failure: failure('transaction-failed', `${name}: transaction failed with error ${transaction.errCode} and no reply (${why})`),
      transaction
    };
  }
  const reader = new ReplyReader(exchange.reply);
  try {
    const value = decode(reader);
    return { ok: true, value, transaction, unread: reader.remaining };
  } catch (error) {
    let kind: FailureKind = 'malformed-reply';
    if (error instanceof TruncatedReplyError) {
      kind = 'truncated-reply';
    } else if (error instanceof NotRemoteObjectError) {
      kind = 'not-a-remote-object';
    } else if (!(error instanceof MalformedReplyError)) {
      kind = 'malformed-reply';
    }
    let message = `${name}: ${errorText(error)}`;
    if (transaction.stubError !== undefined) {
      message += `; the stub failed after writing ${transaction.reply.length} bytes: ${errorText(transaction.stubError)}`;
    }
    const result: SystemReply<T> = { ok: false, failure: failure(kind, message), transaction };
    if (reader.partial !== undefined) {
      result.partial = reader.partial;
    }
    return result;
  }
}

/** A one-line description of a thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return code === undefined ? `${error.name}: ${error.message}` : `${error.name} ${String(code)}: ${error.message}`;
  }
  try {
    return `thrown ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
  } catch {
    return 'thrown value';
  }
}
