/**
 * The ability's `context` at run time: `Context` (folders, area, application info),
 * `ApplicationContext` (the app-level folders), `ExtensionContext` and `ServiceExtensionContext`
 * (SDK application/Context.d.ts, ExtensionContext.d.ts, ServiceExtensionContext.d.ts).
 *
 * A context belongs to one sandbox: its folders are device paths in it, made (mode 0770) the first
 * time they are read, as ability_runtime context_impl.cpp does. The system calls of
 * `ServiceExtensionContext` (startAbility, connectServiceExtensionAbility…) are not provided.
 *
 * @packageDocumentation
 */
import type { Sandbox } from '../../sandbox/sandbox';
import { AreaMode, contextPaths, type ContextPaths } from '../../sandbox/context-paths';

/** Which sandbox each context belongs to (read by `@ohos.data.preferences`). */
const SANDBOXES = new WeakMap<object, Sandbox>();

/**
 * The sandbox a context belongs to, or `undefined` for an object that is not a harness context.
 *
 * @param context - A context the harness made.
 */
export function sandboxOfContext(context: unknown): Sandbox | undefined {
  return context !== null && typeof context === 'object' ? SANDBOXES.get(context) : undefined;
}

/** The application's information (SDK bundleManager/ApplicationInfo.d.ts), the fields a cloud extension may read. */
export interface ApplicationInfo {
  /** The bundle name. */
  readonly name: string;
  /** The app's uid: userId × 200000 + appId [INF: a fixed app id]. */
  readonly uid: number;
  /** The installed code on the device. */
  readonly codePath: string;
  /** Whether it is a system app: a cloud extension is one. */
  readonly systemApp: boolean;
  /** Whether it was built for debugging. */
  readonly debug: boolean;
  /** The clone index; 0 for the main app. */
  readonly appIndex: number;
  /** Whether cloud file sync is enabled for it. */
  readonly cloudFileSyncEnabled: boolean;
}

/** A context: the folders of a module (or of the app), at an area. */
export class Context {
  /** Always true: the stage model. */
  readonly stageMode = true;
  /** The application's information. */
  readonly applicationInfo: ApplicationInfo;
  readonly #sandbox: Sandbox;
  readonly #moduleName: string | undefined;
  #area: number = AreaMode.EL2;

  /**
   * @param sandbox - The sandbox the folders are in.
   * @param moduleName - The module, for a module-level context; `undefined` for the app's.
   */
  constructor(sandbox: Sandbox, moduleName: string | undefined) {
    this.#sandbox = sandbox;
    this.#moduleName = moduleName;
    SANDBOXES.set(this, sandbox);
    this.applicationInfo = Object.freeze({
      name: sandbox.bundleName,
      uid: 100 * 200000 + 10000,
      codePath: `/data/app/el1/bundle/public/${sandbox.bundleName}`,
      systemApp: true,
      debug: false,
      appIndex: 0,
      cloudFileSyncEnabled: false
    });
  }

  /** The encryption level the folders are on: `AreaMode` EL1 0 … EL5 4; default EL2 (1). */
  get area(): number {
    return this.#area;
  }

  set area(value: number) {
    this.#area = value;
  }

  /** The folder's device path, made if missing; a folder that cannot be made is still named, as on the device. */
  #folder(key: keyof ContextPaths): string {
    const devicePath = contextPaths(this.#moduleName, this.#area)[key];
    try {
      this.#sandbox.ensureFolder(devicePath);
    } catch {
      // context_impl.cpp logs the failure and gives the path anyway; the file calls then fail.
    }
    return devicePath;
  }

  /** Files of the module (or app). */
  get filesDir(): string {
    return this.#folder('filesDir');
  }

  /** Cache files. */
  get cacheDir(): string {
    return this.#folder('cacheDir');
  }

  /** Temporary files. */
  get tempDir(): string {
    return this.#folder('tempDir');
  }

  /** Preferences files. */
  get preferencesDir(): string {
    return this.#folder('preferencesDir');
  }

  /** Database files. */
  get databaseDir(): string {
    return this.#folder('databaseDir');
  }

  /** Distributed files (always on el2 from EL2 up). */
  get distributedFilesDir(): string {
    return this.#folder('distributedFilesDir');
  }

  /** Cloud files (always on el2). */
  get cloudFileDir(): string {
    return this.#folder('cloudFileDir');
  }

  /** The installed bundle's code (read-only on the device; not made). */
  get bundleCodeDir(): string {
    return contextPaths(this.#moduleName, this.#area).bundleCodeDir;
  }

  /** The application context: the app-level folders of the same sandbox. */
  getApplicationContext(): ApplicationContext {
    return new ApplicationContext(this.#sandbox);
  }
}

/** The application's context: the app-level folders (`/data/storage/el2/base/files`, …). */
export class ApplicationContext extends Context {
  /** @param sandbox - The sandbox the folders are in. */
  constructor(sandbox: Sandbox) {
    super(sandbox, undefined);
  }
}

/** A HAP module's information, the fields a cloud extension may read. */
export interface HapModuleInfo {
  /** The module name. */
  readonly name: string;
  /** The module name (as `moduleName`). */
  readonly moduleName: string;
}

/** An extension ability's information, the fields a cloud extension may read. */
export interface ExtensionAbilityInfo {
  /** The bundle name. */
  readonly bundleName: string;
  /** The module name. */
  readonly moduleName: string;
  /** The ability name. */
  readonly name: string;
}

/** The context of an extension ability: a module-level context with the module and ability information. */
export class ExtensionContext extends Context {
  /** The module the ability belongs to. */
  readonly currentHapModuleInfo: HapModuleInfo;
  /** The ability itself. */
  readonly extensionAbilityInfo: ExtensionAbilityInfo;

  /**
   * @param sandbox - The sandbox the folders are in.
   * @param abilityName - The ability's name.
   */
  constructor(sandbox: Sandbox, abilityName: string) {
    super(sandbox, sandbox.moduleName);
    this.currentHapModuleInfo = Object.freeze({ name: sandbox.moduleName, moduleName: sandbox.moduleName });
    this.extensionAbilityInfo = Object.freeze({ bundleName: sandbox.bundleName, moduleName: sandbox.moduleName, name: abilityName });
  }
}

/** The context the system gives a ServiceExtensionAbility (`this.context`). */
export class ServiceExtensionContext extends ExtensionContext {}

/**
 * The context of a service extension ability in `sandbox`.
 *
 * @param sandbox - The device's sandbox (its bundle and module name the context).
 * @param abilityName - The ability's name.
 */
export function createServiceExtensionContext(sandbox: Sandbox, abilityName: string): ServiceExtensionContext {
  return new ServiceExtensionContext(sandbox, abilityName);
}
