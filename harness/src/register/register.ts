/**
 * Runs a vendor's code and tests in Node as the harness's CLI does: the platform modules the
 * harness implements resolve by their device names, the vendor's own fakes by theirs, and
 * TypeScript and ArkTS files (`.ts`, `.mts`, `.cts`, `.ets`) run without a build step.
 *
 * Load it before the program: `node --import ohos-cloud-extension-harness/register --test
 * test/lock.test.ts`, or `node --require ohos-cloud-extension-harness/register app.cjs`. Either
 * way both module systems are covered: `require('@ohos.rpc')` through Node's CommonJS resolver,
 * and `import rpc from '@ohos.rpc'` (named imports from the kits included) through loader hooks
 * registered with `module.register` (Node 20.6 and later).
 *
 * TypeScript files are transpiled in memory to CommonJS with the project's own `typescript`
 * (looked up from each file's folder, then beside the harness); relative imports without an
 * extension find `.ts` and `.ets` files. An ES module that imports a TypeScript file gets its
 * default export.
 *
 * The vendor's own fakes come from the environment variable `OHOS_HARNESS_MODULES`:
 * `spec=file` pairs separated by commas, files relative to the working directory, e.g.
 * `OHOS_HARNESS_MODULES='libentry.so=test/fakes/libentry.ts,BuildProfile=test/fakes/BuildProfile.ts'`.
 * A device-only import (`@ohos.*`, `@kit.*`, `lib*.so`, `BuildProfile`, …) that is neither
 * implemented nor mapped fails with one line naming it and the variable; any other missing module
 * is left to Node's own error.
 *
 * @packageDocumentation
 */
import path = require('node:path');
import { MODULE_FILE_NAMES } from './module-files';
import { MODULES_ENV, ModuleMappingError, parseModuleList } from './module-map';
import { mapModules } from './resolution';
import { installTypeScriptHooks, loadTypeScript, type TypeScriptApi } from './typescript';

/** The specifiers the harness implements, e.g. `'@ohos.rpc'`. */
export const registeredSpecifiers: readonly string[] = [...MODULE_FILE_NAMES.keys()];

/** Marks the process once registered, so loading the register twice changes nothing. */
const REGISTERED = Symbol.for('ohos-cloud-extension-harness.register');

/** The `typescript` package found for each folder, so each is loaded once. */
const typescriptByFolder = new Map<string, TypeScriptApi>();

/** The `typescript` to transpile `filename` with. */
function typescriptFor(filename: string): TypeScriptApi {
  const folder = path.dirname(filename);
  let found = typescriptByFolder.get(folder);
  if (found === undefined) {
    found = loadTypeScript(filename);
    typescriptByFolder.set(folder, found);
  }
  return found;
}

const processState = process as unknown as Record<symbol, unknown>;
if (processState[REGISTERED] !== true) {
  processState[REGISTERED] = true;
  try {
    mapModules(parseModuleList(process.env[MODULES_ENV] ?? ''));
  } catch (error) {
    if (!(error instanceof ModuleMappingError)) {
      throw error;
    }
    process.stderr.write(`ohos-cloud-extension-harness/register: ${MODULES_ENV}: ${error.message}\n`);
    process.exit(2);
  }
  installTypeScriptHooks(typescriptFor);
}
