import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ModuleMappingError, unmappedModuleMessage, unmappedSpecifierIn, type ModuleMap } from '../register/module-map';
import { mapModules } from '../register/resolution';
import {
  TYPESCRIPT_EXTENSIONS,
  TypeScriptLoadError,
  displayPath,
  installTypeScriptHooks,
  loadTypeScript,
  type TypeScriptApi
} from '../register/typescript';

export { TYPESCRIPT_EXTENSIONS } from '../register/typescript';
export type { ModuleMap } from '../register/module-map';

/**
 * Why an entry could not be loaded: the file is missing or of an unknown kind, does not parse,
 * throws while loading, or has no default export. The message is one line, fit to print as is.
 */
export class EntryError extends Error {
  /**
   * @param message - One line saying what is wrong with the entry.
   * @param unmappedSpecifier - The device-only import that is neither emulated nor mapped, when
   * that is what is wrong.
   */
  constructor(
    message: string,
    readonly unmappedSpecifier?: string
  ) {
    super(oneLine(message));
    this.name = 'EntryError';
  }
}

/** Options of {@link loadEntry}. */
export interface LoadEntryOptions {
  /**
   * Longest wait, in milliseconds, for an ES module entry to finish evaluating (top-level
   * `await`). Defaults to {@link DEFAULT_LOAD_TIMEOUT_MS}.
   */
  readonly timeoutMs?: number;
  /**
   * The vendor's own fakes: import specifiers mapped to files (relative to the working
   * directory), for modules the harness does not emulate, e.g.
   * `{ 'libentry.so': 'test/fakes/libentry.ts' }`. They stay mapped for the rest of the process.
   */
  readonly modules?: ModuleMap;
}

/** How long, in milliseconds, {@link loadEntry} waits for an ES module entry by default. */
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

/** File extensions of entries that Node loads itself, with `import()`. */
export const JAVASCRIPT_EXTENSIONS: readonly string[] = ['.js', '.mjs', '.cjs'];

/**
 * Loads an extension's entry file and returns its default export (normally the
 * `ServiceExtensionAbility` subclass).
 *
 * TypeScript and ArkTS entries (`.ts`, `.ets`, `.mts`, `.cts`) run directly: each file is
 * transpiled in memory to CommonJS with the project's own `typescript` package (looked up from
 * the entry's folder first, then from the harness), nothing is written to disk, and relative
 * imports without an extension (`./cloud-service`) find `.ts` and `.ets` files. JavaScript entries
 * are loaded with `import()`. In both cases `@ohos.*` and `@kit.*` imports get the harness's
 * platform modules, and the specifiers of `options.modules` the vendor's files. A device-only
 * import (`@ohos.*`, `@kit.*`, `lib*.so`, `BuildProfile`) that is neither fails with an
 * {@link EntryError} whose `unmappedSpecifier` names it.
 *
 * @param entry - Path of the entry file, absolute or relative to the working directory.
 * @param options - See {@link LoadEntryOptions}.
 * @returns The entry's default export: a class or an object.
 * @throws {@link EntryError} with a one-line reason when the entry cannot be used.
 */
export async function loadEntry(entry: string, options: LoadEntryOptions = {}): Promise<unknown> {
  const file = path.resolve(entry);
  const shown = displayPath(file);
  const extension = path.extname(file).toLowerCase();
  if (!TYPESCRIPT_EXTENSIONS.includes(extension) && !JAVASCRIPT_EXTENSIONS.includes(extension)) {
    throw new EntryError(
      `${shown}: cannot load a "${extension || 'extension-less'}" file; the entry must be a .ts, .ets, .mts, .cts, .js, .mjs or .cjs file`
    );
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new EntryError(`cannot find the entry file ${shown}`);
  }
  if (!stat.isFile()) {
    throw new EntryError(`${shown} is not a file`);
  }

  try {
    mapModules(options.modules ?? {});
  } catch (error) {
    if (error instanceof ModuleMappingError) {
      throw new EntryError(error.message);
    }
    throw error;
  }

  let exported: unknown;
  // TypeScript runs through `require`, for the entry and for any TypeScript file an ES module
  // entry imports (a mapped fake, say); the hooks are removed once the entry is loaded.
  let typescript: TypeScriptApi | undefined;
  const uninstall = installTypeScriptHooks(
    (filename) => (typescript ??= loadTypeScript(TYPESCRIPT_EXTENSIONS.includes(extension) ? file : filename))
  );
  try {
    if (TYPESCRIPT_EXTENSIONS.includes(extension)) {
      // Found before loading, so that a missing typescript is reported as such.
      typescript = loadTypeScript(file);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry, loaded as the device's CommonJS would be
      exported = normaliseCommonJsExports(require(file));
    } else {
      const namespace = await withTimeout(
        import(pathToFileURL(file).href) as Promise<Record<string, unknown>>,
        options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
        shown
      );
      exported = normaliseCommonJsExports(namespace['default']);
    }
  } catch (error) {
    throw loadFailure(shown, error, TYPESCRIPT_EXTENSIONS.includes(extension) ? undefined : file);
  } finally {
    uninstall();
  }

  if (!isUsableExport(exported)) {
    throw new EntryError(
      `${shown} has no default export; export the ServiceExtensionAbility subclass with \`export default class … extends ServiceExtensionAbility\``
    );
  }
  return exported;
}

