/**
 * `@kit.BasicServicesKit` as far as the harness implements it: nothing at run time.
 *
 * The kit re-exports `BusinessError` from `@ohos.base` (interface_sdk-js
 * kits/@kit.BasicServicesKit.d.ts), where it is an interface (api/@ohos.base.d.ts:137), so it is
 * a type only: the compiler drops `import { BusinessError } from '@kit.BasicServicesKit'` and no
 * value exists on the device. The kit's other exports (`request`, `osAccount`, `emitter`, …) are
 * modules the harness does not implement, so the module object is empty.
 *
 * @packageDocumentation
 */

/** The `@kit.BasicServicesKit` module object: no value the harness implements. */
const kit = {};

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace kit {
  /**
   * The error platform APIs report (api/@ohos.base.d.ts:137-161): an `Error` with a number
   * `code` and optional `data`. Each module builds its own; `@ohos.net.http` gives a plain
   * object of this shape that is not an `Error`.
   */
  interface BusinessError<T = void> extends Error {
    /** The error code. */
    code: number;
    /** Extra data, for some errors. */
    data?: T;
  }
  /** A callback in `(err, data)` form. */
  type AsyncCallback<T, E = void> = (err: BusinessError<E>, data: T) => void;
  /** A callback with one value. */
  type Callback<T> = (data: T) => void;
  /** A callback with an error only. */
  type ErrorCallback<T extends Error = BusinessError> = (err: T) => void;
}

export = kit;
