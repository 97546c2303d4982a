import type { AppBriefInfo, AppSchema, Database } from 'ohos-cloud-extension-types';
import { EntryError, loadEntry } from '../cli/load-entry';
import cloudExtension = require('../modules/ohos.data.cloudExtension');
import type { ModuleMap } from '../register/module-map';
import { isRemoteObject } from '../rpc/rpc-internal';
import type { AssetLoaderConnection } from './asset-loader-client';
import { AssetLoaderClient } from './asset-loader-client';
import type { DatabaseConnection } from './cloud-db-client';
import { CloudDbClient } from './cloud-db-client';
import type { SystemServiceInfo, SystemSubscribeInfo } from './cloud-service-client';
import { CloudServiceClient } from './cloud-service-client';
import type { ShareCenterConnection } from './share-center-client';
import { ShareCenterClient } from './share-center-client';
import type { Sandbox } from '../sandbox/sandbox';
import { giveContext, openDeviceSandbox, type DeviceSandbox, type SandboxSettings } from './device-sandbox';
import type { CodeAndValue, Failure, SystemReply } from './system-reply';
import type { Transaction } from './transport';
import { DEFAULT_TIMEOUT_MS, ERR_UNKNOWN_TRANSACTION, errorText } from './transport';

export type { AssetLoaderConnection, AssetResult } from './asset-loader-client';
export type { BatchResult, DatabaseConnection, QueryPage } from './cloud-db-client';
export type { SystemServiceInfo, SystemSubscribeInfo } from './cloud-service-client';
export type { Int64 } from './reply-reader';
export type { AssetInput, RequestRow, RequestValue, SystemAsset, SystemRow, SystemValue } from './row-values';
export type {
  CodeAndDescription,
  CodeDescriptionAndList,
  InvitationReply,
  ParticipantInput,
  ShareCenterConnection,
  SystemParticipant,
  SystemPrivilege
} from './share-center-client';
export type { CodeAndValue, Failure, FailureKind, SystemReply, SystemReplyFailed, SystemReplyOk } from './system-reply';
export type { Transaction } from './transport';
export type { ModuleMap } from '../register/module-map';
export type { SandboxSettings } from './device-sandbox';
export type { VendorCall, VendorCallOutcome } from '../stubs/trace';

/**
 * The bundle and ability the system names in the Want it connects with. The open caller binds
 * `com.example.cloudsync` / `ServiceExtAbility` (datamgr_service connect_adapter connect.cpp:26-27).
 */
export interface WantTarget {
  /** The vendor app's bundle name. */
  bundleName: string;
  /** The ServiceExtensionAbility's name. */
  abilityName: string;
}

/** The Want used when {@link ConnectOptions.want} is not given. */
export const DEFAULT_WANT: Readonly<WantTarget> = Object.freeze({ bundleName: 'com.example.cloudsync', abilityName: 'ServiceExtAbility' });

/** Options of {@link connect}; the sandbox options say where the extension's files live. */
export interface ConnectOptions extends SandboxSettings {
  /**
   * Milliseconds to wait for each transaction and each lifecycle method that returns a promise;
   * default 5000. A call that does not answer in time is abandoned and reported as a timeout.
   */
  timeoutMs?: number;
  /** The Want passed to `onCreate`, `onConnect` and `onDisconnect`; default {@link DEFAULT_WANT}. */
  want?: WantTarget;
  /**
   * When the extension is given as its entry file: the vendor's own fakes, import specifiers
   * mapped to files (relative to the working directory), for modules the harness does not
   * emulate, e.g. `{ 'libentry.so': 'test/fakes/libentry.ts' }`. Plain data; they stay mapped
   * for the rest of the process.
   */
  modules?: ModuleMap;
  /**
   * Called just before each lifecycle step runs, with the step's name: what lets a caller in
   * another thread tell which step never came back.
   */
  onStep?: (method: LifecycleMethod) => void;
}

/** The lifecycle steps the system takes on an extension. */
export type LifecycleMethod = 'constructor' | 'onCreate' | 'onConnect' | 'onDisconnect' | 'onDestroy' | 'createCloudServiceStub';

/** One lifecycle step and how it ended. */
export interface LifecycleCall {
  /** The step. */
  method: LifecycleMethod;
  /** `'returned'` (or resolved), `'threw'` (or rejected), or `'timeout'` (abandoned). */
  outcome: 'returned' | 'threw' | 'timeout';
  /** What it returned or resolved to, when it returned. */
  value?: unknown;
  /** What it threw, when it threw. */
  error?: unknown;
  /** Wall time in milliseconds. */
  elapsedMs: number;
}

