/**
 * How a remote object is recognised.
 *
 * @packageDocumentation
 */

/**
 * The brand every `rpc.RemoteObject` carries. It is a registered symbol, so two copies of the
 * harness loaded side by side still recognise each other's remote objects.
 */
export const REMOTE_OBJECT_BRAND: unique symbol = Symbol.for('ohos-cloud-extension-harness.remote-object');

/**
 * Whether `value` is an `rpc.RemoteObject`: the device accepts an instance of its stub or proxy
 * class (napi_remote_object.cpp:1121-1156 `NAPI_ohos_rpc_getNativeRemoteObject`); here, an object
 * built by the `RemoteObject` constructor of any copy of the harness.
 *
 * @param value - Anything.
 */
export function isRemoteObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [REMOTE_OBJECT_BRAND]?: unknown })[REMOTE_OBJECT_BRAND] === true;
}
