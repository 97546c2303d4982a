/**
 * `@ohos.rpc` as the harness provides it at run time: the part of the device's module that a
 * cloud extension and its stubs use, with the device's checks, conversions and quirks.
 *
 * The module object holds what the device's `rpc` native module exports and the harness
 * implements (communication_ipc ipc/native/src/napi/src/napi_rpc_native_module.cpp:30-42):
 * `MessageSequence`, `TypeCode`, `RemoteObject`, `MessageOption`, `ErrorCode`, `CallingInfo`.
 * `IRemoteObject` and `RequestResult` are types only, as on the device, where no
 * `IRemoteObject` value is exported.
 *
 * @packageDocumentation
 */
import { CallingInfo as CallingInfoClass } from '../rpc/remote-object';
import { ErrorCode as ErrorCodeClass } from '../rpc/error-code';
import { MessageOption as MessageOptionClass } from '../rpc/message-option';
import { MessageSequence as MessageSequenceClass } from '../rpc/message-sequence';
import { RemoteObject as RemoteObjectClass, type RequestResult as RequestResultShape } from '../rpc/remote-object';

/**
 * The element types of typed-array reads and writes (napi_message_sequence_write.cpp:67-90,
 * napi_rpc_common.h:98-109).
 */
const TypeCode = Object.freeze({
  INT8_ARRAY: 0,
  UINT8_ARRAY: 1,
  INT16_ARRAY: 2,
  UINT16_ARRAY: 3,
  INT32_ARRAY: 4,
  UINT32_ARRAY: 5,
  FLOAT32_ARRAY: 6,
  FLOAT64_ARRAY: 7,
  BIGINT64_ARRAY: 8,
  BIGUINT64_ARRAY: 9
} as const);

/** The `@ohos.rpc` module object. */
const rpc = {
  MessageSequence: MessageSequenceClass,
  TypeCode,
  RemoteObject: RemoteObjectClass,
  MessageOption: MessageOptionClass,
  ErrorCode: ErrorCodeClass,
  CallingInfo: CallingInfoClass
};

declare namespace rpc {
  /** A request or reply buffer. */
  type MessageSequence = MessageSequenceClass;
  /** A local remote object (stub). */
  type RemoteObject = RemoteObjectClass;
  /** How a request is sent. */
  type MessageOption = MessageOptionClass;
  /** Information about the caller of a request. */
  type CallingInfo = CallingInfoClass;
  /** What `sendMessageRequest` settles with. */
  type RequestResult = RequestResultShape;
  /** A remote object or proxy; on the device an abstract class that is not exported at run time. */
  type IRemoteObject = RemoteObjectClass;
  /** A value of `ErrorCode`. */
  type ErrorCode = (typeof ErrorCodeClass)[Exclude<keyof typeof ErrorCodeClass, 'prototype'>];
  /** A value of `TypeCode`. */
  type TypeCode = (typeof TypeCode)[keyof typeof TypeCode];
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file (it
// reads the source, cjs-module-lexer), so that an ES module can write
// `import { MessageSequence } from '@ohos.rpc'`, as the typings allow.
// Keep it in step with the module object. (Node's types declare `exports` as `any`; the cast
// vanishes in the output, which keeps the `exports.X = ` the lexer looks for.)
if (0 as number) {
  (exports as Record<string, unknown>).MessageSequence = undefined;
  (exports as Record<string, unknown>).TypeCode = undefined;
  (exports as Record<string, unknown>).RemoteObject = undefined;
  (exports as Record<string, unknown>).MessageOption = undefined;
  (exports as Record<string, unknown>).ErrorCode = undefined;
  (exports as Record<string, unknown>).CallingInfo = undefined;
}

export = rpc;
