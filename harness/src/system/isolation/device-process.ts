/**
 * The check's side of one simulated device process: starts the worker (`device-worker.ts`), waits
 * for the entry to load and the lifecycle to run, sends transactions as bytes and reads the
 * answers, and ends the worker when the vendor's code does not give its thread back.
 *
 * Every wait here is a timer in the check's own event loop, which the vendor's code cannot block:
 * a synchronous endless loop in the extension makes the wait run out, the worker is ended
 * (`worker.terminate()`), and the call is reported as timed out.
 *
 * @packageDocumentation
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HandlerOutcome } from '../../rpc/rpc-internal';
import type { LifecycleCall, LifecycleMethod, LifecycleOutcome } from '../connect';
import type { DeviceLogLine, DeviceOptions, EncodedLifecycleOutcome, FromDevice, ToDevice } from './device-protocol';
import { SERVICE_HANDLE } from './device-protocol';
import { RemoteHandle, replyParcel, type RemoteAnswer, type RemoteLink } from './remote-handle';
import { decodeValue, decodeVendorCall } from './value-codec';

/**
 * Milliseconds the check waits, beyond the time limit, for a lifecycle step: the device process
 * times out a step's promise itself, so only a step that holds its thread runs into this.
 */
export const STEP_GRACE_MS = 500;

/**
 * Longest wait, in milliseconds, for the device process to say what a timed-out transaction has
 * done so far. No answer means its thread is held (a synchronous loop), and the process is ended.
 */
export const PROBE_MS = 500;

/**
 * Milliseconds the check waits, beyond the load time limit, for the entry to load: the device
 * process times out an ES module's top-level `await` itself, and loading the TypeScript compiler
 * for a TypeScript entry is the harness's own work, so only an entry that holds its thread (a
 * loop at module load) runs into this.
 */
export const LOAD_GRACE_MS = 2000;

/** Longest wait, in milliseconds, for a worker thread to start: the harness's own start-up. */
export const WORKER_START_MS = 30_000;

/** Most times a device process is started again after it was ended, in one connection. */
export const MAX_RESTARTS = 8;

/** How starting a device process ended. */
export type DeviceStart =
  | {
      /** The entry could not be loaded (a one-line reason); nothing else ran. */
      readonly kind: 'load-failed';
      readonly message: string;
    }
  | {
      /** The entry loaded and the lifecycle ran, successfully or not. */
      readonly kind: 'connected';
      readonly connection: LifecycleOutcome;
    };

type Waited = { kind: 'message'; message: FromDevice } | { kind: 'timeout' } | { kind: 'exit'; code: number };

/**
 * One device process seen from the check: the worker running the extension, the handles of the
 * objects it gave out, its log and the errors it threw outside any call. See the module comment.
 */
export class DeviceProcess implements RemoteLink {
  /** Everything the extension wrote to stdout and stderr, over every run of the process. */
  readonly log: DeviceLogLine[] = [];
  /** What the extension threw or rejected with outside any call, over every run. */
  readonly uncaught: unknown[] = [];
  /** The handle of the CloudService stub; it follows the process across restarts. */
  readonly service: RemoteHandle;
  /** The lifecycle steps of every restart (the first start's steps are not included). */
  readonly restartSteps: LifecycleCall[] = [];
  /** How many times the process was started again after being ended. */
  restarts = 0;

  private readonly options: DeviceOptions;
  private worker: Worker | undefined;
  private generation = 0;
  private connected = false;
  private seq = 0;
  private readonly replies = new Map<number, (waited: Waited) => void>();
  private readonly probes = new Map<number, (message: FromDevice) => void>();
  private phase: ((waited: Waited) => void) | undefined;
  private restarting: Promise<void> | undefined;
  private closed = false;

  /** Prepares the process; {@link DeviceProcess.start} starts it. */
  constructor(options: DeviceOptions) {
    this.options = options;
    this.service = new RemoteHandle(this, SERVICE_HANDLE, undefined);
  }

