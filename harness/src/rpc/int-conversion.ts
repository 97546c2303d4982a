/**
 * How the device turns a JS number into a native integer when `@ohos.rpc` reads an argument.
 *
 * @packageDocumentation
 */

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/**
 * `napi_get_value_int32` on the device (arkui_napi native_api.cpp:729-742 →
 * arkcompiler_ets_runtime ecmascript/napi/jsnapi_expo.cpp:388-402 `GetValueInt32` →
 * ecmascript/base/number_helper.cpp:1127-1150 `DoubleToInt`): ECMAScript ToInt32. Truncates
 * toward zero and wraps modulo 2^32; NaN and ±Infinity give 0.
 *
 * @param value - A JS number.
 * @returns The int32.
 */
export function toInt32(value: number): number {
  return value | 0;
}

/**
 * `napi_get_value_uint32` (native_api.cpp:744-756 → jsnapi_expo.cpp:404-407): the int32
 * conversion reinterpreted as unsigned, i.e. ECMAScript ToUint32.
 *
 * @param value - A JS number.
 * @returns The uint32.
 */
export function toUint32(value: number): number {
  return value >>> 0;
}

/**
 * `napi_get_value_int64` (native_api.cpp:758-770 → jsnapi_expo.cpp:409-426 `GetValueInt64` →
 * number_helper.cpp:823-832 `DoubleToInt64`): NaN and ±Infinity give 0; otherwise the value is
 * truncated toward zero and saturated to the int64 range (no wrap-around).
 *
 * @param value - A JS number.
 * @returns The int64.
 */
export function toInt64(value: number): bigint {
  if (!Number.isFinite(value)) {
    return 0n;
  }
  // 2^63 as a double: the first value at or above INT64_MAX.
  if (value >= 9223372036854775808) {
    return INT64_MAX;
  }
  if (value <= -9223372036854775808) {
    return INT64_MIN;
  }
  return BigInt(Math.trunc(value));
}

/**
 * `napi_create_int64` (native_api.cpp:398-408): an int64 handed back to JS becomes the nearest
 * double, so values beyond 2^53 lose precision.
 *
 * @param value - The int64.
 * @returns The JS number.
 */
export function int64ToNumber(value: bigint): number {
  return Number(value);
}
