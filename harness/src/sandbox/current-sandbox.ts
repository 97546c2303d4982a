/**
 * The sandbox the platform modules use when a call names no context: `@ohos.file.fs` and
 * `@ohos.file.fileuri` take plain paths, so they resolve them in the current sandbox. Each
 * simulated device (one per worker thread) sets its own; `connect` sets it for its run.
 *
 * @packageDocumentation
 */
import { Sandbox } from './sandbox';

let current: Sandbox | undefined;
let fallback: Sandbox | undefined;

/**
 * The sandbox in force: the one last set with {@link setCurrentSandbox}, or else a temp-folder
 * sandbox made on first use and deleted when the process exits.
 */
export function currentSandbox(): Sandbox {
  if (current !== undefined) {
    return current;
  }
  if (fallback === undefined) {
    const made = Sandbox.create();
    fallback = made;
    process.once('exit', () => made.dispose());
  }
  return fallback;
}

/**
 * Makes `sandbox` the one in force (`undefined` goes back to the fallback).
 *
 * @param sandbox - The sandbox of the device this thread simulates.
 * @returns The one in force before, to put back afterwards.
 */
export function setCurrentSandbox(sandbox: Sandbox | undefined): Sandbox | undefined {
  const previous = current;
  current = sandbox;
  return previous;
}
