/**
 * The error `@ohos.util` and `@ohos.buffer` throw: a real `Error` named `BusinessError` with a
 * numeric `code`, 401 for a bad argument (commonlibrary_ets_utils js_util_module/util/src/util_js.ts
 * `class BusinessError`, native_module_util.cpp).
 *
 * @packageDocumentation
 */

/** The code of a bad argument. */
export const PARAMETER_ERROR = 401;
/** The code of a syntax error, e.g. a malformed UUID string. */
export const SYNTAX_ERROR = 10200002;

/** A util error: `instanceof Error`, `name` `'BusinessError'`, `code` a number. */
export class UtilBusinessError extends Error {
  /** 401, or another util error code. */
  code: number;

  /**
   * @param message - The device's message, e.g. `Parameter error. The type of 5 must be string`.
   * @param code - The error code; 401 by default.
   */
  constructor(message: string, code: number = PARAMETER_ERROR) {
    super(message);
    this.name = 'BusinessError';
    this.code = code;
  }
}

/** A 401 error with the device's wording for a value of the wrong type. */
export function typeError(value: unknown, expected: string): UtilBusinessError {
  return new UtilBusinessError(`Parameter error. The type of ${String(value)} must be ${expected}`);
}