/** How a sequence of lifecycle steps ended. */
export type LifecycleOutcome =
  | {
      /** All steps returned. */
      ok: true;
      /** The steps taken. */
      calls: LifecycleCall[];
    }
  | {
      /** A step failed; later steps were not taken (except `onDestroy` after `onDisconnect`). */
      ok: false;
      /** Why, with kind `'lifecycle-failed'`, `'not-a-remote-object'` or `'entry-not-loaded'`. */
      failure: Failure;
      /** The steps taken. */
      calls: LifecycleCall[];
    };

/**
 * What the extension is given to {@link connect}: its ServiceExtensionAbility subclass (constructed
 * with no arguments, as the device does), an instance of it, a CloudService object (handed to
 * `createCloudServiceStub`), or the path of its entry file (`.ts`, `.ets`, `.js`, …, relative to
 * the working directory), loaded as `ohos-cloud-extension-check` loads it, with
 * {@link ConnectOptions.modules}.
 */
export type ExtensionInput = (new () => object) | object | string;

/**
 * The system's side of a connection to a cloud extension: one method per call the system makes.
 * Every method sends what the system sends and gives back what it decodes as a
 * {@link SystemReply}; none of them throws because of something the extension did.
 */
export interface SystemSide {
  /** How connecting went; when it failed, every method answers `not-connected` without sending. */
  readonly connection: LifecycleOutcome;
  /** Every lifecycle step taken so far (connecting, then disconnecting). */
  readonly lifecycle: readonly LifecycleCall[];
  /** The CloudService stub, when connected. */
  readonly remote: object | undefined;
  /** The ServiceExtensionAbility instance, when one was given or constructed. */
  readonly ability: object | undefined;
  /** The app sandbox of this connection (in force for the platform modules until it ends). */
  readonly sandbox: Sandbox;
  /** GetServiceInfo: the account's cloud service information. */
  getServiceInfo(): Promise<SystemReply<SystemServiceInfo>>;
  /** GetAppBriefInfo: the apps, keyed as the vendor keyed them. */
  getAppBriefInfo(): Promise<SystemReply<Record<string, AppBriefInfo>>>;
  /** GetAppSchema: code and, on success, the app's schema. */
  getAppSchema(bundleName: string): Promise<SystemReply<CodeAndValue<AppSchema>>>;
  /**
   * Subscribe one bundle's databases, as the system does (one request per bundle).
   *
   * @param expirationTime - Expiry in milliseconds (int64); the system sends now + 144 h.
   */
  subscribe(
    bundleName: string,
    databases: readonly Database[],
    expirationTime: number | bigint
  ): Promise<SystemReply<CodeAndValue<SystemSubscribeInfo>>>;
  /** Unsubscribe: per bundle name, the subscription ids; the reply is the stub's code (0 success). */
  unsubscribe(subscriptions: Readonly<Record<string, readonly string[]>>): Promise<SystemReply<number>>;
  /** ConnectDatabase: a connection to the vendor's CloudDB for one database. */
  connectDB(bundleName: string, database: Database): Promise<SystemReply<DatabaseConnection>>;
  /** ConnectAssetLoader: a connection to the vendor's AssetLoader for one database. */
  connectAssetLoader(bundleName: string, database: Database): Promise<SystemReply<AssetLoaderConnection>>;
  /** ConnectShareCenter: a connection to the vendor's ShareCenter for one user and bundle. */
  connectShareCenter(userId: number, bundleName: string): Promise<SystemReply<ShareCenterConnection>>;
  /**
   * Ends the connection: `onDisconnect(want)`, then `onDestroy()` (nothing for a CloudService
   * object); then releases the sandbox (a temp folder is deleted).
   */
  disconnect(): Promise<LifecycleOutcome>;
}

/** Calls `step` and waits for its promise, if it returns one, at most `timeoutMs`; never throws. */
async function runStep(
  method: LifecycleMethod,
  timeoutMs: number,
  awaitResult: boolean,
  step: () => unknown,
  onStep?: (method: LifecycleMethod) => void
): Promise<LifecycleCall> {
  onStep?.(method);
  const started = performance.now();
  const done = (call: Omit<LifecycleCall, 'elapsedMs'>): LifecycleCall => ({ ...call, elapsedMs: performance.now() - started });
  let value: unknown;
  try {
    value = step();
  } catch (error) {
    return done({ method, outcome: 'threw', error });
  }
  const thenable =
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function';
  if (!thenable) {
    return done({ method, outcome: 'returned', value });
  }
  const promise = Promise.resolve(value as PromiseLike<unknown>);
  if (!awaitResult) {
    // The device does not wait for onCreate/onDestroy; a rejection is noted, never left unhandled.
    promise.catch(() => undefined);
    return done({ method, outcome: 'returned', value });
  }
  return new Promise<LifecycleCall>((resolve) => {
    const timer = setTimeout(() => resolve(done({ method, outcome: 'timeout' })), timeoutMs);
    promise.then(
      (resolved) => {
        clearTimeout(timer);
        resolve(done({ method, outcome: 'returned', value: resolved }));
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve(done({ method, outcome: 'threw', error }));
      }
    );
  });
}

