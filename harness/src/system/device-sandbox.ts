/**
 * The sandbox of one connection: made (or opened) when `connect` starts, put in force for the
 * platform modules, given to the ability as its `context`, and released when the connection ends.
 *
 * @packageDocumentation
 */
import { createServiceExtensionContext } from '../modules/ability/context';
import { setCurrentSandbox } from '../sandbox/current-sandbox';
import { Sandbox } from '../sandbox/sandbox';

/** The sandbox options of `connect` and `check`. */
export interface SandboxSettings {
  /**
   * Host folder standing for the device's `/` (the app sandbox); created if missing and kept
   * afterwards. Default: a fresh temp folder, deleted when the connection ends.
   */
  readonly sandbox?: string;
  /** The extension's bundle name in its context and `file://` URIs; default: the Want's bundle. */
  readonly bundleName?: string;
  /** The HAP module of the extension (its module-level folders); default `entry`. */
  readonly moduleName?: string;
}

/** A sandbox in force for one connection. */
export interface DeviceSandbox {
  /** The sandbox. */
  readonly sandbox: Sandbox;
  /**
   * Puts the previous sandbox back in force, empties the contexts' temp folders (the app has
   * exited) and deletes a temp sandbox folder; safe to call twice.
   */
  release(): void;
}

/** Temp sandboxes not yet released, deleted when the process exits (a connection never ended). */
const unreleased = new Set<Sandbox>();
let exitHook = false;

/**
 * Makes the connection's sandbox and puts it in force.
 *
 * @param settings - Folder, bundle and module.
 * @param wantBundle - The bundle the Want names, the default bundle.
 */
export function openDeviceSandbox(settings: SandboxSettings, wantBundle: string): DeviceSandbox {
  const sandbox = Sandbox.create({
    ...(settings.sandbox === undefined ? {} : { root: settings.sandbox }),
    bundleName: settings.bundleName ?? wantBundle,
    ...(settings.moduleName === undefined ? {} : { moduleName: settings.moduleName })
  });
  if (sandbox.owned) {
    unreleased.add(sandbox);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => unreleased.forEach((left) => left.dispose()));
    }
  }
  const previous = setCurrentSandbox(sandbox);
  let released = false;
  return {
    sandbox,
    release(): void {
      if (released) {
        return;
      }
      released = true;
      setCurrentSandbox(previous);
      unreleased.delete(sandbox);
      sandbox.clearTempFolders();
      sandbox.dispose();
    }
  };
}

/**
 * Sets the ability's `context`, as the system does between constructing it and `onCreate`. An
 * ability whose `context` cannot be set keeps its own.
 *
 * @param ability - The ability instance.
 * @param sandbox - The connection's sandbox.
 * @param abilityName - The ability's name (from the Want).
 */
export function giveContext(ability: object, sandbox: Sandbox, abilityName: string): void {
  try {
    (ability as { context?: unknown }).context = createServiceExtensionContext(sandbox, abilityName);
  } catch {
    // A frozen ability or a getter-only context: the vendor's own choice.
  }
}
