import type { Delivery } from '../rpc/rpc-internal';
import { deliver, ERR_NONE, isRemoteObject } from '../rpc/rpc-internal';
import type { VendorCall } from '../stubs/trace';
import { RecordingSequence } from '../stubs/recording/recording-sequence';
import type { WriteLog } from '../stubs/recording/write-log';
import { collectVendorCalls } from '../stubs/trace';
import { Parcel } from '../wire/parcel';
import { MalformedReplyError, ReplyReader, TruncatedReplyError } from './reply-reader';
import { RequestWriter } from './request-writer';
import type { DeviceLogLine } from './isolation/device-protocol';
import { isRemoteHandle, type RemoteHandle } from './isolation/remote-handle';
import type { Failure, FailureKind, SystemReply } from './system-reply';

/** How long the system waits for one transaction by default, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 5000;

export { ERR_NONE, ERR_UNKNOWN_TRANSACTION } from '../rpc/rpc-internal';

/** One transaction, as the binder delivers it to the system. */
export interface Transaction {
  /** The request code sent. */
  code: number;
  /**
   * `'ok'`: the system got a reply (possibly partial); `'failed'`: error code 4 and no reply
   * bytes; `'timeout'`: no answer within the time limit, the call was abandoned; `'dead'`: not
   * delivered, because the extension's process that held the object had ended (isolated mode
   * only: after a call held its thread and the process was ended).
   */
  status: 'ok' | 'failed' | 'timeout' | 'dead';
  /**
   * The binder's status code: 0 (`ERR_NONE`), 4 (`ERR_UNKNOWN_TRANSACTION`), or 408
   * (`IPC_INVALID_PARAM_ERR`) when the object has no handler at all; 0 for a timeout.
   */
  errCode: number;
  /** The bytes the stub wrote into the reply (possibly a partial reply). */
  reply: Uint8Array;
  /** What the stub's handler threw or rejected with, when it did. */
  stubError?: unknown;
  /**
   * The vendor calls the stub made while handling this transaction, and no other's: they are
   * collected in the transaction's own async scope (see `collectVendorCalls`), so overlapping
   * transactions on one stub each get their own.
   */
  vendorCalls: VendorCall[];
  /**
   * Every write the stub made into the reply, as plain data (what the check analyses); absent
   * when no stub was asked.
   */
  writeLog?: WriteLog;
  /** Wall time from sending to the answer (or to giving up), in milliseconds. */
  elapsedMs: number;
  /**
   * What the extension wrote to stdout and stderr (`console` included) while handling this
   * transaction; isolated mode only (in process, the extension's output goes where it goes).
   */
  logs?: DeviceLogLine[];
  /** Why nothing was delivered, for status `'dead'`. */
  deadReason?: string;
  /**
   * Isolated mode: for status `'timeout'`, whether the call held the extension's thread so that
   * its process had to be ended; for status `'dead'`, whether the process ended during this call.
   */
  processEnded?: boolean;
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

/** The binder's answer, or that it did not come in time. */
type Answer = { kind: 'delivered'; delivery: Delivery } | { kind: 'timeout' };

/** Waits for `delivery` at most `timeoutMs`; a late answer is dropped, never awaited again. */
function within(delivery: Promise<Delivery>, timeoutMs: number): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    delivery.then(
      (delivered) => {
        clearTimeout(timer);
        resolve({ kind: 'delivered', delivery: delivered });
      },
      () => {
        // deliver() never rejects; kept so that nothing is ever left unhandled.
        clearTimeout(timer);
        resolve({ kind: 'timeout' });
      }
    );
  });
}

