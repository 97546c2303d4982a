/**
 * `rpc.ErrorCode`.
 *
 * @packageDocumentation
 */

/**
 * The error numbers of `@ohos.rpc` (interface_sdk-js api/@ohos.rpc.d.ts `enum ErrorCode`). On
 * the device this is a class with read-only static properties (communication_ipc
 * napi_rpc_error.cpp:89-127), so it is one here too.
 */
export class ErrorCode {
  /** Parameter check failed. */
  static readonly CHECK_PARAM_ERROR = 401;
  /** `mmap` failed. */
  static readonly OS_MMAP_ERROR = 1900001;
  /** `ioctl` failed. */
  static readonly OS_IOCTL_ERROR = 1900002;
  /** Writing to shared memory failed. */
  static readonly WRITE_TO_ASHMEM_ERROR = 1900003;
  /** Reading from shared memory failed. */
  static readonly READ_FROM_ASHMEM_ERROR = 1900004;
  /** Only a proxy object is permitted. */
  static readonly ONLY_PROXY_OBJECT_PERMITTED_ERROR = 1900005;
  /** Only a remote object is permitted. */
  static readonly ONLY_REMOTE_OBJECT_PERMITTED_ERROR = 1900006;
  /** Communication failed. */
  static readonly COMMUNICATION_ERROR = 1900007;
  /** The proxy or remote object is invalid. */
  static readonly PROXY_OR_REMOTE_OBJECT_INVALID_ERROR = 1900008;
  /** Writing to the message sequence failed. */
  static readonly WRITE_DATA_TO_MESSAGE_SEQUENCE_ERROR = 1900009;
  /** Reading from the message sequence failed. */
  static readonly READ_DATA_FROM_MESSAGE_SEQUENCE_ERROR = 1900010;
  /** Allocating parcel memory failed. */
  static readonly PARCEL_MEMORY_ALLOC_ERROR = 1900011;
  /** Calling a JS method failed. */
  static readonly CALL_JS_METHOD_ERROR = 1900012;
  /** `dup` failed. */
  static readonly OS_DUP_ERROR = 1900013;

  private constructor() {}
}

/** A value of {@link ErrorCode}. */
export type ErrorCodeValue = (typeof ErrorCode)[Exclude<keyof typeof ErrorCode, 'prototype'>];