/**
 * The default export as `import()` would see it: a module compiled from ES syntax
 * (`__esModule`) exports it as `default`; a plain CommonJS module exports it as `module.exports`.
 */
function normaliseCommonJsExports(exported: unknown): unknown {
  if (exported !== null && typeof exported === 'object' && (exported as { __esModule?: unknown }).__esModule === true) {
    return (exported as { default?: unknown }).default;
  }
  return exported;
}

/** A class, a function or a non-empty object: something the check can connect to. */
function isUsableExport(value: unknown): boolean {
  if (typeof value === 'function') {
    return true;
  }
  if (value === null || typeof value !== 'object') {
    return false;
  }
  try {
    // A module with no exports at all gives an empty `module.exports` object.
    return Object.getPrototypeOf(value) !== Object.prototype || Reflect.ownKeys(value).length > 0;
  } catch {
    // A proxy that throws when looked at: leave it to the check, which reports what it does.
    return true;
  }
}

/** Rejects with an {@link EntryError} if `promise` has not settled within `timeoutMs`. */
async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, shown: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new EntryError(`${shown} did not finish loading within ${timeoutMs} ms (a top-level await that never settles?)`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Turns what loading threw into an {@link EntryError} with a one-line reason. */
function loadFailure(shown: string, error: unknown, file?: string): EntryError {
  if (error instanceof EntryError) {
    return error;
  }
  if (error instanceof TypeScriptLoadError) {
    return new EntryError(error.message);
  }
  const unmapped = unmappedSpecifierIn(messageOf(error));
  if (unmapped !== undefined) {
    return new EntryError(unmappedModuleMessage(unmapped, 'option'), unmapped);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
    return new EntryError(`${shown} could not be loaded: ${firstLine(messageOf(error))}`);
  }
  if (error instanceof SyntaxError) {
    const where = syntaxErrorLocation(error) ?? (file === undefined ? undefined : locateSyntaxError(file));
    if (where !== undefined) {
      return new EntryError(`${where}: syntax error: ${firstLine(error.message)}`);
    }
  }
  return new EntryError(`${shown} threw while loading: ${describeThrown(error)}`);
}

/**
 * Where V8 found a JavaScript syntax error: its stack starts with `file:line` (CommonJS) or
 * `file:///…:line` (ES modules) when the error is in the source itself.
 */
function syntaxErrorLocation(error: SyntaxError): string | undefined {
  const head = firstLine(String(error.stack ?? ''));
  const match = /^(.+):(\d+)$/.exec(head);
  if (match === null || match[1] === undefined) {
    return undefined;
  }
  let file = match[1];
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  return path.isAbsolute(file) ? `${displayPath(file)}:${match[2] ?? ''}` : undefined;
}

/**
 * Where an ES module's syntax error is: V8 keeps that out of the error's stack, so the file is
 * parsed again with TypeScript, when it is installed, to find the first error's line and column.
 */
function locateSyntaxError(file: string): string | undefined {
  try {
    const ts = loadTypeScript(file);
    const output = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: { allowJs: true }
    });
    const found = (output.diagnostics ?? []).find(
      (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.file !== undefined
    );
    const position = found?.file?.getLineAndCharacterOfPosition(found.start ?? 0);
    return position === undefined ? undefined : `${displayPath(file)}:${position.line + 1}:${position.character + 1}`;
  } catch {
    return undefined;
  }
}

/** `Name: message` of a thrown value, safe whatever was thrown. */
function describeThrown(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${firstLine(error.message)}`;
  }
  return firstLine(messageOf(error));
}

function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'a value that cannot be printed';
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
