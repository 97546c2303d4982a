/**
 * `@ohos.app.ability.ServiceExtensionAbility`: the background-service ability that hosts a
 * cloud extension. A faithful subset of the SDK module: the lifecycle methods a cloud extension
 * overrides; `context` and `onConfigurationUpdate`, whose types live in other SDK modules, are
 * left out.
 *
 * @since 9
 * @syscap SystemCapability.Ability.AbilityRuntime.Core
 * @systemapi
 *
 * @module \@ohos.app.ability.ServiceExtensionAbility
 * @packageDocumentation
 */

import type * as rpc from './ohos.rpc';
import type Want from './ohos.app.ability.Want';

/**
 * The base class of a service extension. The system creates it, connects to it and destroys it;
 * a cloud extension overrides `onConnect` to return the stub of its
 * `cloudExtension.CloudService`.
 *
 * @since 9
 * @syscap SystemCapability.Ability.AbilityRuntime.Core
 * @systemapi
 */
export default class ServiceExtensionAbility {
  /**
   * Called once when the extension is created.
   *
   * @param want - The request that started the extension.
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onCreate(want: Want): void;

  /**
   * Called once before the extension is destroyed.
   *
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onDestroy(): void;

  /**
   * Called each time the extension is started.
   *
   * @param want - The start request.
   * @param startId - Counts the starts: 1 for the first, then 2, 3, ….
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onRequest(want: Want, startId: number): void;

  /**
   * Called when a client connects; returns the remote object the client will call. A cloud
   * extension returns the stub made by `createCloudServiceStub`.
   *
   * @param want - The connect request.
   * @returns The remote object, or a promise of it.
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onConnect(want: Want): rpc.RemoteObject | Promise<rpc.RemoteObject>;

  /**
   * Called when the last client has disconnected.
   *
   * @param want - The disconnect request.
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onDisconnect(want: Want): void | Promise<void>;

  /**
   * Called when a client connects again after every client had disconnected.
   *
   * @param want - The connect request.
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onReconnect(want: Want): void;

  /**
   * Called when the system dumps the extension's state for diagnosis.
   *
   * @param params - The dump command's arguments.
   * @returns Lines of diagnostic text.
   * @since 9
   * @syscap SystemCapability.Ability.AbilityRuntime.Core
   * @systemapi
   */
  onDump(params: Array<string>): Array<string>;
}
