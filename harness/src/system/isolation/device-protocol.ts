/**
 * The messages between the check and one simulated device process: a worker thread that loads
 * the extension's entry, runs its lifecycle and hosts its stubs. Everything here is plain,
 * structured-clonable data; request and reply bytes cross as bytes, and the remote objects a reply
 * carries cross as numbers (handles), as binder objects cross between processes on the device.
 *
 * @packageDocumentation
 */
import type { WriteLog } from '../../stubs/recording/write-log';
import type { HandlerOutcome } from '../../rpc/rpc-internal';
import type { LifecycleMethod } from '../connect';
import type { FailureKind } from '../system-reply';
import type { EncodedValue, EncodedVendorCall } from './value-codec';

/**
 * What a device process is started with: plain data only, so that it crosses into the worker as
 * is. Further settings of the device (module mappings, a sandbox folder) belong here too.
 */
export interface DeviceOptions {
  /** Absolute path of the extension's entry file. */
  readonly entry: string;
  /** Milliseconds each lifecycle step and each transaction may take. */
  readonly timeoutMs: number;
  /** Milliseconds the entry may take to finish loading. */
  readonly loadTimeoutMs: number;
  /** The Want's bundle and ability names. */
  readonly want: { readonly bundleName: string; readonly abilityName: string };
  /** The vendor's own fakes: import specifiers mapped to files (plain data). */
  readonly modules?: Readonly<Record<string, string>>;
  /** The device's app sandbox: host folder, bundle and module (see `SandboxSettings`). */
  readonly sandbox?: { readonly sandbox?: string; readonly bundleName?: string; readonly moduleName?: string };
}

/** One line (or chunk) the extension wrote to its stdout or stderr, `console` included. */
export interface DeviceLogLine {
  /** Which stream it went to. */
  readonly stream: 'stdout' | 'stderr';
  /** The text, as written. */
  readonly text: string;
}

/** A lifecycle step as it crosses: its value and error encoded. */
export interface EncodedLifecycleCall {
  /** The step. */
  readonly method: LifecycleMethod;
  /** How it ended. */
  readonly outcome: 'returned' | 'threw' | 'timeout';
  /** What it returned, encoded (left out for the constructor's instance). */
  readonly value?: EncodedValue;
  /** What it threw, encoded. */
  readonly error?: EncodedValue;
  /** Wall time in milliseconds. */
  readonly elapsedMs: number;
}

/** A lifecycle outcome as it crosses. */
export interface EncodedLifecycleOutcome {
  /** Whether every step returned. */
  readonly ok: boolean;
  /** Why not, when not. */
  readonly failure?: { readonly kind: FailureKind; readonly message: string };
  /** The steps taken. */
  readonly calls: readonly EncodedLifecycleCall[];
}

/**
 * What the device process answers for one transaction: the binder's delivery, what the stub's
 * handler did, the vendor calls and the log lines that belong to this transaction alone.
 */
export interface DeviceTransactionResult {
  /** What the caller sees: 0 whenever reply bytes exist, else the handler's status. */
  readonly errCode: number;
  /** The reply's bytes. */
  readonly replyBytes: Uint8Array;
  /** The binder objects in the reply: the byte offset of each slot and the handle it stands for. */
  readonly replyObjects: ReadonlyArray<readonly [offset: number, handle: number]>;
  /** How the stub's handler answered, any value or error encoded. */
  readonly handler: { readonly kind: HandlerOutcome['kind']; readonly error?: EncodedValue };
  /** The vendor calls the stub made for this transaction. */
  readonly vendorCalls: readonly EncodedVendorCall[];
  /** What the extension wrote to stdout or stderr while handling this transaction. */
  readonly logs: readonly DeviceLogLine[];
  /**
   * The record of the stub's writes into the reply, with the field each belongs to, when the
   * device process keeps one; plain data.
   */
  readonly writeLog?: WriteLog;
}

/** From the check to the device process. */
export type ToDevice =
  | {
      /** Deliver one request to the remote object behind `handle`. */
      readonly type: 'transact';
      readonly seq: number;
      readonly handle: number;
      readonly code: number;
      readonly requestBytes: Uint8Array;
    }
  | {
      /** Say what transaction `seq` has done so far (the check gave up waiting for it). */
      readonly type: 'probe';
      readonly seq: number;
    }
  | {
      /** Run `onDisconnect` and `onDestroy`. */
      readonly type: 'disconnect';
    };

/** From the device process to the check. */
export type FromDevice =
  | { readonly type: 'log'; readonly line: DeviceLogLine }
  | { readonly type: 'uncaught'; readonly error: EncodedValue }
  | { readonly type: 'loading' }
  | { readonly type: 'loaded' }
  | { readonly type: 'load-failed'; readonly message: string }
  | { readonly type: 'step'; readonly method: LifecycleMethod }
  | { readonly type: 'connected'; readonly connection: EncodedLifecycleOutcome; readonly hasAbility: boolean }
  | { readonly type: 'reply'; readonly seq: number; readonly result: DeviceTransactionResult }
  | {
      readonly type: 'probed';
      readonly seq: number;
      readonly vendorCalls: readonly EncodedVendorCall[];
      readonly logs: readonly DeviceLogLine[];
    }
  | { readonly type: 'disconnected'; readonly outcome: EncodedLifecycleOutcome };

/** The handle of the CloudService stub that `onConnect` gave, in every device process. */
export const SERVICE_HANDLE = 0;
