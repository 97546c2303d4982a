/**
 * `rpc.RemoteObject`, `rpc.CallingInfo` and how a request reaches a remote object's handler and
 * its answer travels back through the binder (communication_ipc ipc/native/src/napi_common/
 * source/napi_remote_object.cpp "RO", ipc/native/src/core/invoker/source/binder_invoker.cpp "BI").
 *
 * @packageDocumentation
 */
import { types } from 'node:util';
import { Parcel } from '../wire/parcel';
import { assertionError, BusinessError } from './business-error';
import { toInt32, toUint32 } from './int-conversion';
import { isMessageOption, MessageOption } from './message-option';
import { adoptParcel, isMessageSequence, MessageSequence, MAX_STRING_UNITS, parcelOf } from './message-sequence';
import { isRemoteObject, REMOTE_OBJECT_BRAND } from './remote-object-brand';

/** ipc_types.h:94: the transaction succeeded. */
export const ERR_NONE = 0;
/** ipc_types.h:98: the handler answered `false`, threw or rejected. */
export const ERR_UNKNOWN_TRANSACTION = 4;
/** ipc_types.h:122-130: the remote object has no request handler (RO:80-116). */
export const IPC_INVALID_PARAM_ERR = 408;

/** Who is calling: what `getCallingPid`/`getCallingUid` and a `CallingInfo` report during a request. */
export interface CallerIdentity {
  /** Process id of the caller. */
  pid: number;
  /** User id of the caller. */
  uid: number;
  /** Access token id of the caller. */
  tokenId: number;
  /** Device id of the caller; `''` for a local call (RO:881-885). */
  deviceId: string;
  /** This device's id; `''` for a local call. */
  localDeviceId: string;
  /** Whether the call comes from this device. */
  isLocalCalling: boolean;
}

/** This process as its own caller: what the getters report outside a request (RO:875-880). */
function selfIdentity(): CallerIdentity {
  return {
    pid: process.pid,
    uid: typeof process.getuid === 'function' ? process.getuid() : 0,
    tokenId: 0,
    deviceId: '',
    localDeviceId: '',
    isLocalCalling: true
  };
}

/**
 * The caller of the request being handled. The device keeps it in JS globals from the moment the
 * handler is called until its promise settles (RO:284-313, 341-342, 377-378, 418-419).
 */
let currentCaller: CallerIdentity | undefined;

/**
 * Information about the caller of a request (interface_sdk-js api/@ohos.rpc.d.ts
 * `class CallingInfo`), given as a fifth argument to an `onRemoteMessageRequest` that does not
 * declare exactly four parameters (RO:88-94, 215-250, 516-518).
 */
export class CallingInfo {
  /** Process id of the caller. */
  readonly callerPid: number;
  /** User id of the caller. */
  readonly callerUid: number;
  /** Access token id of the caller. */
  readonly callerTokenId: number;
  /** Device id of the caller. */
  readonly remoteDeviceId: string;
  /** This device's id. */
  readonly localDeviceId: string;
  /** Whether the call comes from this device. */
  readonly isLocalCalling: boolean;

  /** Creates the information for `caller`. */
  constructor(caller: CallerIdentity = selfIdentity()) {
    this.callerPid = caller.pid;
    this.callerUid = caller.uid;
    this.callerTokenId = caller.tokenId;
    this.remoteDeviceId = caller.deviceId;
    this.localDeviceId = caller.localDeviceId;
    this.isLocalCalling = caller.isLocalCalling;
  }
}

/** What `sendMessageRequest` resolves (or, for a non-zero `errCode`, rejects) with (RO:1264-1285). */
export interface RequestResult {
  /** 0 when the transaction succeeded; otherwise the binder status, e.g. 4. */
  errCode: number;
  /** The request code exactly as it was passed. */
  code: number;
  /** The request sequence that was passed. */
  data: MessageSequence;
  /** The reply sequence that was passed, now holding the reply, read from position 0. */
  reply: MessageSequence;
}

/** The handler signature `RemoteObject` subclasses implement. */
export type RemoteMessageHandler = (
  code: number,
  data: MessageSequence,
  reply: MessageSequence,
  options: MessageOption,
  callingInfo?: CallingInfo
) => boolean | Promise<boolean>;

