/**
 * The part of the OpenHarmony SDK's `@ohos.hilog` that the example uses, declared as the SDK declares it
 * (interface_sdk-js `api/@ohos.hilog.d.ts`), for a project that compiles without the SDK:
 * `examples/tsconfig.json` maps the module name to this file with `paths`. In a DevEco project the
 * SDK declares the module in full: drop this file there.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 *
 * @packageDocumentation
 */
declare namespace hilog {
  /** Logs at DEBUG: `%{public}s` shows an argument, `%{private}s` (the default) masks it. */
  function debug(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
  /** Logs at INFO. */
  function info(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
  /** Logs at WARN. */
  function warn(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
  /** Logs at ERROR. */
  function error(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
}
export default hilog;