/**
 * Sends one transaction to `remote` as the binder does and waits for the answer.
 *
 * The request is written by `write` straight into a parcel (the system is native code), then
 * handed to `@ohos.rpc`'s binder model (`deliver`): the stub's `onRemoteMessageRequest` gets a
 * copy at position 0; only `true`, returned or resolved, is `ERR_NONE`, anything else
 * `ERR_UNKNOWN_TRANSACTION` (napi_remote_object.cpp:252-271, 314-348); and the reply bytes are
 * delivered whenever some were written, with status 0, the status only when the reply is empty
 * (binder_invoker.cpp:1354-1364, 1142-1169). A stub that does not answer within `timeoutMs` is
 * abandoned (the device would wait forever, napi_remote_object.cpp:1008).
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
  const request = new Parcel();
  write(new RequestWriter(request));
  if (isRemoteHandle(remote)) {
    return transactAcross(remote, code, request, timeoutMs);
  }
  const started = performance.now();
  // The write log hook: the stub writes into a sequence that logs each write.
  const replySequence = new RecordingSequence();
  const vendorCalls: VendorCall[] = [];
  const answer = await within(
    collectVendorCalls(vendorCalls, () => deliver(remote, code, request, 0, undefined, replySequence)),
    timeoutMs
  );
  const elapsedMs = performance.now() - started;
  const transaction: Transaction = {
    code,
    status: 'timeout',
    errCode: ERR_NONE,
    reply: new Uint8Array(0),
    vendorCalls,
    writeLog: replySequence.log.slice(),
    elapsedMs
  };
  if (answer.kind === 'timeout') {
    return { transaction, reply: Parcel.fromBytes(transaction.reply) };
  }
  const delivery = answer.delivery;
  transaction.reply = delivery.reply.toBytes();
  transaction.errCode = delivery.errCode;
  transaction.status = delivery.errCode === ERR_NONE ? 'ok' : 'failed';
  const outcome = delivery.outcome;
  if (outcome.kind === 'threw' || outcome.kind === 'rejected') {
    transaction.stubError = outcome.error;
  } else if (outcome.kind === 'no-handler') {
    transaction.stubError = new TypeError('the remote object has no onRemoteMessageRequest');
  }
  delivery.reply.readPosition = 0;
  return { transaction, reply: delivery.reply };
}

/**
 * One transaction to an object in the extension's own process (isolated mode): the request's
 * bytes cross, the stub runs there, and the reply's bytes and handles come back, with the vendor
 * calls and log lines of this transaction. The same delivery rule applies; a time limit that runs
 * out is reported as a timeout whether the vendor's promise never settled or its code never gave
 * the thread back (then its process is ended).
 */
async function transactAcross(remote: RemoteHandle, code: number, request: Parcel, timeoutMs: number): Promise<Exchange> {
  const started = performance.now();
  const answer = await remote.link.transact(remote, code, request.toBytes(), timeoutMs);
  const elapsedMs = performance.now() - started;
  if (answer.kind === 'dead') {
    const transaction: Transaction = {
      code,
      status: 'dead',
      errCode: ERR_NONE,
      reply: new Uint8Array(0),
      vendorCalls: [],
      elapsedMs,
      deadReason: answer.message
    };
    if (answer.duringCall) {
      transaction.processEnded = true;
    }
    return { transaction, reply: Parcel.fromBytes(transaction.reply) };
  }
  if (answer.kind === 'timeout') {
    const transaction: Transaction = {
      code,
      status: 'timeout',
      errCode: ERR_NONE,
      reply: new Uint8Array(0),
      vendorCalls: answer.vendorCalls,
      elapsedMs,
      logs: answer.logs,
      processEnded: answer.ended
    };
    return { transaction, reply: Parcel.fromBytes(transaction.reply) };
  }
  const transaction: Transaction = {
    code,
    status: answer.errCode === ERR_NONE ? 'ok' : 'failed',
    errCode: answer.errCode,
    reply: answer.reply.toBytes(),
    vendorCalls: answer.vendorCalls,
    elapsedMs,
    logs: answer.logs
  };
  if (answer.writeLog !== undefined) {
    transaction.writeLog = answer.writeLog;
  }
  const outcome = answer.handler;
  if (outcome.kind === 'threw' || outcome.kind === 'rejected') {
    transaction.stubError = outcome.error;
  } else if (outcome.kind === 'no-handler') {
    transaction.stubError = new TypeError('the remote object has no onRemoteMessageRequest');
  }
  answer.reply.readPosition = 0;
  return { transaction, reply: answer.reply };
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
  if (transaction.status === 'dead') {
    const what = transaction.processEnded === true ? 'no reply' : 'not sent';
    return {
      ok: false,
      failure: failure('not-connected', `${name}: ${what}: ${transaction.deadReason ?? "the extension's process has ended"}`),
      transaction
    };
  }
  if (transaction.status === 'timeout') {
    const limit = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const held =
      transaction.processEnded === true ? "; it never gave the extension's thread back, so the extension's process was ended" : '';
    return { ok: false, failure: failure('timeout', `${name}: no answer within ${limit} ms; the call was abandoned${held}`), transaction };
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
    let detail = errorText(error);
    if (error instanceof TruncatedReplyError) {
      kind = 'truncated-reply';
      detail = error.message;
    } else if (error instanceof NotRemoteObjectError) {
      kind = 'not-a-remote-object';
      detail = error.message;
    } else if (error instanceof MalformedReplyError) {
      detail = error.message;
    }
    let message = `${name}: ${detail}`;
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
    return typeof code === 'string' || typeof code === 'number'
      ? `${error.name} ${code}: ${error.message}`
      : `${error.name}: ${error.message}`;
  }
  try {
    return `thrown ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
  } catch {
    return 'thrown value';
  }
}
