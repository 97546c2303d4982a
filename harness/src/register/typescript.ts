/**
 * Runs TypeScript and ArkTS files (`.ts`, `.ets`, `.mts`, `.cts`) in Node without a build step:
 * each file is transpiled in memory to CommonJS with the project's own `typescript` package (looked
 * up from the file's folder first, then from the harness), when `require` loads it. Used by the
 * CLI's entry loader for one load, and by the register hook for the whole process.
 *
 * @packageDocumentation
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** File extensions transpiled in process (ArkTS `.ets` is read as TypeScript). */
export const TYPESCRIPT_EXTENSIONS: readonly string[] = ['.ts', '.ets', '.mts', '.cts'];

/**
 * Why a TypeScript file cannot run: it does not parse, or no usable `typescript` package is
 * installed. The message is one line, fit to print as is.
 */
export class TypeScriptLoadError extends Error {
  /** @param message - One line naming the file and what is wrong. */
  constructor(message: string) {
    super(message);
    this.name = 'TypeScriptLoadError';
  }
}

/** The part of the `typescript` package the loader uses (stable since TypeScript 2). */
export interface TypeScriptApi {
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
export function loadTypeScript(entry: string): TypeScriptApi {
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
    throw new TypeScriptLoadError(
      `${displayPath(entry)}: the installed typescript (${withoutApi[0] ?? ''}) has no compiler API to run TypeScript entries; run \`npm install --save-dev typescript@6\``
    );
  }
  throw new TypeScriptLoadError(
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
 * Hooks `require` so that TypeScript files are transpiled as they load, with the `typescript` that
 * `typescriptFor` gives for each file, and `./x.js` finds `./x.ts` when only the source exists.
 * Returns the function that removes the hooks.
 */
export function installTypeScriptHooks(typescriptFor: (filename: string) => TypeScriptApi): () => void {
  const extensions = require.extensions;
  const previous = new Map<string, NodeJS.RequireExtensions[string]>();
  const compile = (module: NodeJS.Module, filename: string): void => {
    const source = fs.readFileSync(filename, 'utf8');
    (module as CompileModule)._compile(transpile(typescriptFor(filename), source, filename), filename);
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
export function transpile(ts: TypeScriptApi, source: string, filename: string): string {
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
    throw new TypeScriptLoadError(`${displayPath(filename)}${where}: syntax error: ${message}`);
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

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
