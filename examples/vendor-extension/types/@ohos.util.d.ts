/**
 * The part of the OpenHarmony SDK's `@ohos.util` that the example uses, declared as the SDK declares it
 * (interface_sdk-js `api/@ohos.util.d.ts`), for a project that compiles without the SDK:
 * `examples/tsconfig.json` maps the module name to this file with `paths`. In a DevEco project the
 * SDK declares the module in full: drop this file there.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 *
 * @packageDocumentation
 */
declare namespace util {
  /** Base64 encoding and decoding. */
  class Base64Helper {
    constructor();
    /** The Base64 text of `src`. */
    encodeToStringSync(src: Uint8Array): string;
    /** The bytes of the Base64 text (or Base64 bytes) `src`. */
    decodeSync(src: Uint8Array | string): Uint8Array;
  }
}
export default util;