/** The failure for a lifecycle step that did not return. */
function stepFailure(call: LifecycleCall, timeoutMs: number): Failure {
  if (call.outcome === 'timeout') {
    return { kind: 'lifecycle-failed', message: `${call.method} did not settle within ${timeoutMs} ms` };
  }
  return { kind: 'lifecycle-failed', message: `${call.method} threw: ${errorText(call.error)}` };
}

/** Whether `value` has a method called `name`. */
function hasMethod(value: unknown, name: string): boolean {
  return value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)[name] === 'function';
}

/** A transaction that was never sent, for calls made on a failed connection. */
function notSent(code: number): Transaction {
  return { code, status: 'failed', errCode: ERR_UNKNOWN_TRANSACTION, reply: new Uint8Array(0), vendorCalls: [], elapsedMs: 0 };
}

/** Maps a reply carrying a remote object to one carrying a connection built on it. */
function mapReply<T>(reply: SystemReply<object>, wrap: (remote: object) => T): SystemReply<T> {
  if (!reply.ok) {
    return reply;
  }
  return { ok: true, value: wrap(reply.value), transaction: reply.transaction, unread: reply.unread };
}

/** The system side over a connected (or failed) CloudService stub. */
class SystemSideImpl implements SystemSide {
  readonly connection: LifecycleOutcome;
  readonly lifecycle: LifecycleCall[];
  readonly remote: object | undefined;
  readonly ability: object | undefined;
  readonly sandbox: Sandbox;
  private readonly device: DeviceSandbox;
  private readonly client: CloudServiceClient | undefined;
  private readonly timeoutMs: number;
  private readonly want: WantTarget;
  private disconnected: LifecycleOutcome | undefined;
  /** Ends the connection in another process instead of calling the ability here. */
  disconnectWith: (() => Promise<LifecycleOutcome>) | undefined;
  private readonly onStep: ((method: LifecycleMethod) => void) | undefined;

  constructor(
    connection: LifecycleOutcome,
    remote: object | undefined,
    ability: object | undefined,
    timeoutMs: number,
    want: WantTarget,
    device: DeviceSandbox,
    onStep?: (method: LifecycleMethod) => void
  ) {
    this.onStep = onStep;
    this.connection = connection;
    this.device = device;
    this.sandbox = device.sandbox;
    this.lifecycle = Array.from(connection.calls);
    this.remote = remote;
    this.ability = ability;
    this.timeoutMs = timeoutMs;
    this.want = want;
    this.client = remote === undefined ? undefined : new CloudServiceClient(remote, { timeoutMs });
    this.disconnected = undefined;
  }

  private refuse<T>(code: number, method: string): Promise<SystemReply<T>> {
    const reason = this.connection.ok ? 'no connection' : this.connection.failure.message;
    return Promise.resolve({
      ok: false,
      failure: { kind: 'not-connected', message: `CloudService.${method}: not sent, the extension is not connected (${reason})` },
      transaction: notSent(code)
    });
  }

  getServiceInfo(): Promise<SystemReply<SystemServiceInfo>> {
    return this.client === undefined ? this.refuse(4, 'getServiceInfo') : this.client.getServiceInfo();
  }

  getAppBriefInfo(): Promise<SystemReply<Record<string, AppBriefInfo>>> {
    return this.client === undefined ? this.refuse(3, 'getAppBriefInfo') : this.client.getAppBriefInfo();
  }

  getAppSchema(bundleName: string): Promise<SystemReply<CodeAndValue<AppSchema>>> {
    return this.client === undefined ? this.refuse(5, 'getAppSchema') : this.client.getAppSchema(bundleName);
  }

  subscribe(
    bundleName: string,
    databases: readonly Database[],
    expirationTime: number | bigint
  ): Promise<SystemReply<CodeAndValue<SystemSubscribeInfo>>> {
    return this.client === undefined ? this.refuse(6, 'subscribe') : this.client.subscribe(bundleName, databases, expirationTime);
  }

