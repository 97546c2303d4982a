import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Why an entry could not be loaded: the file is missing or of an unknown kind, does not parse,
 * throws while loading, or has no default export. The message is one line, fit to print as is.
 */
export class EntryError extends Error {
  /** @param message - One line saying what is wrong with the entry. */
  constructor(message: string) {
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
}

/** How long, in milliseconds, {@link loadEntry} waits for an ES module entry by default. */
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

/** File extensions of entries that are transpiled in process (ArkTS `.ets` is read as TypeScript). */
export const TYPESCRIPT_EXTENSIONS: readonly string[] = ['.ts', '.ets', '.mts', '.cts'];

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
 * platform modules.
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

  installPlatformModules();

  let exported: unknown;
  if (TYPESCRIPT_EXTENSIONS.includes(extension)) {
    const ts = loadTypeScript(file);
    const uninstall = installTypeScriptHooks(ts);
    try {
      exported = normaliseCommonJsExports(require(file));
    } catch (error) {
      throw loadFailure(shown, error);
    } finally {
      uninstall();
    }
  } else {
    try {
      const namespace = await withTimeout(
        import(pathToFileURL(file).href) as Promise<Record<string, unknown>>,
        options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
        shown
      );
      exported = normaliseCommonJsExports(namespace['default']);
    } catch (error) {
      throw loadFailure(shown, error, file);
    }
  }

  if (!isUsableExport(exported)) {
    throw new EntryError(
      `${shown} has no default export; export the ServiceExtensionAbility subclass with \`export default class … extends ServiceExtensionAbility\``
    );
  }
  return exported;
}

/** Installs the `@ohos.*` / `@kit.*` mapping for `require` and `import` (idempotent). */
function installPlatformModules(): void {
  // The register module maps the platform specifiers to the harness's modules for both loaders.
  require('../register/register');
}

/** The part of the `typescript` package the loader uses (stable since TypeScript 2). */
interface TypeScriptApi {
  readonly version: string;
  readonly ModuleKind: { readonly CommonJS: number };
  readonly ScriptTarget: { readonly ES2022?: number; readonly ES2020: number };
  readonly DiagnosticCategory: { readonly Error: number };
  transpileModule(input: string, options: TranspileOptions): TranspileOutput;
  flattenDiagnosticMessageText(message: unknown, newLine: string): string;
}

interface TranspileOptions {
  fileName: string;
  reportDiagnostics: boolean;
  compilerOptions: Record<string, unknown>;
}

interface TranspileOutput {
  outputText: string;
  sourceMapText?: string;
  diagnostics?: readonly TypeScriptDiagnostic[];
}

interface TypeScriptDiagnostic {
  readonly category: number;
  readonly start?: number;
  readonly messageText: unknown;
  readonly file?: { getLineAndCharacterOfPosition(position: number): { line: number; character: number } };
}

/**
 * The `typescript` package to transpile with: the project's own (resolved from the entry's
 * folder), else the one beside the harness. A package without the compiler API (TypeScript 7's
 * native compiler) is skipped.
 */
function loadTypeScript(entry: string): TypeScriptApi {
  const withoutApi: string[] = [];
  for (const from of [entry, __filename]) {
    let resolved: string;
    try {
      resolved = createRequire(from).resolve('typescript');
    } catch {
      continue;
    }
    const candidate = require(resolved) as Partial<TypeScriptApi>;
    if (typeof candidate.transpileModule === 'function') {
      return candidate as TypeScriptApi;
    }
    withoutApi.push(String(candidate.version ?? 'unknown version'));
  }
  if (withoutApi.length > 0) {
    throw new EntryError(
      `${displayPath(entry)}: the installed typescript (${withoutApi[0] ?? ''}) has no compiler API to run TypeScript entries; run \`npm install --save-dev typescript@6\``
    );
  }
  throw new EntryError(
    `${displayPath(entry)}: running a TypeScript entry needs the typescript package; run \`npm install --save-dev typescript\``
  );
}

type CompileModule = NodeJS.Module & { _compile(content: string, filename: string): unknown };
type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
// The CommonJS loader's resolver, patched in place (a namespace import would copy it).
const moduleInternals = require('node:module') as { _resolveFilename: ResolveFilename };

/** `.js`-style specifiers that may name a TypeScript source (`./cloud-service.js` → `.ts`). */
const SOURCE_FOR_OUTPUT: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.ets'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts']
};

/**
 * Hooks `require` so that TypeScript files are transpiled as they load, and `./x.js` finds
 * `./x.ts` when only the source exists. Returns the function that removes the hooks.
 */
function installTypeScriptHooks(ts: TypeScriptApi): () => void {
  const extensions = require.extensions;
  const previous = new Map<string, NodeJS.RequireExtensions[string]>();
  const compile = (module: NodeJS.Module, filename: string): void => {
    const source = fs.readFileSync(filename, 'utf8');
    (module as CompileModule)._compile(transpile(ts, source, filename), filename);
  };
  for (const extension of TYPESCRIPT_EXTENSIONS) {
    previous.set(extension, extensions[extension]);
    extensions[extension] = compile;
  }

  const originalResolve = moduleInternals._resolveFilename;
  const resolve: ResolveFilename = function (this: unknown, request, parent, isMain, options) {
    try {
      return originalResolve.call(this, request, parent, isMain, options);
    } catch (error) {
      const sources = request.startsWith('.') ? SOURCE_FOR_OUTPUT[path.extname(request)] : undefined;
      if (sources !== undefined) {
        const stem = request.slice(0, -path.extname(request).length);
        for (const source of sources) {
          try {
            return originalResolve.call(this, stem + source, parent, isMain, options);
          } catch {
            // try the next source extension
          }
        }
      }
      throw error;
    }
  };
  moduleInternals._resolveFilename = resolve;

  return () => {
    for (const extension of TYPESCRIPT_EXTENSIONS) {
      if (extensions[extension] === compile) {
        const before = previous.get(extension);
        if (before === undefined) {
          delete extensions[extension];
        } else {
          extensions[extension] = before;
        }
      }
    }
    if (moduleInternals._resolveFilename === resolve) {
      moduleInternals._resolveFilename = originalResolve;
    }
  };
}

/**
 * Transpiles one TypeScript or ArkTS file to CommonJS with an inline source map, so stack traces
 * point into the vendor's source. A syntax error becomes an {@link EntryError} naming the line.
 */
function transpile(ts: TypeScriptApi, source: string, filename: string): string {
  // Every kind is transpiled as a `.ts` file: TypeScript keeps ES module syntax in a `.mts` file
  // whatever `module` says, and does not know `.ets`.
  const asTypeScript = filename.slice(0, -path.extname(filename).length) + '.ts';
  const output = ts.transpileModule(source, {
    fileName: asTypeScript,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022 ?? ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      sourceMap: true,
      inlineSources: false
    }
  });
  const syntaxError = (output.diagnostics ?? []).find(
    (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.file !== undefined
  );
  if (syntaxError !== undefined) {
    const position = syntaxError.file?.getLineAndCharacterOfPosition(syntaxError.start ?? 0);
    const where = position === undefined ? '' : `:${position.line + 1}:${position.character + 1}`;
    const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, ' ');
    throw new EntryError(`${displayPath(filename)}${where}: syntax error: ${message}`);
  }
  const code = output.outputText.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
  if (output.sourceMapText === undefined) {
    return code;
  }
  const map = JSON.parse(output.sourceMapText) as { sources?: string[]; file?: string };
  map.sources = [path.basename(filename)];
  delete map.file;
  return `${code}//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
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

/** A path as the user would type it: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
