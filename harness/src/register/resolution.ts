/**
 * Makes the device's module names resolvable in this process, for `require` (the CommonJS
 * resolver) and for `import` (loader hooks in `hooks.mts`, registered with `module.register`):
 * first the vendor's own mappings ({@link ModuleMap}), then the modules the harness emulates. A
 * device-only import that is neither fails with one line that says how to map it; any other
 * missing module is left to Node's own error.
 *
 * @packageDocumentation
 */
import Module = require('node:module');
import url = require('node:url');
import { moduleFileOf } from './module-files';
import { isDeviceOnlySpecifier, resolveModuleMap, unmappedModuleMessage, type ModuleMap } from './module-map';
import { SharedMappings } from './shared-mappings';

/** What the process holds once the resolution is installed, shared by every copy of the harness. */
interface ResolutionState {
  /** The vendor's mappings, files absolute. */
  readonly mappings: Record<string, string>;
  /** Shares the mappings with the loader hooks' thread; absent before Node 20.6. */
  readonly shared: SharedMappings | undefined;
}

/** Where the state lives on `process`, so that two copies of the harness share one resolution. */
const STATE = Symbol.for('ohos-cloud-extension-harness.resolution');

/** The CommonJS resolver, which Node's types do not declare. */
interface CommonJsResolver {
  // A property, not a method: it is taken off the module object and called with `.call`.
  _resolveFilename: (this: unknown, request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
}

/**
 * The error of a device-only import that is neither emulated nor mapped. Its `code` is Node's
 * `MODULE_NOT_FOUND`, so that code testing for a missing module still sees one.
 */
export class UnmappedModuleError extends Error {
  /** Node's code for a module that cannot be found. */
  readonly code = 'MODULE_NOT_FOUND';
  /**
   * @param specifier - The import, e.g. `'libentry.so'`.
   */
  constructor(readonly specifier: string) {
    super(unmappedModuleMessage(specifier, 'env'));
    this.name = 'UnmappedModuleError';
  }
}

/** Whether `error` is Node's report of a module it cannot find. */
function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_INVALID_MODULE_SPECIFIER';
}

/**
 * Installs the resolution for both module systems, once per process; later calls return the
 * state installed first.
 */
export function installResolution(): void {
  const holder = process as unknown as Record<symbol, ResolutionState | undefined>;
  if (holder[STATE] !== undefined) {
    return;
  }
  const state: ResolutionState = { mappings: {}, shared: registerImport() };
  holder[STATE] = state;
  registerRequire(state);
}

/**
 * Adds the vendor's mappings (files relative to `base`, default the working directory) for
 * `require` and `import`, installing the resolution first if needed. A later mapping of the same
 * specifier replaces the earlier one.
 *
 * @throws `ModuleMappingError` for a mapping without a file.
 */
export function mapModules(modules: ModuleMap, base?: string): void {
  installResolution();
  const state = (process as unknown as Record<symbol, ResolutionState>)[STATE];
  if (state === undefined) {
    return;
  }
  const resolved = resolveModuleMap(modules, base);
  const next = { ...state.mappings, ...resolved };
  state.shared?.write(next);
  Object.assign(state.mappings, resolved);
}

/** Routes `require` of a mapped or emulated specifier to its file. */
function registerRequire(state: ResolutionState): void {
  const resolver = Module as unknown as CommonJsResolver;
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function resolveFilename(
    this: unknown,
    request: string,
    parent: unknown,
    isMain: boolean,
    options?: unknown
  ): string {
    if (typeof request === 'string') {
      const file = Object.prototype.hasOwnProperty.call(state.mappings, request) ? state.mappings[request] : moduleFileOf(request);
      if (file !== undefined) {
        return file;
      }
    }
    try {
      return original.call(this, request, parent, isMain, options);
    } catch (error) {
      if (typeof request === 'string' && isDeviceOnlySpecifier(request) && isNotFound(error)) {
        throw new UnmappedModuleError(request);
      }
      throw error;
    }
  };
}

/**
 * Registers the loader hooks (Node 20.6 and later) with shared memory for the mappings. (Memory,
 * not a message port: Node 20 ends the process when a port is transferred from `--require`.)
 */
function registerImport(): SharedMappings | undefined {
  const register = (Module as unknown as { register?: (specifier: string, parentURL: string, options?: object) => void }).register;
  if (typeof register !== 'function') {
    return undefined;
  }
  const shared = new SharedMappings();
  try {
    register('./hooks.mjs', url.pathToFileURL(__filename).href, { data: { mappings: shared.buffer } });
  } catch {
    // Where hooks cannot be registered (a worker thread on some Node versions), `require` still works.
    return undefined;
  }
  return shared;
}