  unsubscribe(subscriptions: Readonly<Record<string, readonly string[]>>): Promise<SystemReply<number>> {
    return this.client === undefined ? this.refuse(7, 'unsubscribe') : this.client.unsubscribe(subscriptions);
  }

  async connectDB(bundleName: string, database: Database): Promise<SystemReply<DatabaseConnection>> {
    if (this.client === undefined) {
      return this.refuse(2, 'connectDB');
    }
    const options = { timeoutMs: this.timeoutMs };
    return mapReply(await this.client.connectDB(bundleName, database), (remote) => new CloudDbClient(remote, options));
  }

  async connectAssetLoader(bundleName: string, database: Database): Promise<SystemReply<AssetLoaderConnection>> {
    if (this.client === undefined) {
      return this.refuse(1, 'connectAssetLoader');
    }
    const options = { timeoutMs: this.timeoutMs };
    return mapReply(await this.client.connectAssetLoader(bundleName, database), (remote) => new AssetLoaderClient(remote, options));
  }

  async connectShareCenter(userId: number, bundleName: string): Promise<SystemReply<ShareCenterConnection>> {
    if (this.client === undefined) {
      return this.refuse(0, 'connectShareCenter');
    }
    const options = { timeoutMs: this.timeoutMs };
    return mapReply(await this.client.connectShareCenter(userId, bundleName), (remote) => new ShareCenterClient(remote, options));
  }

  async disconnect(): Promise<LifecycleOutcome> {
    if (this.disconnected !== undefined) {
      return this.disconnected;
    }
    if (this.disconnectWith !== undefined) {
      const outcome = await this.disconnectWith();
      this.lifecycle.push(...outcome.calls);
      this.disconnected = outcome;
      this.device.release();
      return outcome;
    }
    const calls: LifecycleCall[] = [];
    let failure: Failure | undefined;
    const ability = this.ability;
    if (ability !== undefined) {
      const want = { bundleName: this.want.bundleName, abilityName: this.want.abilityName };
      if (hasMethod(ability, 'onDisconnect')) {
        const step = await runStep(
          'onDisconnect',
          this.timeoutMs,
          true,
          () => (ability as { onDisconnect(w: unknown): unknown }).onDisconnect(want),
          this.onStep
        );
        calls.push(step);
        if (step.outcome !== 'returned') {
          failure = stepFailure(step, this.timeoutMs);
        }
      }
      if (hasMethod(ability, 'onDestroy')) {
        const step = await runStep(
          'onDestroy',
          this.timeoutMs,
          false,
          () => (ability as { onDestroy(): unknown }).onDestroy(),
          this.onStep
        );
        calls.push(step);
        if (step.outcome !== 'returned' && failure === undefined) {
          failure = stepFailure(step, this.timeoutMs);
        }
      }
    }
    this.lifecycle.push(...calls);
    this.device.release();
    this.disconnected = failure === undefined ? { ok: true, calls } : { ok: false, failure, calls };
    return this.disconnected;
  }
}

/**
 * The system's side over a CloudService remote object that lives elsewhere (the isolated mode's
 * handle), with `disconnect` done by `disconnectWith`. For `connectEntry`; not part of the API.
 *
 * @internal
 */
export function systemSideOver(
  connection: LifecycleOutcome,
  remote: object | undefined,
  timeoutMs: number,
  want: WantTarget,
  device: DeviceSandbox,
  disconnectWith: () => Promise<LifecycleOutcome>
): SystemSide {
  const side = new SystemSideImpl(connection, remote, undefined, timeoutMs, want, device);
  side.disconnectWith = disconnectWith;
  return side;
}

/**
 * Connects to a cloud extension as the system does and gives the system's side of the connection.
 *
 * This is the **in-process mode**: the extension's objects run in the caller's own thread, which
 * gives a unit test direct access to them (`system.ability`, the stubs), but a synchronous endless
 * loop in the extension then holds the caller too, and no time limit can stop it. To run an
 * entry file in its own thread, as the device runs it in its own process, use `connectEntry`.
 *
 * - A class (the vendor's ServiceExtensionAbility subclass) is constructed with no arguments.
 * - On an ability instance the system calls `onCreate(want)` (not awaited) and `onConnect(want)`
 *   (awaited when it returns a promise, at most `timeoutMs`), which must give a remote object: the
 *   CloudService stub.
 * - A CloudService object (anything without `onConnect`) is handed to `createCloudServiceStub`.
 *
 * A constructor, `onCreate` or `onConnect` that throws, rejects or hangs, or an `onConnect` that
 * gives something other than a remote object, does not make this reject: the returned side's
 * `connection` says what failed, and its methods answer `not-connected` without sending.
 *
 * @example
 * ```ts
 * const system = await connect(MyCloudExtension, { timeoutMs: 2000 });
 * const info = await system.getServiceInfo();
 * if (info.ok) {
 *   console.log(info.value.enableCloud, info.value.user);
 * } else {
 *   console.log(info.failure.kind, info.failure.message);
 * }
 * await system.disconnect();
 * ```
 *
 * @param extension - The ability class, an ability instance, or a CloudService object.
 * @param options - Time limit and Want.
 * @returns The system's side; check `connection.ok` before relying on it.
 */