/** State of each remote object (the device keeps it in a native holder, RO:658-694). */
interface Holder {
  descriptor: string;
  localDescriptor: string;
  localInterface: object | undefined;
}

const holders = new WeakMap<object, Holder>();

/** The part of a C string before its first NUL (`std::string descriptor = stringValue`, RO:678). */
function cutAtNul(value: string): string {
  const nul = value.indexOf('\u0000');
  return nul === -1 ? value : value.slice(0, nul);
}

/**
 * A local remote object (a stub): it receives requests in `onRemoteMessageRequest`.
 *
 * Subclasses implement `onRemoteMessageRequest(code, data, reply, options)`; the base class has
 * none, as on the device (RO:1722-1745 registers no such method), so a request to an object
 * without one fails with status 408.
 */
export class RemoteObject {
  /**
   * The request handler a subclass implements. Answer `true` (or a promise resolving `true`) for
   * success; anything else, a throw or a rejection fails the transaction (RO:252-271, 314-385).
   */
  onRemoteMessageRequest?(code: number, data: MessageSequence, reply: MessageSequence, options: MessageOption): boolean | Promise<boolean>;

  /**
   * RO:658-694: the descriptor must be a string (else an assertion `Error`) shorter than 40 960
   * UTF-8 bytes; it is cut at its first NUL.
   *
   * @param descriptor - The interface descriptor, e.g. `'CloudServiceProxy'`.
   */
  constructor(descriptor: string) {
    if (arguments.length < 1) {
      throw assertionError('argc >= expectedArgc', 'requires at least 1 parameters');
    }
    if (typeof descriptor !== 'string') {
      throw assertionError('valueType == napi_string', 'type mismatch for parameter 1');
    }
    if (Buffer.byteLength(descriptor, 'utf8') >= MAX_STRING_UNITS) {
      throw assertionError('bufferSize < maxLen', 'string length too large');
    }
    const text = cutAtNul(descriptor);
    holders.set(this, { descriptor: text, localDescriptor: text, localInterface: undefined });
    Object.defineProperty(this, REMOTE_OBJECT_BRAND, { value: true });
  }

  /** The descriptor given to the constructor (RO:1239-1252); 1900008 on a non-remote object. */
  getDescriptor(): string {
    return holder(this, 'getDescriptor').descriptor;
  }

  /** The caller's process id during a request, this process's outside one. */
  getCallingPid(): number {
    return (currentCaller ?? selfIdentity()).pid;
  }

  /** The caller's user id during a request, this process's outside one. */
  getCallingUid(): number {
    return (currentCaller ?? selfIdentity()).uid;
  }

  /**
   * The object attached with `modifyLocalInterface` when `descriptor` matches its descriptor,
   * `null` otherwise (RO:1185-1225, napi_remote_object_holder.cpp:194-208). Argument errors
   * throw 401.
   */
  getLocalInterface(descriptor: string): object | null {
    if (arguments.length !== 1 || typeof descriptor !== 'string' || Buffer.byteLength(descriptor, 'utf8') >= MAX_STRING_UNITS) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    const state = holder(this, 'getLocalInterface');
    if (state.localDescriptor !== '' && state.localDescriptor === cutAtNul(descriptor)) {
      return state.localInterface ?? null;
    }
    return null;
  }

  /**
   * Attaches `localInterface` under `descriptor` (RO:1615-1676,
   * napi_remote_object_holder.cpp:181-192). Argument errors throw 401.
   */
  modifyLocalInterface(localInterface: object, descriptor: string): void {
    if (
      arguments.length !== 2 ||
      typeof localInterface !== 'object' ||
      localInterface === null ||
      typeof descriptor !== 'string' ||
      Buffer.byteLength(descriptor, 'utf8') >= MAX_STRING_UNITS
    ) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    const state = holder(this, 'modifyLocalInterface');
    state.localInterface = localInterface;
    state.localDescriptor = cutAtNul(descriptor);
  }

  /** Always false: a local object never dies (RO:1704-1709). */
  isObjectDead(): boolean {
    return false;
  }

  /** Throws 1900005: death recipients are for proxies only (RO:1685-1689). */
  registerDeathRecipient(recipient: object, flags: number): void {
    void recipient;
    void flags;
    throw new BusinessError('ONLY_PROXY_OBJECT_PERMITTED_ERROR');
  }

