/**
 * The errors `@ohos.data.preferences` raises: an `Error` with a numeric `code`, 401 for a bad
 * parameter (thrown at once) and 15500000 for an inner error (SDK api/@ohos.data.preferences.d.ts
 * @throws; preferences napi `ParamTypeError`, "Parameter error. The type of 'x' must be …").
 *
 * @packageDocumentation
 */

/** A preferences error: an `Error` with the device's numeric code. */
export interface PreferencesError extends Error {
  /** 401, 15500000 or 15500010. */
  code: number;
}

/**
 * The error for a code and message.
 *
 * @param code - 401 (parameter), 15500000 (inner error), 15500010 (delete failed).
 * @param message - The device's text.
 */
export function preferencesError(code: number, message: string): PreferencesError {
  const error = new Error(message) as PreferencesError;
  error.code = code;
  return error;
}

/**
 * The 401 error for a parameter of the wrong type or value.
 *
 * @param name - The parameter.
 * @param must - What it must be, e.g. `'a non empty string'`.
 */
export function parameterError(name: string, must: string): PreferencesError {
  return preferencesError(401, `Parameter error. The type of '${name}' must be ${must}.`);
}
