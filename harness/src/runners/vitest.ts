/**
 * The harness for Vitest: `resolve.alias` entries that give an extension's imports of the device's
 * modules the harness's modules, and the vendor's own fakes for the rest.
 *
 * ```js
 * // vitest.config.mjs
 * import { defineConfig } from 'vitest/config';
 * import { harnessAlias } from 'ohos-cloud-extension-harness/vitest';
 *
 * export default defineConfig({
 *   resolve: { alias: harnessAlias({ 'libentry.so': 'test/fakes/libentry.ts' }) }
 * });
 * ```
 *
 * It loads nothing of Vitest: the entries are plain data, so the harness keeps no dependency.
 *
 * @packageDocumentation
 */
import path = require('node:path');
import { PLATFORM_MODULES } from '../register/module-list';
import type { ModuleMap } from '../register/module-map';

export type { ModuleMap } from '../register/module-map';

/** One `resolve.alias` entry in Vite's array form: an import matching `find` loads `replacement`. */
export interface VitestAlias {
  /** Matches the one specifier exactly (`@ohos.rpc`, never `@ohos.rpc/x` or `@ohos.rpcx`). */
  readonly find: RegExp;
  /** What to load instead: a subpath of the harness package, or an absolute file of the vendor's. */
  readonly replacement: string;
}

/** A regular expression that matches `text` and nothing else. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
}

/**
 * The `resolve.alias` entries for Vitest: first the vendor's fakes (files relative to the working
 * directory, made absolute), then every platform module the harness emulates, each to
 * `ohos-cloud-extension-harness/modules/<specifier>`.
 *
 * @param modules - The vendor's own fakes: import specifiers mapped to files.
 */
export function harnessAlias(modules: ModuleMap = {}): VitestAlias[] {
  const fakes = Object.entries(modules).map(([specifier, file]) => ({ find: exactly(specifier), replacement: path.resolve(file) }));
  const platform = PLATFORM_MODULES.map((module) => ({
    find: exactly(module.specifier),
    replacement: `ohos-cloud-extension-harness/modules/${module.specifier}`
  }));
  return [...fakes, ...platform];
}
