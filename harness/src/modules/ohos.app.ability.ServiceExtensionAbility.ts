/**
 * `@ohos.app.ability.ServiceExtensionAbility` at run time: the base class a cloud extension's
 * ability extends.
 *
 * On the device the module's default export is a class whose lifecycle methods only log
 * (ability_runtime frameworks/js/napi/service_extension_ability/service_extension_ability.js:22-44),
 * extending `ExtensionAbility` with `onConfigurationUpdate` and `onMemoryLevel`
 * (frameworks/js/napi/extension_ability/extension_ability.js). The system sets the instance's
 * `context` when it creates the ability (the harness's `connect` does, in the run's sandbox);
 * until then reading it gives a `ServiceExtensionContext` in the current sandbox.
 *
 * @packageDocumentation
 */
import { currentSandbox } from '../sandbox/current-sandbox';
import { createServiceExtensionContext } from './ability/context';

/** Base class of a service extension ability. Every lifecycle method does nothing. */
class ServiceExtensionAbility {
  #context: object | undefined;

  /**
   * The ability's `ServiceExtensionContext`: its folders, area and application information. The
   * system sets it; read before that, it is a context in the current sandbox.
   */
  get context(): object {
    if (this.#context === undefined) {
      this.#context = createServiceExtensionContext(currentSandbox(), this.constructor.name);
    }
    return this.#context;
  }

  set context(value: object) {
    this.#context = value;
  }

  /** Called when the ability is created, with the want that started it. */
  onCreate(want: object): void {
    void want;
  }

  /** Called for each start request, with the want and a start count. */
  onRequest(want: object, startId: number): void {
    void want;
    void startId;
  }

  /**
   * Called when a client connects; an ability returns the remote object the client talks to.
   * The base class returns nothing.
   */
  onConnect(want: object): object | Promise<object> | undefined {
    void want;
    return undefined;
  }

  /** Called when a client disconnects. */
  onDisconnect(want: object): void | Promise<void> {
    void want;
  }

  /** Called before the ability is destroyed. */
  onDestroy(): void | Promise<void> {
    return undefined;
  }

  /** Called when the system configuration changes. */
  onConfigurationUpdate(newConfig: object): void {
    void newConfig;
  }

  /** Called when the system is short of memory. */
  onMemoryLevel(level: number): void {
    void level;
  }
}

export = ServiceExtensionAbility;
