// Generating mutants: walks a declaration file's syntax tree, offers every node to every operator
// (./operators), and gives each distinct mutated text a stable id.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { operators } from './operators/index.mjs';
import { createSourceContext } from './source-context.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The file's text with `mutant`'s edit applied. */
export function applyMutant(text, mutant) {
  return text.slice(0, mutant.start) + mutant.replacement + text.slice(mutant.end);
}

/** `<kind> <target>: <detail>`, the mutant as the report names it. */
export function describe(mutant) {
  return `${mutant.kind} ${mutant.target}: ${mutant.detail}`;
}

/** `file:line:column` of the mutated node. */
export function location(mutant) {
  return `${mutant.file}:${mutant.line}:${mutant.column}`;
}

/**
 * All single-point mutants of one declaration file.
 *
 * @param {string} file - Path relative to the package root (used in ids and messages).
 * @param {string} text - The file's contents.
 * @returns {Array<{file: string, kind: string, target: string, detail: string, id: string,
 *   start: number, end: number, replacement: string, line: number, column: number}>}
 */
export function mutantsOfSource(file, text) {
  const context = createSourceContext(file, text);
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) return;
    for (const operator of operators) operator.mutate(node, context);
    if (ts.isHeritageClause(node)) return; // the base types themselves are not mutated
    ts.forEachChild(node, visit);
  };
  visit(context.sf);

  // Stable ids (no line numbers), one per distinct mutated text.
  const seenIds = new Map();
  const seenTexts = new Set();
  const mutants = [];
  for (const m of context.found.sort((a, b) => a.at - b.at || a.start - b.start || a.end - b.end)) {
    const mutated = applyMutant(text, m);
    const digest = createHash('sha1').update(mutated).digest('hex');
    if (mutated === text || seenTexts.has(digest)) continue;
    seenTexts.add(digest);
    let id = `${m.file}  ${describe(m)}`;
    const n = (seenIds.get(id) ?? 0) + 1;
    seenIds.set(id, n);
    if (n > 1) {
      m.detail += ` #${n}`;
      id += ` #${n}`;
    }
    const { line, character } = context.sf.getLineAndCharacterOfPosition(m.at);
    const { at, ...rest } = m;
    mutants.push({ ...rest, id, line: line + 1, column: character + 1 });
  }
  return mutants;
}

/** The mutants of each of `files` (paths relative to `root`), in order. */
export function generateMutants(files, root = ROOT) {
  return files.flatMap((file) => mutantsOfSource(file, fs.readFileSync(path.join(root, file), 'utf8')));
}
