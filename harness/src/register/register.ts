/**
 * Makes the platform modules the harness implements resolvable by their device names.
 *
 * Load it before the program: `node --import ohos-cloud-extension-harness/register app.mjs` or
 * `node --require ohos-cloud-extension-harness/register app.cjs`. Either way both module systems
 * are covered: `require('@ohos.rpc')` through Node's CommonJS resolver, and
 * `import rpc from '@ohos.rpc'` (named imports from the kits included) through loader hooks
 * registered with `module.register` (Node 20.6 and later). Specifiers the harness does not
 * implement are left to Node, which reports them as missing.
 *
 * @packageDocumentation
 */
import Module = require('node:module');
import url = require('node:url');
import { MODULE_FILE_NAMES, moduleFileOf } from './module-files';

/** The specifiers this registration serves, e.g. `'@ohos.rpc'`. */
export const registeredSpecifiers: readonly string[] = [...MODULE_FILE_NAMES.keys()];

/** Marks the process once registered, so loading the register twice changes nothing. */
const REGISTERED = Symbol.for('ohos-cloud-extension-harness.register');

/** The CommonJS resolver, which Node's types do not declare. */
interface CommonJsResolver {
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
}

/** Routes `require` of an implemented specifier to the harness module file. */
function registerRequire(): void {
  const resolver = Module as unknown as CommonJsResolver;
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function resolveFilename(
    this: unknown,
    request: string,
    parent: unknown,
    isMain: boolean,
    options?: unknown
  ): string {
    const file = typeof request === 'string' ? moduleFileOf(request) : undefined;
    if (file !== undefined) {
      return file;
    }
    return original.call(this, request, parent, isMain, options);
  };
}

/** Routes `import` of an implemented specifier through the loader hooks in `hooks.mjs`. */
function registerImport(): void {
  const register = (Module as unknown as { register?: (specifier: string, parentURL: string) => void }).register;
  if (typeof register === 'function') {
    register('./hooks.mjs', url.pathToFileURL(__filename).href);
  }
}

const processState = process as unknown as Record<symbol, unknown>;
if (processState[REGISTERED] !== true) {
  processState[REGISTERED] = true;
  registerRequire();
  registerImport();
}
