// The declaration files of the types package, as the tests that read doc comments walk them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every declaration file of the package, relative to the repository root, sorted. */
export function declarationFiles() {
  const files = ['index.d.ts', 'core.d.ts'];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.d.ts')) files.push(rel);
    }
  };
  walk('src');
  return files.sort();
}
