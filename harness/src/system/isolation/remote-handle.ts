/**
 * A remote object that lives in a device process, as the check's side holds it: a handle.
 *
 * @packageDocumentation
 */
import type { WriteLog } from '../../stubs/recording/write-log';
import { Parcel } from '../../wire/parcel';
import type { VendorCall } from '../../stubs/trace';
import type { HandlerOutcome } from '../../rpc/rpc-internal';
import { REMOTE_OBJECT_BRAND } from '../../rpc/rpc-internal';
import type { DeviceLogLine } from './device-protocol';

/** How a transaction to another process ended, as the check's side sees it. */
export type RemoteAnswer =
  | {
      /** The stub answered. */
      readonly kind: 'delivered';
      /** What the caller sees: 0 whenever reply bytes exist, else the handler's status. */
      readonly errCode: number;
      /** The reply, its remote objects as handles. */
      readonly reply: Parcel;
      /** How the stub's handler answered. */
      readonly handler: HandlerOutcome;
      /** The vendor calls of this transaction. */
      readonly vendorCalls: VendorCall[];
      /** What the extension wrote while handling it. */
      readonly logs: DeviceLogLine[];
      /** The stub's write record, when the device process keeps one. */
      readonly writeLog?: WriteLog;
    }
  | {
      /** No answer within the time limit. */
      readonly kind: 'timeout';
      /** The vendor calls so far, when the process could still say (they are then pending). */
      readonly vendorCalls: VendorCall[];
      /** What the extension wrote while handling it, as far as known. */
      readonly logs: DeviceLogLine[];
      /** Whether the process had to be ended because its thread never came back (a synchronous loop). */
      readonly ended: boolean;
    }
  | {
      /** Nothing was delivered: the process holding the object has ended, or ended during the call. */
      readonly kind: 'dead';
      /** Why, in words. */
      readonly message: string;
      /** Whether the process ended while handling this very call (rather than before it was sent). */
      readonly duringCall: boolean;
    };

/** The process that holds the objects behind handles. */
export interface RemoteLink {
  /**
   * Sends one request to the object behind `handle` and waits at most `timeoutMs` for the answer.
   * Never rejects.
   */
  transact(handle: RemoteHandle, code: number, requestBytes: Uint8Array, timeoutMs: number): Promise<RemoteAnswer>;
}

/**
 * A remote object in another process: what a binder proxy is on the device. It is a remote object
 * to the system's side (`isRemoteObject`), and a transaction to it crosses to its process as bytes.
 */
export class RemoteHandle {
  /** The process holding the object. */
  readonly link: RemoteLink;
  /** The object's number in its process. */
  readonly handle: number;
  /**
   * Which run of the process the handle belongs to; `undefined` for a handle that follows the
   * process across restarts (the CloudService stub, which the system gets again on reconnecting).
   */
  readonly generation: number | undefined;

  /** Creates the handle. */
  constructor(link: RemoteLink, handle: number, generation: number | undefined) {
    this.link = link;
    this.handle = handle;
    this.generation = generation;
    Object.defineProperty(this, REMOTE_OBJECT_BRAND, { value: true });
  }
}

/** Whether `value` is a {@link RemoteHandle}. */
export function isRemoteHandle(value: unknown): value is RemoteHandle {
  return value instanceof RemoteHandle;
}

/** A reply parcel over `bytes` whose binder slots hold handles. */
export function replyParcel(bytes: Uint8Array, objects: Iterable<readonly [number, RemoteHandle]>): Parcel {
  return Parcel.fromBytes(bytes, objects);
}
