import { join } from 'node:path';
import type * as ohosTs from 'ohos-typescript';
import type { OhosTypeScript } from './ohos-typescript';

/**
 * Absolute path of the declarations of the ArkTS runtime's globals that ship with the harness
 * (`globals/arkts-runtime.d.ts` beside this module): `console`, the timer functions and `canIUse`,
 * a subset of the SDK's `api/@internal/ets/global.d.ts` with the SDK's names and signatures. The
 * file is a `.d.ts` declaration, as the SDK's is, so the ArkTS linter treats what it declares as
 * library code, as it treats the SDK's.
 */
export const RUNTIME_GLOBALS_FILE: string = join(__dirname, 'globals', 'arkts-runtime.d.ts');

/** The global values {@link RUNTIME_GLOBALS_FILE} declares, in its order. */
export const RUNTIME_GLOBAL_NAMES: readonly string[] = ['console', 'setInterval', 'setTimeout', 'clearInterval', 'clearTimeout', 'canIUse'];

/** The part of the checker that looks a name up in the global scope (internal in the 4.9 line `ohos-typescript` follows, public in later TypeScript). */
interface GlobalNameResolver {
  resolveName(
    name: string,
    location: ohosTs.Node | undefined,
    meaning: ohosTs.SymbolFlags,
    excludeGlobals: boolean
  ): ohosTs.Symbol | undefined;
}

function hasResolveName(checker: ohosTs.TypeChecker): checker is ohosTs.TypeChecker & GlobalNameResolver {
  return typeof (checker as Partial<GlobalNameResolver>).resolveName === 'function';
}

/**
 * The names of {@link RUNTIME_GLOBAL_NAMES} that a program already declares as global values: in
 * a declaration or script file, or in a module's `declare global` block (a name a module keeps to
 * itself does not count). A lint run adds {@link RUNTIME_GLOBALS_FILE} only when this is empty,
 * since a second `console` class or variable is a duplicate declaration.
 *
 * @param ts - the loaded `ohos-typescript`.
 * @param program - the program as it would be linted, without the runtime globals.
 */
export function declaredRuntimeGlobals(ts: OhosTypeScript, program: ohosTs.Program): string[] {
  const checker = program.getTypeChecker();
  if (!hasResolveName(checker)) {
    return [];
  }
  return RUNTIME_GLOBAL_NAMES.filter((name) => checker.resolveName(name, undefined, ts.SymbolFlags.Value, false) !== undefined);
}