export async function connect(extension: ExtensionInput, options: ConnectOptions = {}): Promise<SystemSide> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const target = options.want ?? DEFAULT_WANT;
  const onStep = options.onStep;
  const calls: LifecycleCall[] = [];
  let device: DeviceSandbox;
  try {
    device = openDeviceSandbox(options, target.bundleName);
  } catch (error) {
    const unused = openDeviceSandbox({}, target.bundleName);
    const failure: Failure = {
      kind: 'lifecycle-failed',
      message: `the sandbox folder ${options.sandbox ?? ''} cannot be used: ${errorText(error)}`
    };
    return new SystemSideImpl({ ok: false, failure, calls }, undefined, undefined, timeoutMs, target, unused);
  }
  const fail = (failure: Failure, ability: object | undefined): SystemSide =>
    new SystemSideImpl({ ok: false, failure, calls }, undefined, ability, timeoutMs, target, device, onStep);
  const want = (): object => ({ bundleName: target.bundleName, abilityName: target.abilityName });

  if (typeof extension === 'string') {
    let loaded: unknown;
    try {
      loaded = await loadEntry(extension, options.modules === undefined ? { timeoutMs } : { timeoutMs, modules: options.modules });
    } catch (error) {
      const message = error instanceof EntryError ? error.message : `${extension} could not be loaded: ${errorText(error)}`;
      return fail({ kind: 'entry-not-loaded', message }, undefined);
    }
    return connect(loaded as object, options);
  }

  let ability: object | undefined;
  let connected: unknown;
  if (typeof extension === 'function') {
    const step = await runStep('constructor', timeoutMs, false, () => new (extension as new () => object)(), onStep);
    calls.push(step);
    if (step.outcome !== 'returned') {
      return fail(stepFailure(step, timeoutMs), undefined);
    }
    ability = step.value as object;
  } else if (hasMethod(extension, 'onConnect')) {
    ability = extension;
  }

  if (ability !== undefined) {
    const instance = ability;
    giveContext(instance, device.sandbox, target.abilityName);
    if (hasMethod(instance, 'onCreate')) {
      const created = await runStep(
        'onCreate',
        timeoutMs,
        false,
        () => (instance as { onCreate(w: unknown): unknown }).onCreate(want()),
        onStep
      );
      calls.push(created);
      if (created.outcome !== 'returned') {
        return fail(stepFailure(created, timeoutMs), instance);
      }
    }
    if (!hasMethod(instance, 'onConnect')) {
      return fail({ kind: 'lifecycle-failed', message: 'the ability has no onConnect method' }, instance);
    }
    const step = await runStep(
      'onConnect',
      timeoutMs,
      true,
      () => (instance as { onConnect(w: unknown): unknown }).onConnect(want()),
      onStep
    );
    calls.push(step);
    if (step.outcome !== 'returned') {
      return fail(stepFailure(step, timeoutMs), instance);
    }
    connected = step.value;
  } else {
    const service = extension;
    const step = await runStep(
      'createCloudServiceStub',
      timeoutMs,
      true,
      () => (cloudExtension.createCloudServiceStub as (instance: unknown) => unknown)(service),
      onStep
    );
    calls.push(step);
    if (step.outcome !== 'returned') {
      return fail(stepFailure(step, timeoutMs), undefined);
    }
    connected = step.value;
  }

  if (connected === null || typeof connected !== 'object' || !isRemoteObject(connected)) {
    const what =
      connected === null ? 'null' : typeof connected === 'object' ? 'an object that is not an rpc.RemoteObject' : typeof connected;
    return fail({ kind: 'not-a-remote-object', message: `onConnect gave ${what}, not the CloudService stub (a remote object)` }, ability);
  }
  return new SystemSideImpl({ ok: true, calls }, connected, ability, timeoutMs, target, device, onStep);
}
