/**
 * Loader hooks that resolve the platform module specifiers the harness implements (for example
 * `@ohos.rpc`, `@kit.IPCKit`) to the harness's module files. Registered by `register.js`; every
 * other specifier goes on to Node's own resolution.
 *
 * @packageDocumentation
 */
import { pathToFileURL } from 'node:url';
import { moduleFileOf } from './module-files.js';

/** What a resolve hook gives back. */
interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}

/** The next resolver in the chain. */
type NextResolve = (specifier: string, context?: unknown) => ResolveResult | Promise<ResolveResult>;

/**
 * Resolves an implemented specifier to the harness module file (a CommonJS module, so Node also
 * finds its named exports); passes anything else on.
 *
 * @param specifier - The specifier being imported.
 * @param context - Node's resolve context.
 * @param nextResolve - The next resolver.
 */
export async function resolve(specifier: string, context: unknown, nextResolve: NextResolve): Promise<ResolveResult> {
  const file = moduleFileOf(specifier);
  if (file !== undefined) {
    return { url: pathToFileURL(file).href, format: 'commonjs', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
