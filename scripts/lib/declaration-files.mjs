// The declaration files of the types package, walked in one place for every tool and test that
// reads them: the mutation tests, the doc-comment tests and the harness's enum test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Every declaration file of the package under `root`: each `.d.ts` under `src/`, plus the two
 * root entries `index.d.ts` and `core.d.ts` where they exist.
 *
 * @param {string} [root] - The package root; this repository's by default.
 * @returns {string[]} Paths relative to `root`, with `/` separators, sorted.
 */
export function declarationFiles(root = ROOT) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.d.ts')) found.push(rel);
    }
  };
  walk('src');
  for (const entry of ['index.d.ts', 'core.d.ts']) {
    if (fs.existsSync(path.join(root, entry))) found.push(entry);
  }
  return found.sort();
}
