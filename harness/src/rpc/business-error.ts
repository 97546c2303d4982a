/**
 * The errors `@ohos.rpc` throws on the device.
 *
 * @packageDocumentation
 */

/**
 * The codes and messages of `@ohos.rpc`'s business errors (communication_ipc
 * ipc/native/src/napi_common/source/napi_rpc_error.cpp:23-39).
 */
export const RPC_ERRORS = {
  CHECK_PARAM_ERROR: { code: 401, message: 'check param error' },
  ONLY_PROXY_OBJECT_PERMITTED_ERROR: { code: 1900005, message: 'only proxy object permitted' },
  PROXY_OR_REMOTE_OBJECT_INVALID_ERROR: { code: 1900008, message: 'proxy or remote object is invalid' },
  WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR: { code: 1900009, message: 'write data to message sequence failed' },
  READ_DATA_FROM_MESSAGE_SEQUENCE_ERROR: { code: 1900010, message: 'read data from message sequence failed' },
  PARCEL_MEMORY_ALLOC_ERROR: { code: 1900011, message: 'parcel memory alloc failed' }
} as const;

/** One of the business errors `@ohos.rpc` throws. */
export type RpcErrorKind = keyof typeof RPC_ERRORS;

/**
 * A business error as `@ohos.rpc` throws it: a plain `Error` whose `code` property is the error
 * number **as a decimal string**, e.g. `'401'`.
 *
 * On the device `NapiError::GetError` turns the number into a string (`std::to_string`) and
 * passes it to `napi_create_error` (napi_rpc_error.cpp:50-57), which stores that value as the
 * error's `code` unchanged (arkui_napi native_engine/native_api.cpp:608-612). So
 * `error.code === 401` is false on the device and here; compare with `Number(error.code)` or use
 * {@link rpcErrorCode}.
 */
export class BusinessError extends Error {
  /** The error number as a decimal string, e.g. `'401'` (see the class comment). */
  readonly code: string;

  /** Creates the error `kind` of napi_rpc_error.cpp. */
  constructor(kind: RpcErrorKind) {
    super(RPC_ERRORS[kind].message);
    this.code = String(RPC_ERRORS[kind].code);
    // panda::Exception::Error makes a plain Error (native_api.cpp:608).
    this.name = 'Error';
  }
}

/** The error numbers `@ohos.rpc` uses (napi_rpc_error.cpp:23-39): 401 and 1900001 to 1900013. */
function isRpcErrorNumber(code: number): boolean {
  return code === 401 || (code >= 1900001 && code <= 1900013);
}

/**
 * The error number of an `@ohos.rpc` business error, or `undefined` when `error` is not one. It
 * recognises the errors of any copy of the harness: an `Error` whose `code` is the decimal
 * string of an `@ohos.rpc` error number.
 *
 * @param error - Anything thrown.
 * @returns For example `401` for a failed type check.
 */
export function rpcErrorCode(error: unknown): number | undefined {
  if (!(error instanceof Error)) {
    return undefined;
  }
  const code: unknown = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9]+$/.test(code)) {
    return undefined;
  }
  const value = Number(code);
  return isRpcErrorNumber(value) ? value : undefined;
}

/**
 * The error a failed `NAPI_ASSERT` throws: a plain `Error` whose message is
 * `assertion (<condition>) failed: <message>` (arkui_napi interfaces/inner_api/napi/
 * native_common.h:34-42). Older `@ohos.rpc` entry points check their arguments this way instead
 * of with a business error.
 *
 * @param condition - The asserted condition as the source spells it.
 * @param message - The message the source gives.
 */
export function assertionError(condition: string, message: string): Error {
  return new Error(`assertion (${condition}) failed: ${message}`);
}
