/**
 * The record of vendor calls: every stub calls the vendor through {@link callVendor}, which notes
 * what was called with which arguments and what came back. The system's side and the check read
 * it to compare what the vendor returned with what the system decoded from the reply.
 *
 * @packageDocumentation
 */

import { AsyncLocalStorage } from 'node:async_hooks';
import type { InterfaceName } from './codes';

/** How a vendor call ended, or that it has not ended yet. */
export type VendorCallOutcome =
  | {
      /** The call returned (or its promise resolved). */
      readonly kind: 'returned';
      /** The value after `await`, exactly as the stub went on to encode it. */
      readonly value: unknown;
    }
  | {
      /** The call threw (or its promise rejected). */
      readonly kind: 'threw';
      /** What was thrown. */
      readonly error: unknown;
    }
  | {
      /** The call has not settled yet. */
      readonly kind: 'pending';
    };

/** One call a stub made into the vendor's object. */
export interface VendorCall {
  /** The interface the stub serves. */
  readonly interfaceName: InterfaceName;
  /** The vendor method the stub called, e.g. `'query'`. */
  readonly method: string;
  /** The arguments, as the stub decoded them from the request. */
  readonly args: readonly unknown[];
  /** How the call ended; updated in place when a pending call settles. */
  outcome: VendorCallOutcome;
}

/** How many calls a stub keeps: the newest ones, older calls are dropped first. */
export const VENDOR_CALL_LIMIT = 256;

const callsByStub = new WeakMap<object, VendorCall[]>();
/** The calls of the transaction being handled, carried along its own async context. */
const transactionCalls = new AsyncLocalStorage<VendorCall[]>();
const implementationReaders = new WeakMap<object, () => unknown>();

function remember(stub: object, call: VendorCall): void {
  let calls = callsByStub.get(stub);
  if (calls === undefined) {
    calls = [];
    callsByStub.set(stub, calls);
  }
  calls.push(call);
  if (calls.length > VENDOR_CALL_LIMIT) {
    calls.splice(0, calls.length - VENDOR_CALL_LIMIT);
  }
}

/**
 * Calls the vendor as a stub does (`await vendor.method(...)`) and records the call on `stub`.
 *
 * `invoke` performs the call itself, so a missing method throws a `TypeError` just as the device's
 * `this.cloudDb.query(...)` does. The result is awaited once; a throw or a rejection is recorded and
 * rethrown unchanged, so the stub's own `try`/`catch` (or its absence) decides what happens next.
 *
 * @param stub - The stub making the call; the record is kept on it.
 * @param interfaceName - The interface the stub serves.
 * @param method - The vendor method's name.
 * @param args - The arguments passed to the vendor, for the record.
 * @param invoke - Makes the call.
 * @returns The awaited result.
 */
export async function callVendor<T>(
  stub: object,
  interfaceName: InterfaceName,
  method: string,
  args: readonly unknown[],
  invoke: () => T
): Promise<Awaited<T>> {
  const call: VendorCall = {
    interfaceName,
    method,
    args: Array.from(args),
    outcome: { kind: 'pending' }
  };
  remember(stub, call);
  transactionCalls.getStore()?.push(call);
  try {
    const value = await invoke();
    call.outcome = { kind: 'returned', value };
    return value;
  } catch (error) {
    call.outcome = { kind: 'threw', error };
    throw error;
  }
}

/**
 * Hands over and forgets the calls recorded on `stub`, oldest first (at most
 * {@link VENDOR_CALL_LIMIT}). A call still pending is updated in place when it settles.
 *
 * @param stub - A stub made by this package.
 * @returns The recorded calls; empty when there are none.
 */
export function takeVendorCalls(stub: object): VendorCall[] {
  const calls = callsByStub.get(stub);
  if (calls === undefined) {
    return [];
  }
  callsByStub.delete(stub);
  return calls;
}

/**
 * Runs `handle` (one transaction's delivery) in its own scope: every vendor call a stub makes
 * while handling it, synchronously or after any number of `await`s, is appended to `calls`, and to
 * no other transaction's list, however many transactions overlap. The scope follows the async
 * context (`AsyncLocalStorage`), not the stub, so two overlapping calls on one stub each get
 * their own calls.
 *
 * @param calls - Where this transaction's calls go, oldest first; pending calls are updated in
 *   place when they settle.
 * @param handle - Delivers the transaction.
 * @returns What `handle` returns.
 */
export function collectVendorCalls<T>(calls: VendorCall[], handle: () => T): T {
  return transactionCalls.run(calls, handle);
}

/**
 * Tells the record how to find the object a stub wraps. Called by each stub's constructor; the
 * reader is asked each time, because the device's stub reads its property on every request.
 *
 * @param stub - The stub.
 * @param read - Returns the vendor's object as the stub currently holds it.
 */
export function bindImplementation(stub: object, read: () => unknown): void {
  implementationReaders.set(stub, read);
}

/**
 * The vendor's object a stub wraps (the CloudService, CloudDB, AssetLoader or ShareCenter it was
 * created with), or `undefined` for an object that is not one of this package's stubs.
 *
 * @param stub - A stub made by this package.
 * @returns The wrapped object.
 */
export function implementationOf(stub: object): unknown {
  const read = implementationReaders.get(stub);
  return read === undefined ? undefined : read();
}