  /** Throws 1900005: death recipients are for proxies only (RO:1698-1702). */
  unregisterDeathRecipient(recipient: object, flags: number): void {
    void recipient;
    void flags;
    throw new BusinessError('ONLY_PROXY_OBJECT_PERMITTED_ERROR');
  }

  /**
   * Sends a request to this object as a caller in another process would (RO:1497-1580).
   *
   * The request bytes of `data` (all of them, whatever its read position) reach the handler in a
   * fresh sequence read from position 0; the handler writes into a fresh reply. Then the binder's
   * rule applies (BI:1354-1364, 1142-1169): when the reply holds bytes they are delivered with
   * `errCode` 0, even if the handler failed; when it is empty, `errCode` is the handler's status
   * (0, 4, or 408 without a handler). The bytes replace the content of `reply` when `reply` had
   * never been written (parcel.cpp:844-861 `ParseFrom` refuses a parcel that holds data).
   *
   * The promise **rejects** with the result when `errCode` is not 0 (RO:1321-1325). With a fifth
   * argument that is a function, it is called with the result as its only argument (RO:1298-1302)
   * and nothing is returned. Argument errors throw 401 synchronously.
   */
  sendMessageRequest(code: number, data: MessageSequence, reply: MessageSequence, options: MessageOption): Promise<RequestResult>;
  sendMessageRequest(
    code: number,
    data: MessageSequence,
    reply: MessageSequence,
    options: MessageOption,
    callback: (result: RequestResult) => void
  ): void;
  sendMessageRequest(...args: unknown[]): Promise<RequestResult> | void {
    if (args.length !== 4 && args.length !== 5) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    const [code, data, reply, options, callback] = args;
    if (typeof code !== 'number') {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    for (const value of [data, reply, options]) {
      if (typeof value !== 'object' || value === null) {
        throw new BusinessError('CHECK_PARAM_ERROR');
      }
    }
    if (!isMessageSequence(data) || !isMessageSequence(reply) || !isMessageOption(options)) {
      throw new BusinessError('CHECK_PARAM_ERROR');
    }
    if (!isRemoteObject(this)) {
      throw assertionError('target != nullptr', 'target is nullptr, failed to get native remote object');
    }
    const request = parcelOf(data);
    const flags = options.getFlags();
    const delivery = deliver(this, toUint32(toInt32(code)), request, flags);
    const settled = delivery.then((result): RequestResult => {
      const target = parcelOf(reply);
      if (target.dataCapacity === 0 && result.reply.dataSize > 0) {
        adoptParcel(reply, result.reply);
      }
      return { errCode: result.errCode, code, data, reply };
    });
    if (typeof callback === 'function') {
      void settled.then((result) => {
        (callback as (value: RequestResult) => void).call(undefined, result);
      });
      return;
    }
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the device rejects with the RequestResult itself
    return settled.then((result) => (result.errCode === ERR_NONE ? result : Promise.reject(result)));
  }
}

/** The state of `object`, or 1900008 when it is not a remote object. */
function holder(object: object, method: string): Holder {
  const state = holders.get(object);
  if (state === undefined) {
    void method;
    throw new BusinessError('PROXY_OR_REMOTE_OBJECT_INVALID_ERROR');
  }
  return state;
}

/** How a handler answered. */
export type HandlerOutcome =
  /** It returned a value that is not a promise. */
  | { kind: 'returned'; value: unknown }
  /** It returned a promise that resolved. */
  | { kind: 'resolved'; value: unknown }
  /** It returned a promise that rejected. */
  | { kind: 'rejected'; error: unknown }
  /** It threw. */
  | { kind: 'threw'; error: unknown }
  /** There was no `onRemoteMessageRequest` function to call. */
  | { kind: 'no-handler' }
  /** The request was one-way (TF_ASYNC): the caller does not wait for an answer. */
  | { kind: 'one-way' };

/** One transaction as the binder delivers it to a caller in another process. */
export interface Delivery {
  /** What the caller sees: 0 whenever reply bytes exist, else the handler's status. */
  errCode: number;
  /** What the handler's answer means: 0 (`true`), 4 (anything else) or 408 (no handler). */
  status: number;
  /** The reply as the caller receives it: the bytes and objects the handler wrote, read from 0. */
  reply: Parcel;
  /** How the handler answered. */
  outcome: HandlerOutcome;
}

/**
 * Delivers one request to `target`'s `onRemoteMessageRequest` and waits, without any time limit
 * (the device waits unbounded, RO:1007-1008), for its answer.
 *
 * The handler gets the request in a fresh, read-only sequence at position 0 (the binder's copy:
 * BI:989-990 `ParseFrom`), an empty reply sequence, and a fresh `MessageOption(flags & TF_ASYNC,
 * 8)` (BI:970-971, 1025-1026; RO:118-137). It is called with a `CallingInfo` fifth argument when
 * it does not declare exactly four parameters (RO:88-94). Only `true`, returned or resolved,
 * is success (RO:252-271, 314-348); the binder then delivers the reply bytes if there are any,
 * and the status only when there are none (BI:1031-1032, 1354-1364, 1142-1169).
 *
 * @param target - The remote object.
 * @param code - The request code (uint32).
 * @param request - The request; its bytes and objects are copied, its cursors untouched.
 * @param flags - The message option flags; bit 0 (TF_ASYNC) makes the call one-way.
 * @param caller - Who is calling; this process by default.
 * @param reply - The empty sequence the handler writes its reply into; a fresh one by default
 *   (the check passes one that logs its writes).
 * @returns Never rejects.
 */
export async function deliver(
  target: object,
  code: number,
  request: Parcel,
  flags = 0,
  caller: CallerIdentity = selfIdentity(),
  reply: MessageSequence = new MessageSequence()
): Promise<Delivery> {
  const data = new MessageSequence();
  adoptParcel(data, Parcel.fromBytes(request.toBytes(), request.objects));
  const replyParcel = parcelOf(reply);
  const oneWay = (flags & MessageOption.TF_ASYNC) !== 0;
  const option = new MessageOption(oneWay ? MessageOption.TF_ASYNC : MessageOption.TF_SYNC, MessageOption.TF_WAIT_TIME);
  const handler: unknown = (target as { onRemoteMessageRequest?: unknown }).onRemoteMessageRequest;
  if (typeof handler !== 'function') {
    return finish(IPC_INVALID_PARAM_ERR, replyParcel, { kind: 'no-handler' });
  }
  const args: unknown[] = [code, data, reply, option];
  if (handler.length !== 4) {
    args.push(new CallingInfo(caller));
  }
  const previous = currentCaller;
  currentCaller = caller;
  let returned: unknown;
  try {
    returned = (handler as (...values: unknown[]) => unknown).apply(target, args);
  } catch (error) {
    currentCaller = previous;
    return finish(ERR_UNKNOWN_TRANSACTION, replyParcel, { kind: 'threw', error }, oneWay);
  }
  if (!types.isPromise(returned)) {
    currentCaller = previous;
    return finish(returned === true ? ERR_NONE : ERR_UNKNOWN_TRANSACTION, replyParcel, { kind: 'returned', value: returned }, oneWay);
  }
  const settle = returned.then(
    (value): Delivery => {
      currentCaller = previous;
      return finish(value === true ? ERR_NONE : ERR_UNKNOWN_TRANSACTION, replyParcel, { kind: 'resolved', value }, oneWay);
    },
    (error: unknown): Delivery => {
      currentCaller = previous;
      return finish(ERR_UNKNOWN_TRANSACTION, replyParcel, { kind: 'rejected', error }, oneWay);
    }
  );
  if (oneWay) {
    return finish(ERR_NONE, replyParcel, { kind: 'one-way' }, true);
  }
  return settle;
}

/** Applies the binder's delivery rule to a handler's status and reply. */
function finish(status: number, reply: Parcel, outcome: HandlerOutcome, oneWay = false): Delivery {
  if (oneWay) {
    // BI:1031: no reply is sent for a one-way call.
    return { errCode: ERR_NONE, status, reply: Parcel.fromBytes(new Uint8Array(0)), outcome };
  }
  const bytes = reply.toBytes();
  const delivered = Parcel.fromBytes(bytes, reply.objects);
  return { errCode: bytes.length > 0 ? ERR_NONE : status, status, reply: delivered, outcome };
}
