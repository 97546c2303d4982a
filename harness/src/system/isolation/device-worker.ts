/**
 * One simulated device process, run in a worker thread: it loads the extension's entry with the
 * harness's platform modules, runs the ability's lifecycle, hosts the stubs, and answers the
 * transactions the check sends (see `device-protocol.ts`). The vendor's code runs only here, so a
 * synchronous loop in it stops this thread and never the check, which ends the worker instead.
 *
 * The vendor's stdout and stderr writes (`console` included) are captured here and sent to the
 * check; errors it throws outside any call are reported, never allowed to end the process.
 *
 * @packageDocumentation
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { EntryError, loadEntry } from '../../cli/load-entry';
import { deliver } from '../../rpc/rpc-internal';
import { RecordingSequence } from '../../stubs/recording/recording-sequence';
import { setHilogSink } from '../../modules/hilog-sink';
import { collectVendorCalls, type VendorCall } from '../../stubs/trace';
import { Parcel } from '../../wire/parcel';
import { connect, type LifecycleCall, type LifecycleOutcome, type SystemSide } from '../connect';
import { errorText } from '../transport';
import type {
  DeviceLogLine,
  DeviceOptions,
  DeviceTransactionResult,
  EncodedLifecycleOutcome,
  FromDevice,
  ToDevice
} from './device-protocol';
import { SERVICE_HANDLE } from './device-protocol';
import { encodeValue, encodeVendorCall } from './value-codec';

const port = parentPort;
const options = workerData as DeviceOptions;

/** The log lines of the transaction being handled, carried along its async context. */
const transactionLogs = new AsyncLocalStorage<DeviceLogLine[]>();

function post(message: FromDevice): void {
  port?.postMessage(message);
}

/** Sends every stdout and stderr write to the check, and to the current transaction's lines. */
function captureOutput(): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    const target = process[stream];
    target.write = (chunk: unknown, ...rest: unknown[]): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      const line: DeviceLogLine = { stream, text };
      transactionLogs.getStore()?.push(line);
      post({ type: 'log', line });
      const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
      if (callback !== undefined) {
        process.nextTick(callback);
      }
      return true;
    };
  }
}

/** The remote objects this process has handed out, by handle. */
const objects = new Map<number, object>();
const handles = new Map<object, number>();
let nextHandle = SERVICE_HANDLE;

/** The handle of `object`, given out the first time it crosses (the CloudService stub gets the first). */
function handleOf(object: object): number {
  let handle = handles.get(object);
  if (handle === undefined) {
    handle = nextHandle++;
    objects.set(handle, object);
    handles.set(object, handle);
  }
  return handle;
}

/** Transactions not answered yet: what they have done so far, for a probe. */
const inFlight = new Map<number, { calls: VendorCall[]; logs: DeviceLogLine[] }>();

function encodeCall(call: LifecycleCall): EncodedLifecycleOutcome['calls'][number] {
  const out: { -readonly [K in keyof EncodedLifecycleOutcome['calls'][number]]: EncodedLifecycleOutcome['calls'][number][K] } = {
    method: call.method,
    outcome: call.outcome,
    elapsedMs: call.elapsedMs
  };
  if ('value' in call && call.method !== 'constructor') {
    out.value = encodeValue(call.value);
  }
  if ('error' in call) {
    out.error = encodeValue(call.error);
  }
  return out;
}

function encodeOutcome(outcome: LifecycleOutcome): EncodedLifecycleOutcome {
  const calls = outcome.calls.map(encodeCall);
  return outcome.ok ? { ok: true, calls } : { ok: false, failure: outcome.failure, calls };
}

async function transact(seq: number, handle: number, code: number, requestBytes: Uint8Array): Promise<void> {
  const target = objects.get(handle);
  const calls: VendorCall[] = [];
  const logs: DeviceLogLine[] = [];
  inFlight.set(seq, { calls, logs });
  // The stub writes into a sequence that logs each write, as in process (the check's write log).
  const replySequence = new RecordingSequence();
  const delivery =
    target === undefined
      ? undefined
      : await transactionLogs.run(logs, () =>
          collectVendorCalls(calls, () => deliver(target, code, Parcel.fromBytes(requestBytes), 0, undefined, replySequence))
        );
  inFlight.delete(seq);
  let result: DeviceTransactionResult;
  if (delivery === undefined) {
    result = { errCode: 4, replyBytes: new Uint8Array(0), replyObjects: [], handler: { kind: 'no-handler' }, vendorCalls: [], logs };
  } else {
    const outcome = delivery.outcome;
    result = {
      errCode: delivery.errCode,
      replyBytes: delivery.reply.toBytes(),
      replyObjects: [...delivery.reply.objects].map(([offset, object]) => [offset, handleOf(object)] as const),
      handler:
        outcome.kind === 'threw' || outcome.kind === 'rejected'
          ? { kind: outcome.kind, error: encodeValue(outcome.error) }
          : { kind: outcome.kind },
      vendorCalls: calls.map(encodeVendorCall),
      logs,
      writeLog: replySequence.log.slice()
    };
  }
  try {
    post({ type: 'reply', seq, result });
  } catch (error) {
    // Something in the record could not be cloned after all: the bytes and the outcome still go.
    post({ type: 'reply', seq, result: { ...result, vendorCalls: [], handler: { kind: result.handler.kind, error: encodeValue(error) } } });
  }
}

async function main(): Promise<void> {
  const state: { system?: SystemSide } = {};
  port?.on('message', (message: ToDevice) => {
    if (message.type === 'transact') {
      void transact(message.seq, message.handle, message.code, message.requestBytes);
    } else if (message.type === 'probe') {
      const state = inFlight.get(message.seq);
      post({ type: 'probed', seq: message.seq, vendorCalls: (state?.calls ?? []).map(encodeVendorCall), logs: state?.logs ?? [] });
    } else if (state.system !== undefined) {
      void state.system.disconnect().then((outcome) => post({ type: 'disconnected', outcome: encodeOutcome(outcome) }));
    } else {
      post({ type: 'disconnected', outcome: { ok: true, calls: [] } });
    }
  });

  let extension: unknown;
  post({ type: 'loading' });
  try {
    extension = await loadEntry(
      options.entry,
      options.modules === undefined ? { timeoutMs: options.loadTimeoutMs } : { timeoutMs: options.loadTimeoutMs, modules: options.modules }
    );
  } catch (error) {
    post({
      type: 'load-failed',
      message: error instanceof EntryError ? error.message : `${options.entry} could not be loaded: ${errorText(error)}`
    });
    return;
  }
  post({ type: 'loaded' });
  const system = await connect(extension as object, {
    ...options.sandbox,
    timeoutMs: options.timeoutMs,
    want: options.want,
    onStep: (method) => post({ type: 'step', method })
  });
  state.system = system;
  if (system.remote !== undefined) {
    handleOf(system.remote);
  }
  post({ type: 'connected', connection: encodeOutcome(system.connection), hasAbility: system.ability !== undefined });
}

captureOutput();
// hilog lines go to this process's stderr, which is captured per call like the rest of its output.
setHilogSink('stderr');
process.on('uncaughtException', (error) => post({ type: 'uncaught', error: encodeValue(error) }));
process.on('unhandledRejection', (error) => post({ type: 'uncaught', error: encodeValue(error) }));
void main();