  /**
   * Starts the worker, waits for the entry to load (at most `loadTimeoutMs`) and for each
   * lifecycle step (at most `timeoutMs` + {@link STEP_GRACE_MS}). Never rejects.
   */
  async start(): Promise<DeviceStart> {
    this.generation += 1;
    this.connected = false;
    const worker = new Worker(path.join(__dirname, 'device-worker.js'), {
      workerData: this.options,
      stdout: true,
      stderr: true
    });
    this.worker = worker;
    // The check's own timers keep it alive while it waits; a worker left running must not.
    worker.unref();
    // What reaches the streams without the worker's own capture (nothing, normally) is kept too.
    worker.stdout.on('data', (chunk: Buffer) => this.log.push({ stream: 'stdout', text: chunk.toString('utf8') }));
    worker.stderr.on('data', (chunk: Buffer) => this.log.push({ stream: 'stderr', text: chunk.toString('utf8') }));
    worker.on('message', (message: FromDevice) => this.receive(worker, message));
    worker.on('error', (error) => this.uncaught.push(error));
    worker.on('exit', (code) => this.exited(worker, code));

    const shown = this.options.entry;
    const loading = await this.next(WORKER_START_MS);
    const loaded =
      loading.kind === 'message' && loading.message.type === 'loading'
        ? await this.next(this.options.loadTimeoutMs + LOAD_GRACE_MS)
        : loading;
    if (loaded.kind !== 'message' || loaded.message.type !== 'loaded') {
      await this.end();
      if (loaded.kind === 'message' && loaded.message.type === 'load-failed') {
        return { kind: 'load-failed', message: loaded.message.message };
      }
      return {
        kind: 'load-failed',
        message:
          loaded.kind === 'timeout'
            ? `${displayPath(shown)} did not finish loading within ${this.options.loadTimeoutMs} ms and held its thread (a loop at module load?); its process was ended`
            : `${displayPath(shown)} ended its process while loading (process.exit?)`
      };
    }
    const connection = await this.lifecycle('connected');
    this.connected = connection.ok;
    return { kind: 'connected', connection };
  }

  /** Runs `onDisconnect` and `onDestroy` in the process, then ends it. Never rejects. */
  async disconnect(): Promise<LifecycleOutcome> {
    if (this.restarting !== undefined) {
      await this.restarting;
    }
    this.closed = true;
    if (this.worker === undefined) {
      return { ok: true, calls: [] };
    }
    this.post({ type: 'disconnect' });
    const outcome = await this.lifecycle('disconnected');
    await this.end();
    return outcome;
  }

  /** Ends the process without its lifecycle; what it was doing is abandoned. No call is sent after. */
  async close(): Promise<void> {
    this.closed = true;
    await this.end();
  }

  /** {@inheritDoc RemoteLink.transact} */
  async transact(handle: RemoteHandle, code: number, requestBytes: Uint8Array, timeoutMs: number): Promise<RemoteAnswer> {
    if (this.closed) {
      return { kind: 'dead', message: 'the connection to the extension was closed', duringCall: false };
    }
    if (handle.generation === undefined && (this.worker === undefined || !this.connected)) {
      await this.restart();
    }
    if (handle.generation !== undefined && handle.generation !== this.generation) {
      return {
        kind: 'dead',
        message: "the object belonged to a run of the extension's process that has ended",
        duringCall: false
      };
    }
    const worker = this.worker;
    if (worker === undefined || !this.connected) {
      return { kind: 'dead', message: "the extension's process has ended and could not be started again", duringCall: false };
    }
    const seq = ++this.seq;
    const answered = new Promise<Waited>((resolve) => this.replies.set(seq, resolve));
    const timer = new Promise<Waited>((resolve) => {
      const id = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
      void answered.then(() => clearTimeout(id));
    });
    this.post({ type: 'transact', seq, handle: handle.handle, code, requestBytes });
    const waited = await Promise.race([answered, timer]);
    if (waited.kind === 'message' && waited.message.type === 'reply') {
      const result = waited.message.result;
      const generation = this.generation;
      const objects = result.replyObjects.map(([offset, id]) => [offset, new RemoteHandle(this, id, generation)] as const);
      const handler: HandlerOutcome =
        result.handler.kind === 'threw' || result.handler.kind === 'rejected'
          ? { kind: result.handler.kind, error: decodeValue(result.handler.error) }
          : result.handler.kind === 'returned' || result.handler.kind === 'resolved'
            ? { kind: result.handler.kind, value: undefined }
            : { kind: result.handler.kind };
      const answer: RemoteAnswer = {
        kind: 'delivered',
        errCode: result.errCode,
        reply: replyParcel(result.replyBytes, objects),
        handler,
        vendorCalls: result.vendorCalls.map(decodeVendorCall),
        logs: [...result.logs],
        ...(result.writeLog === undefined ? {} : { writeLog: result.writeLog })
      };
      return answer;
    }
    this.replies.delete(seq);
    if (waited.kind === 'exit') {
      return { kind: 'dead', message: `the extension's process ended during the call (exit code ${waited.code})`, duringCall: true };
    }
    // No answer in time: an unsettled promise leaves the thread free to say so; a loop does not.
    const probed = await this.probe(worker, seq);
    if (probed !== undefined && probed.type === 'probed') {
      return { kind: 'timeout', vendorCalls: probed.vendorCalls.map(decodeVendorCall), logs: [...probed.logs], ended: false };
    }
    await this.end();
    return { kind: 'timeout', vendorCalls: [], logs: [], ended: true };
  }

  private async probe(worker: Worker, seq: number): Promise<FromDevice | undefined> {
    if (this.worker !== worker) {
      return undefined;
    }
    return new Promise<FromDevice | undefined>((resolve) => {
      const id = setTimeout(() => {
        this.probes.delete(seq);
        resolve(undefined);
      }, PROBE_MS);
      this.probes.set(seq, (message) => {
        clearTimeout(id);
        resolve(message);
      });
      this.post({ type: 'probe', seq });
    });
  }

