/**
 * `@ohos.app.ability.Want` at run time.
 *
 * The SDK declares the module's default export as a class (interface_sdk-js
 * api/@ohos.app.ability.Want.d.ts:38 `export default class Want`). No run-time module of that
 * name is registered by ability_runtime's JS framework (frameworks/js/napi has none); ArkTS
 * drops the import when `Want` is only used as a type, and the system hands lifecycle methods
 * plain objects. The harness mirrors the SDK: the module is an empty class, so `new Want()`
 * works, and the harness's own wants are plain objects as on the device.
 *
 * @packageDocumentation
 */

/** Describes an ability to start or connect to; every field is optional. */
class Want {
  /** Bundle name of the target. */
  declare bundleName?: string;
  /** Ability name of the target. */
  declare abilityName?: string;
  /** Module name of the target. */
  declare moduleName?: string;
  /** Device id of the target; `''` for this device. */
  declare deviceId?: string;
  /** URI of the data to act on. */
  declare uri?: string;
  /** MIME type of the data. */
  declare type?: string;
  /** How the want is handled. */
  declare flags?: number;
  /** The action to take. */
  declare action?: string;
  /** Extra parameters. */
  // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- as the device's Want.d.ts: any value but null/undefined
  declare parameters?: Record<string, Object>;
  /** Entities of the action. */
  declare entities?: Array<string>;
}

export = Want;
