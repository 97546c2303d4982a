/*
 * The globals the ArkTS runtime gives every .ets file on the device, declared as the OpenHarmony
 * SDK declares them in interface_sdk-js, `api/@internal/ets/global.d.ts` (read at commit
 * 2c550ecc4ca27d2cb6afc262fe4f83463f68a257): the `console` class (lines 31-285), the timer
 * functions (lines 311-371) and `canIUse` (line 401). Names, parameters and types are the SDK's;
 * the comments are ours.
 *
 * Left out, because a cloud extension has no use for them: the UI test hooks marked `@test`
 * (`getInspectorByKey`, `getInspectorTree`, `sendEventByKey`, `sendTouchEvent`, `sendKeyEvent`,
 * `sendMouseEvent`), `markModuleCollectable` (dynamic imports) and `loadNativeModule` (native
 * modules, UI main thread only).
 *
 * The SDK file is a module that DevEco makes global; this copy is a script, so that everything it
 * declares is global. `ohos-cloud-extension-lint` adds it to a program only when the program
 * declares none of these names itself (a project's own stand-in, or the SDK).
 */

/**
 * The device log. Every method is static: `console.info('synced', rows)`.
 */
declare class console {
  /** Writes a debug-level line: the message, then each further argument. */
  static debug(message: string, ...arguments: any[]): void;
  /** Writes a line at the default level: the message, then each further argument. */
  static log(message: string, ...arguments: any[]): void;
  /** Writes an info-level line: the message, then each further argument. */
  static info(message: string, ...arguments: any[]): void;
  /** Writes a warning-level line: the message, then each further argument. */
  static warn(message: string, ...arguments: any[]): void;
  /** Writes an error-level line: the message, then each further argument. */
  static error(message: string, ...arguments: any[]): void;
  /** Writes "Assertion failed" and the further arguments when `value` is false or missing; nothing otherwise. */
  static assert(value?: Object, ...arguments: Object[]): void;
  /** Counts one more call for `label` ("default" when missing) and writes the label with its count. */
  static count(label?: string): void;
  /** Sets the count of `label` ("default" when missing) back to zero. */
  static countReset(label?: string): void;
  /** Writes the properties of an object; nothing when it is missing. */
  static dir(dir?: Object): void;
  /** Writes its arguments as {@link console.log} does. */
  static dirxml(...arguments: Object[]): void;
  /** Writes its arguments, then indents the lines that follow by two more spaces. */
  static group(...arguments: Object[]): void;
  /** The same as {@link console.group}. */
  static groupCollapsed(...arguments: Object[]): void;
  /** Takes back the indentation of the last {@link console.group}. */
  static groupEnd(): void;
  /** Writes tabular data as a table; nothing when it is missing. */
  static table(tableData?: Object): void;
  /** Starts the timer `label` ("default" when missing). */
  static time(label?: string): void;
  /** Stops the timer `label` and writes the time it ran, in milliseconds. */
  static timeEnd(label?: string): void;
  /** Writes the time the timer `label` has run so far, in milliseconds, and the further arguments. */
  static timeLog(label?: string, ...arguments: Object[]): void;
  /** Writes its arguments and the stack of the calling code. */
  static trace(...arguments: Object[]): void;
  /** Writes the mixed JavaScript and native stack of the calling thread. */
  static traceHybridStack(): void;
}

/**
 * Calls `handler` every `delay` milliseconds, with `arguments`, until {@link clearInterval} stops
 * it. A string `handler` is not run: the runtime logs an error instead.
 *
 * @param handler - the function to call.
 * @param delay - the interval, in milliseconds.
 * @returns the timer's id, for {@link clearInterval}.
 */
declare function setInterval(handler: Function | string, delay: number, ...arguments: any[]): number;

/**
 * Calls `handler` once, with `arguments`, after `delay` milliseconds (0 when missing), unless
 * {@link clearTimeout} cancels it first. A string `handler` is not run: the runtime logs an
 * error instead.
 *
 * @param handler - the function to call.
 * @param delay - the delay, in milliseconds.
 * @returns the timer's id, for {@link clearTimeout}.
 */
declare function setTimeout(handler: Function | string, delay?: number, ...arguments: any[]): number;

/**
 * Stops a timer started by {@link setInterval}.
 *
 * @param intervalID - the id {@link setInterval} returned.
 */
declare function clearInterval(intervalID?: number): void;

/**
 * Cancels a timer started by {@link setTimeout} that has not fired yet.
 *
 * @param timeoutID - the id {@link setTimeout} returned.
 */
declare function clearTimeout(timeoutID?: number): void;

/**
 * Whether the device has a system capability.
 *
 * @param syscap - the capability's name, such as `SystemCapability.DistributedDataManager.CloudSync.Server`.
 * @returns true when the device has it.
 */
declare function canIUse(syscap: string): boolean;
