import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The npm name of the declarations a cloud extension is checked against. */
export const TYPES_PACKAGE = 'ohos-cloud-extension-types';

/**
 * Finds the entry declaration file of {@link TYPES_PACKAGE} (its `types` field): first as the
 * linted project resolves it from each of `fromDirs`, then from beside this package. Returns
 * `undefined` when it is installed in neither place.
 *
 * @param fromDirs - directories to resolve from, most specific first.
 */
export function resolveTypesEntry(fromDirs: readonly string[]): string | undefined {
  for (const dir of [...fromDirs, __dirname]) {
    let manifest: string;
    try {
      manifest = require.resolve(`${TYPES_PACKAGE}/package.json`, { paths: [dir] });
    } catch {
      continue;
    }
    const entry = typesFieldOf(manifest);
    if (entry !== undefined) {
      return join(dirname(manifest), entry);
    }
  }
  return undefined;
}

function typesFieldOf(manifestPath: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { types?: unknown; typings?: unknown };
    const entry = manifest.types ?? manifest.typings ?? 'index.d.ts';
    return typeof entry === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}
