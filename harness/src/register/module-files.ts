/**
 * Which platform module specifiers the harness implements, and the file of each.
 *
 * @packageDocumentation
 */
import path = require('node:path');

/**
 * Each `@ohos.*` / `@kit.*` specifier the harness implements, with the file name of its module
 * in the harness's `modules` folder. Specifiers match exactly; no other module is touched.
 */
export const MODULE_FILE_NAMES: ReadonlyMap<string, string> = new Map([
  ['@ohos.rpc', 'ohos.rpc.js'],
  ['@ohos.data.cloudExtension', 'ohos.data.cloudExtension.js'],
  ['@ohos.data.cloudData', 'ohos.data.cloudData.js'],
  ['@ohos.data.relationalStore', 'ohos.data.relationalStore.js'],
  ['@ohos.app.ability.ServiceExtensionAbility', 'ohos.app.ability.ServiceExtensionAbility.js'],
  ['@ohos.app.ability.Want', 'ohos.app.ability.Want.js'],
  ['@kit.ArkData', 'kit.ArkData.js'],
  ['@kit.IPCKit', 'kit.IPCKit.js'],
  ['@kit.AbilityKit', 'kit.AbilityKit.js'],
  ['@ohos.file.fs', 'ohos.file.fs.js'],
  ['@ohos.file.fileuri', 'ohos.file.fileuri.js'],
  ['@kit.CoreFileKit', 'kit.CoreFileKit.js'],
  ['@ohos.data.preferences', 'ohos.data.preferences.js']
]);

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
