/**
 * Which platform module specifiers the harness implements, and the file of each.
 *
 * @packageDocumentation
 */
import path = require('node:path');
import { PLATFORM_MODULES } from './module-list';

/**
 * Each `@ohos.*` / `@kit.*` specifier the harness implements, with the file name of its module
 * in the harness's `modules` folder, from {@link PLATFORM_MODULES}. Specifiers match exactly; no
 * other module is touched.
 */
export const MODULE_FILE_NAMES: ReadonlyMap<string, string> = new Map(PLATFORM_MODULES.map((module) => [module.specifier, module.file]));

/** The folder holding the built platform modules. */
const MODULES_FOLDER = path.join(__dirname, '..', 'modules');

/**
 * The absolute path of the harness module that implements `specifier`, or `undefined` when the
 * harness does not implement it.
 *
 * @param specifier - A module specifier, e.g. `'@ohos.rpc'`.
 */
export function moduleFileOf(specifier: string): string | undefined {
  const name = MODULE_FILE_NAMES.get(specifier);
  return name === undefined ? undefined : path.join(MODULES_FOLDER, name);
}
