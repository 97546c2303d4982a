import * as path from 'node:path';
import { DEFAULT_LOAD_TIMEOUT_MS } from '../cli/load-entry';
import { DEFAULT_WANT, systemSideOver, type ModuleMap, type SandboxSettings, type SystemSide, type WantTarget } from './connect';
import type { DeviceLogLine } from './isolation/device-protocol';
import { DeviceProcess } from './isolation/device-process';
import { openDeviceSandbox, type DeviceSandbox } from './device-sandbox';
import { DEFAULT_TIMEOUT_MS } from './transport';

export type { DeviceLogLine } from './isolation/device-protocol';

/** Options of {@link connectEntry}. */
export interface ConnectEntryOptions extends SandboxSettings {
  /**
   * Milliseconds to wait for each transaction and each lifecycle step; default 5000. A call that
   * does not answer in time is reported as a timeout, even when the extension's code never gives
   * its thread back (its process is then ended, and started again for the calls that follow).
   */
  timeoutMs?: number;
  /** Milliseconds the entry may take to finish loading; default 30 000. */
  loadTimeoutMs?: number;
  /** The Want passed to `onCreate`, `onConnect` and `onDisconnect`; default `DEFAULT_WANT`. */
  want?: WantTarget;
  /**
   * The vendor's own fakes: import specifiers mapped to files (relative to the working
   * directory), for modules the harness does not emulate, e.g. `{ BuildProfile: 'test/build-profile.ts' }`.
   */
  modules?: ModuleMap;
}

/**
 * The system's side of a connection to an extension running in its own process (a worker
 * thread). Its `ability` is always `undefined`: the extension's objects live in that process.
 */
export interface IsolatedSystemSide extends SystemSide {
  /** The one-line reason the entry could not be loaded; `undefined` when it loaded. */
  readonly loadFailure: string | undefined;
  /** Everything the extension wrote to stdout and stderr (`console` included), in order. */
  readonly log: readonly DeviceLogLine[];
  /** What the extension threw or rejected with outside any call (timers, unhandled rejections). */
  readonly uncaught: readonly unknown[];
  /** How many times the extension's process was ended and started again (after a call held its thread). */
  readonly restarts: number;
  /** Ends the extension's process without its lifecycle (`disconnect` runs it, then ends the process). */
  close(): Promise<void>;
}

/**
 * Loads an extension's entry file in its own process and connects to it as the system does.
 *
 * This is the **isolated mode**, used by `check` when given a file and by the
 * `ohos-cloud-extension-check` command. The entry is loaded, the ability constructed, and its
 * `onCreate` and `onConnect` run in a worker thread with the harness's platform modules, beside
 * the stubs; only bytes (and handles for the remote objects in them) cross between that process
 * and the system's side, as between processes on the device. Every time limit is kept in the
 * caller's own thread, so an extension stuck in a synchronous loop is ended at the limit instead
 * of holding the caller: the call is reported as a timeout (its objects are gone), and the next
 * CloudService call starts the process again (load, lifecycle, connect), at most 8 times.
 *
 * For a unit test that wants the extension's objects in hand, use the in-process `connect`.
 *
 * Never rejects: a load failure is in `loadFailure` and `connection` (kind `load-failed`), a
 * lifecycle failure in `connection`. Call `disconnect()` or `close()` when done, or the process
 * keeps running.
 *
 * @example
 * ```ts
 * const system = await connectEntry('src/service-extension.ts', { timeoutMs: 2000 });
 * const info = await system.getServiceInfo();
 * console.log(info.ok ? info.value.user : info.failure.message);
 * await system.disconnect();
 * ```
 *
 * @param entry - Path of the entry file (`.ts`, `.ets`, `.mts`, `.cts`, `.js`, `.mjs`, `.cjs`),
 *   absolute or relative to the working directory; its default export is the ability class.
 * @param options - Time limits and Want.
 */
export async function connectEntry(entry: string, options: ConnectEntryOptions = {}): Promise<IsolatedSystemSide> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const want = options.want ?? DEFAULT_WANT;
  // The sandbox folder is made here and lent to the extension's process, so that the check can
  // put files in it and read them back; it is released (a temp folder deleted) on disconnect.
  let sandbox: DeviceSandbox;
  let sandboxFailure: string | undefined;
  try {
    sandbox = openDeviceSandbox(options, want.bundleName);
  } catch (error) {
    sandboxFailure = `the sandbox folder ${options.sandbox ?? ''} cannot be used: ${error instanceof Error ? error.message : String(error)}`;
    sandbox = openDeviceSandbox({}, want.bundleName);
  }
  const device = new DeviceProcess({
    entry: path.resolve(entry),
    timeoutMs,
    loadTimeoutMs: options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
    want: { bundleName: want.bundleName, abilityName: want.abilityName },
    ...(options.modules === undefined ? {} : { modules: { ...options.modules } }),
    sandbox: {
      sandbox: sandbox.sandbox.root,
      ...(options.bundleName === undefined ? {} : { bundleName: options.bundleName }),
      ...(options.moduleName === undefined ? {} : { moduleName: options.moduleName })
    }
  });
  if (sandboxFailure !== undefined) {
    const failed = systemSideOver(
      { ok: false, failure: { kind: 'lifecycle-failed', message: sandboxFailure }, calls: [] },
      undefined,
      timeoutMs,
      want,
      sandbox,
      () => Promise.resolve({ ok: true, calls: [] })
    );
    return Object.assign(failed, {
      loadFailure: undefined,
      log: [],
      uncaught: [],
      restarts: 0,
      close: (): Promise<void> => Promise.resolve()
    });
  }
  const started = await device.start();
  const connection =
    started.kind === 'load-failed'
      ? { ok: false as const, failure: { kind: 'load-failed' as const, message: started.message }, calls: [] }
      : started.connection;
  const remote = connection.ok ? device.service : undefined;
  const side = systemSideOver(connection, remote, timeoutMs, want, sandbox, () => device.disconnect());
  const isolated = Object.assign(side, {
    loadFailure: started.kind === 'load-failed' ? started.message : undefined,
    log: device.log,
    uncaught: device.uncaught,
    restarts: 0,
    close: async (): Promise<void> => {
      await device.close();
      sandbox.release();
    }
  });
  Object.defineProperty(isolated, 'restarts', { get: () => device.restarts, enumerable: true });
  return isolated;
}
