/**
 * The device's ArkTS runtime provides a global `console`. A plain TypeScript project that has
 * neither the DOM nor Node.js types needs this declaration to compile code that uses it; drop it
 * where `console` is already declared (it would then be a duplicate). The example itself logs with
 * `@ohos.hilog`, which the device's log tools filter by domain and tag.
 *
 * Written as a class with static methods, and with the extra arguments typed, so that it is also
 * valid ArkTS when read as a `.d.ets` file.
 */
declare class console {
  /** Writes an informational line to the device log. */
  static info(message: string, ...args: Array<string | number | boolean>): void;
  /** Writes an error line to the device log. */
  static error(message: string, ...args: Array<string | number | boolean>): void;
}
