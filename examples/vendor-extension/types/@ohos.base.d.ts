/**
 * The part of the OpenHarmony SDK's `@ohos.base` that the example uses, declared as the SDK declares it
 * (interface_sdk-js `api/@ohos.base.d.ts`), for a project that compiles without the SDK:
 * `examples/tsconfig.json` maps the module name to this file with `paths`. In a DevEco project the
 * SDK declares the module in full: drop this file there.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 *
 * @packageDocumentation
 */
/** The error of a failed platform call: a number `code` (2300xxx for `@ohos.net.http`) and a message. */
export interface BusinessError extends Error {
  /** The error code. */
  code: number;
}
