/**
 * Loader hooks for `import`, registered by `resolution.js` with the memory of the
 * vendor's mappings (`shared-mappings.ts`): they resolve the vendor's mapped
 * specifiers and the platform modules the harness implements (for example `@ohos.rpc`,
 * `@kit.IPCKit`) to their files, fail a device-only import that is neither with one line saying
 * how to map it, and hand TypeScript and ArkTS files to the CommonJS loader, which transpiles them
 * (see `typescript.ts`). Every other specifier goes on to Node's own resolution.
 *
 * @packageDocumentation
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { moduleFileOf } from './module-files.js';
import { isDeviceOnlySpecifier, unmappedModuleMessage } from './module-map.js';
import { SharedMappings } from './shared-mappings.js';

/** What a resolve hook gives back. */
interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}

/** What a load hook gives back. */
interface LoadResult {
  format: string;
  source?: string;
  shortCircuit?: boolean;
}

/** The resolve context the hooks read. */
interface ResolveContext {
  parentURL?: string;
}

/** The next resolver in the chain. */
type NextResolve = (specifier: string, context?: unknown) => ResolveResult | Promise<ResolveResult>;
/** The next loader in the chain. */
type NextLoad = (url: string, context?: unknown) => LoadResult | Promise<LoadResult>;

/** A format of our own, between resolve and load: a TypeScript file imported by an ES module. */
const TYPESCRIPT_FROM_ESM = 'ohos-harness-typescript';

/** File extensions run as TypeScript. */
const TYPESCRIPT = /\.(ts|ets|mts|cts)$/i;

/** The vendor's mappings, written by the main thread. */
let shared: SharedMappings | undefined;

/**
 * Receives the memory that holds the vendor's mappings.
 *
 * @param data - `{ mappings }`, from `module.register`.
 */
export function initialize(data: { mappings?: SharedArrayBuffer } | undefined): void {
  shared = data?.mappings === undefined ? undefined : new SharedMappings(data.mappings);
}

/** An error Node's loader and the entry loader both read as a missing module. */
function unmapped(specifier: string): Error {
  const error = new Error(unmappedModuleMessage(specifier, 'env')) as Error & { code: string };
  error.code = 'ERR_MODULE_NOT_FOUND';
  return error;
}

/**
 * Resolves a mapped or implemented specifier to its file; marks TypeScript files for the load
 * hook; passes anything else on, and turns a missing device-only module into the one-line error.
 *
 * @param specifier - The specifier being imported.
 * @param context - Node's resolve context.
 * @param nextResolve - The next resolver.
 */
export async function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<ResolveResult> {
  const mappings = shared?.read() ?? {};
  const mapped = Object.prototype.hasOwnProperty.call(mappings, specifier) ? mappings[specifier] : undefined;
  if (mapped !== undefined) {
    return typed({ url: pathToFileURL(mapped).href, shortCircuit: true }, context);
  }
  const file = moduleFileOf(specifier);
  if (file !== undefined) {
    return { url: pathToFileURL(file).href, format: 'commonjs', shortCircuit: true };
  }
  let resolved: ResolveResult;
  try {
    resolved = await nextResolve(specifier, context);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (isDeviceOnlySpecifier(specifier) && (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_INVALID_MODULE_SPECIFIER')) {
      throw unmapped(specifier);
    }
    throw error;
  }
  return typed(resolved, context);
}

/**
 * A TypeScript file runs as CommonJS, as the CLI runs it: the program's own file directly; one
 * imported by an ES module through a small module that requires it.
 */
function typed(result: ResolveResult, context: ResolveContext): ResolveResult {
  if (!result.url.startsWith('file:') || !TYPESCRIPT.test(new URL(result.url).pathname)) {
    return result;
  }
  return { ...result, format: context.parentURL === undefined ? 'commonjs' : TYPESCRIPT_FROM_ESM };
}

/**
 * Hands TypeScript to the CommonJS loader (which the register hook taught to transpile it);
 * passes anything else on.
 *
 * @param url - The module's URL.
 * @param context - Node's load context, with the format resolve gave.
 * @param nextLoad - The next loader.
 */
export async function load(url: string, context: { format?: string | null }, nextLoad: NextLoad): Promise<LoadResult> {
  if (context.format === TYPESCRIPT_FROM_ESM) {
    const file = fileURLToPath(url);
    const source = [
      "import { createRequire } from 'node:module';",
      `const exported = createRequire(import.meta.url)(${JSON.stringify(file)});`,
      'export default exported !== null && typeof exported === "object" && exported.__esModule === true ? exported.default : exported;',
      ''
    ].join('\n');
    return { format: 'module', source, shortCircuit: true };
  }
  if (context.format === 'commonjs' && url.startsWith('file:') && TYPESCRIPT.test(new URL(url).pathname)) {
    // No source: Node's CommonJS loader reads the file, through the `.ts` handler.
    return { format: 'commonjs', shortCircuit: true };
  }
  return nextLoad(url, context);
}