  /** Starts the process again after it was ended, at most {@link MAX_RESTARTS} times. */
  private async restart(): Promise<void> {
    if (this.restarting !== undefined) {
      return this.restarting;
    }
    if (this.restarts >= MAX_RESTARTS) {
      return;
    }
    this.restarts += 1;
    this.restarting = (async () => {
      await this.end();
      const started = await this.start();
      if (started.kind === 'connected') {
        this.restartSteps.push(...started.connection.calls);
      }
    })();
    try {
      await this.restarting;
    } finally {
      this.restarting = undefined;
    }
  }

  /** Waits for the lifecycle to end with a message of type `last`, timing each step. */
  private async lifecycle(last: 'connected' | 'disconnected'): Promise<LifecycleOutcome> {
    const started: { method: LifecycleMethod; at: number }[] = [];
    for (;;) {
      const waited = await this.next(this.options.timeoutMs + STEP_GRACE_MS);
      if (waited.kind === 'message') {
        const message = waited.message;
        if (message.type === 'step') {
          started.push({ method: message.method, at: performance.now() });
          continue;
        }
        if (message.type === last) {
          return decodeOutcome(message.type === 'connected' ? message.connection : message.outcome);
        }
        continue;
      }
      // The step running never gave the thread back (or the process ended): the steps before it returned.
      await this.end();
      const calls: LifecycleCall[] = started.map((step, index) => ({
        method: step.method,
        outcome: index === started.length - 1 ? (waited.kind === 'timeout' ? 'timeout' : 'threw') : 'returned',
        elapsedMs: (started[index + 1]?.at ?? performance.now()) - step.at
      }));
      const hung = started[started.length - 1]?.method ?? (last === 'connected' ? 'onConnect' : 'onDisconnect');
      const message =
        waited.kind === 'timeout'
          ? `${hung} did not return within ${this.options.timeoutMs} ms and held the extension's thread (a loop that never ends?); its process was ended`
          : `${hung} ended the extension's process (exit code ${waited.code})`;
      return { ok: false, failure: { kind: 'lifecycle-failed', message }, calls };
    }
  }

  /** The next lifecycle message, or that none came within `timeoutMs`, or that the worker ended. */
  private next(timeoutMs: number): Promise<Waited> {
    return new Promise<Waited>((resolve) => {
      const id = setTimeout(() => {
        this.phase = undefined;
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.phase = (waited) => {
        clearTimeout(id);
        this.phase = undefined;
        resolve(waited);
      };
    });
  }

  private receive(worker: Worker, message: FromDevice): void {
    if (worker !== this.worker) {
      return;
    }
    switch (message.type) {
      case 'log':
        this.log.push(message.line);
        return;
      case 'uncaught':
        this.uncaught.push(decodeValue(message.error));
        return;
      case 'reply': {
        const resolve = this.replies.get(message.seq);
        this.replies.delete(message.seq);
        resolve?.({ kind: 'message', message });
        return;
      }
      case 'probed': {
        const resolve = this.probes.get(message.seq);
        this.probes.delete(message.seq);
        resolve?.(message);
        return;
      }
      case 'loading':
      case 'loaded':
      case 'load-failed':
      case 'step':
      case 'connected':
      case 'disconnected':
        this.phase?.({ kind: 'message', message });
    }
  }

  private exited(worker: Worker, code: number): void {
    if (worker !== this.worker) {
      return;
    }
    this.worker = undefined;
    this.connected = false;
    const waited: Waited = { kind: 'exit', code };
    this.phase?.(waited);
    for (const resolve of this.replies.values()) {
      resolve(waited);
    }
    this.replies.clear();
  }

  private post(message: ToDevice): void {
    this.worker?.postMessage(message);
  }

  /** Ends the worker, if it runs, and waits until it has. */
  private async end(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) {
      return;
    }
    this.worker = undefined;
    this.connected = false;
    for (const resolve of this.replies.values()) {
      resolve({ kind: 'exit', code: 1 });
    }
    this.replies.clear();
    await worker.terminate();
  }
}

function decodeOutcome(outcome: EncodedLifecycleOutcome): LifecycleOutcome {
  const calls: LifecycleCall[] = outcome.calls.map((call) => {
    const decoded: LifecycleCall = { method: call.method, outcome: call.outcome, elapsedMs: call.elapsedMs };
    if ('value' in call) {
      decoded.value = decodeValue(call.value);
    }
    if ('error' in call) {
      decoded.error = decodeValue(call.error);
    }
    return decoded;
  });
  if (outcome.ok || outcome.failure === undefined) {
    return { ok: true, calls };
  }
  return { ok: false, failure: { kind: outcome.failure.kind, message: outcome.failure.message }, calls };
}

/** A path as the user would type it: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
