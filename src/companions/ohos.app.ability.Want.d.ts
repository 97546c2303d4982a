/**
 * `@ohos.app.ability.Want`: the description of an ability to start or connect to, as the system
 * passes it to a service extension's lifecycle methods.
 *
 * @since 9
 * @syscap SystemCapability.Ability.AbilityBase
 *
 * @module \@ohos.app.ability.Want
 * @packageDocumentation
 */

/**
 * Who is asked for what: the target ability and the data that comes with the request. Every
 * field is optional.
 *
 * @since 9
 * @syscap SystemCapability.Ability.AbilityBase
 */
export default class Want {
  /**
   * Bundle name of the target application.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  bundleName?: string;

  /**
   * Name of the target ability within the bundle.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  abilityName?: string;

  /**
   * The device that runs the target; empty for this device.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  deviceId?: string;

  /**
   * The URI of the data the request is about.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  uri?: string;

  /**
   * MIME type of the data, such as `text/plain`.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  type?: string;

  /**
   * Bit flags that tune how the request is handled.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  flags?: number;

  /**
   * The action requested, for implicit requests.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  action?: string;

  /**
   * Extra key-value data for the target.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  parameters?: Record<string, Object>;

  /**
   * Categories of the target ability, for implicit requests.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  entities?: Array<string>;

  /**
   * Name of the module that holds the target ability.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityBase
   */
  moduleName?: string;
}
