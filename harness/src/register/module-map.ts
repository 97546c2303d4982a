/**
 * A vendor's own fakes: a map from import specifiers to files of the vendor's, for the modules the
 * harness does not emulate (a native `libentry.so`, a generated `BuildProfile`, any device module).
 * Plain data, so that it can be passed to a worker or through the environment.
 *
 * @packageDocumentation
 */
import fs = require('node:fs');
import path = require('node:path');
import { MODULE_FILE_NAMES } from './module-files';

/**
 * Import specifiers mapped to files: `{ 'libentry.so': './test/fakes/libentry.ts' }`. A key is
 * matched exactly against what the code imports (`'BuildProfile'`, `'../../BuildProfile'`,
 * `'@ohos.net.connection'`), in every file; a relative file is taken from the working directory.
 * The file may be TypeScript or ArkTS (`.ts`, `.ets`, `.mts`, `.cts`) or JavaScript. A mapping of
 * a module the harness emulates replaces the harness's module.
 */
export type ModuleMap = Readonly<Record<string, string>>;

/** The environment variable the register hook reads mappings from: `spec=file,spec=file`. */
export const MODULES_ENV = 'OHOS_HARNESS_MODULES';

/** Why a `spec=file` mapping cannot be used. */
export class ModuleMappingError extends Error {
  /** @param message - One line naming the mapping and what is wrong with it. */
  constructor(message: string) {
    super(message);
    this.name = 'ModuleMappingError';
  }
}

/**
 * Parses one `spec=file` mapping, split at the first `=` (a specifier holds none; a path may).
 *
 * @param text - E.g. `'libentry.so=test/fakes/libentry.ts'`.
 * @returns The specifier and the file, as written.
 * @throws {@link ModuleMappingError} when either side is empty.
 */
export function parseModuleMapping(text: string): readonly [specifier: string, file: string] {
  const at = text.indexOf('=');
  const specifier = at < 0 ? '' : text.slice(0, at).trim();
  const file = at < 0 ? '' : text.slice(at + 1).trim();
  if (specifier === '' || file === '') {
    throw new ModuleMappingError(`a module mapping must be <specifier>=<file>, got "${text}"`);
  }
  return [specifier, file];
}

/**
 * Parses the value of {@link MODULES_ENV}: mappings separated by commas (or new lines).
 *
 * @param value - E.g. `'libentry.so=fakes/libentry.ts,BuildProfile=fakes/BuildProfile.ts'`.
 * @throws {@link ModuleMappingError} for a part that is not `spec=file`.
 */
export function parseModuleList(value: string): ModuleMap {
  const map: Record<string, string> = {};
  for (const part of value.split(/[,\n]/)) {
    if (part.trim() !== '') {
      const [specifier, file] = parseModuleMapping(part);
      map[specifier] = file;
    }
  }
  return map;
}

/**
 * The map with every file made absolute against `base` (default: the working directory).
 *
 * @throws {@link ModuleMappingError} for a key or value that is not a non-empty string, or a file
 * that does not exist.
 */
export function resolveModuleMap(modules: ModuleMap, base: string = process.cwd()): ModuleMap {
  const resolved: Record<string, string> = {};
  for (const [specifier, file] of Object.entries(modules)) {
    if (specifier === '' || typeof file !== 'string' || file === '') {
      throw new ModuleMappingError(`the module mapping of "${specifier}" must name a file`);
    }
    const absolute = path.resolve(base, file);
    if (!fs.existsSync(absolute)) {
      throw new ModuleMappingError(`cannot find ${file}, the file mapped to '${specifier}'`);
    }
    resolved[specifier] = absolute;
  }
  return resolved;
}

/**
 * Whether a specifier names something only a device has, which an extension cannot get from npm:
 * a system module (`@ohos.*`, `@kit.*`, `@system.*`, `@hms.*`, `@arkts.*`), a native library
 * (`libentry.so`) or the generated `BuildProfile`.
 */
export function isDeviceOnlySpecifier(specifier: string): boolean {
  if (/^@(ohos|kit|system|hms|arkts)\.[^/]+$/.test(specifier)) {
    return true;
  }
  const last = specifier.split('/').pop() ?? '';
  return /^lib[^/]*\.so$/.test(last) || last === 'BuildProfile' || last === 'BuildProfile.ets' || last === 'BuildProfile.ts';
}

/** How a user maps a module where the message is shown. */
export type MappingHint = 'flag' | 'option' | 'env';

/** The opening of {@link unmappedModuleMessage}, by which the message is recognised. */
const UNMAPPED_PATTERN = /the extension imports '([^']+)', which the harness does not emulate/;

/**
 * The one-line message for a device-only import that is neither emulated nor mapped, showing how
 * to map it: the CLI's `--module` flag, the `modules` option, or {@link MODULES_ENV}.
 */
export function unmappedModuleMessage(specifier: string, hint: MappingHint): string {
  const how =
    hint === 'flag'
      ? `--module ${specifier}=<file>`
      : hint === 'option'
        ? `the modules option { '${specifier}': '<file>' }`
        : `${MODULES_ENV}='${specifier}=<file>'`;
  return `the extension imports '${specifier}', which the harness does not emulate; map it to a fake of yours with ${how}`;
}

/** The specifier named in a message of {@link unmappedModuleMessage}, if `message` is one. */
export function unmappedSpecifierIn(message: string): string | undefined {
  return UNMAPPED_PATTERN.exec(message)?.[1];
}

/** Whether `specifier` is one the harness emulates. */
export function isEmulated(specifier: string): boolean {
  return MODULE_FILE_NAMES.has(specifier);
}
