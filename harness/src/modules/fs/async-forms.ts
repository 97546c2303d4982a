/**
 * The three forms of every `@ohos.file.fs` function. The arguments are checked synchronously (a
 * bad one throws 13900020 in every form); the work then runs: at once for `xxxSync`, later for the
 * promise and callback forms, which reject or call back with the error (open.cpp:355-389; the
 * libn async work). A callback gets `(undefined, value)` on success and `(error)` on failure.
 *
 * @packageDocumentation
 */
import { toFsError } from './fs-error';

/** Checks the arguments (throwing 13900020) and gives the work to run. */
export type Prepare<T> = (args: readonly unknown[]) => () => T;

/** A callback as the device calls it. */
type Callback<T> = (error: Error | undefined, value?: T) => void;

/**
 * The sync form: checks, runs, and throws the device's error.
 *
 * @param prepare - Checks the arguments and gives the work.
 */
export function syncForm<T>(prepare: Prepare<T>): (...args: unknown[]) => T {
  return (...args: unknown[]): T => {
    const work = prepare(args);
    try {
      return work();
    } catch (error) {
      throw toFsError(error);
    }
  };
}

/**
 * The promise-or-callback form: a function as the last argument makes it the callback form.
 *
 * @param prepare - Checks the arguments (without the callback) and gives the work.
 */
export function asyncForm<T>(prepare: Prepare<T>): (...args: unknown[]) => Promise<T> | undefined {
  return (...args: unknown[]): Promise<T> | undefined => {
    const last = args[args.length - 1];
    const callback = typeof last === 'function' ? (last as Callback<T>) : undefined;
    const work = prepare(callback === undefined ? args : args.slice(0, -1));
    const settled = new Promise<T>((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(toFsError(error));
        }
      });
    });
    if (callback === undefined) {
      return settled;
    }
    settled.then(
      (value) => callback(undefined, value),
      (error: Error) => callback(error)
    );
    return undefined;
  };
}
