/**
 * What the harness itself needs from its `@ohos.rpc`, beyond what the device module exports: the
 * parcel under a sequence, a sequence over given bytes, the remote-object test, the transaction
 * as the binder delivers it, and the error helpers. Not part of the `@ohos.rpc` module object.
 *
 * @packageDocumentation
 */
import { Parcel, type ParcelOptions } from '../wire/parcel';
import { adoptParcel, MessageSequence } from './message-sequence';

export { BusinessError, RPC_ERRORS, rpcErrorCode, type RpcErrorKind } from './business-error';
export { int64ToNumber, toInt32, toInt64, toUint32 } from './int-conversion';
export { isMessageOption } from './message-option';
export { isMessageSequence, MAX_CAPACITY_TO_WRITE, MAX_STRING_UNITS, parcelOf } from './message-sequence';
export {
  deliver,
  ERR_NONE,
  ERR_UNKNOWN_TRANSACTION,
  IPC_INVALID_PARAM_ERR,
  type CallerIdentity,
  type Delivery,
  type HandlerOutcome
} from './remote-object';
export { isRemoteObject, REMOTE_OBJECT_BRAND } from './remote-object-brand';

/**
 * A `MessageSequence` over a copy of `bytes`, read from position 0, as a handler receives a
 * request or a caller a reply.
 *
 * @param bytes - The bytes.
 * @param objects - The binder objects among them, by the byte offset of their slot.
 * @param options - The sequence is read-only unless `writable` is true, as a received parcel is.
 */
export function sequenceOver(
  bytes: Uint8Array,
  objects: Iterable<readonly [number, object]> = [],
  options: ParcelOptions = {}
): MessageSequence {
  const sequence = new MessageSequence();
  adoptParcel(sequence, Parcel.fromBytes(bytes, objects, options));
  return sequence;
}

/**
 * A `MessageSequence` over `parcel` itself (not a copy): what the sequence reads and writes is
 * what `parcel` holds.
 *
 * @param parcel - The parcel.
 */
export function sequenceOverParcel(parcel: Parcel): MessageSequence {
  const sequence = new MessageSequence();
  adoptParcel(sequence, parcel);
  return sequence;
}
