// Which type-test files can notice a change to a declaration file, so a mutant is checked only
// against those (`--no-prune` checks them all).
import path from 'node:path';

/**
 * The test files each declaration file's mutants are checked against.
 *
 * @param {object} options
 * @param {typeof import('typescript')} options.tsc - tsd's compiler.
 * @param {import('typescript').Program} options.base - The unmutated program.
 * @param {import('typescript').TypeChecker} options.baseChecker - Its checker.
 * @param {string[]} options.testFiles - The type-test files (roots of the program).
 * @param {(sf: import('typescript').SourceFile) => boolean} options.ownFile - Whether a file is the package's own.
 * @param {boolean} options.prune - False to check every mutant against every test file.
 * @returns {(file: string) => string[]} Absolute paths of the test files for an absolute `file`.
 */
export function testSelector({ tsc, base, baseChecker, testFiles, ownFile, prune }) {
  // Which test files can notice a change to a declaration file. A file depends on the files
  // that declare the symbols its identifiers resolve to (through aliases), and on what those
  // depend on in turn. Using a module object as a whole (`typeof ns`, `keyof typeof ns`) depends
  // on everything. Entry files (re-exports, ambient modules, reference directives) are "hubs":
  // their mutants are checked against every test, and dependencies are not followed through them
  // (a name reached through a hub resolves to the file that declares it anyway).
  const ownFiles = base.getSourceFiles().filter(ownFile);
  const testPaths = testFiles.map((f) => path.resolve(f));
  const isHub = (sf) =>
    sf.referencedFiles.length > 0 ||
    sf.typeReferenceDirectives.length > 0 ||
    sf.statements.some(
      (st) => (tsc.isExportDeclaration(st) && st.moduleSpecifier) || (tsc.isModuleDeclaration(st) && tsc.isStringLiteral(st.name))
    );
  const hubs = new Set(ownFiles.filter(isHub).map((sf) => path.resolve(sf.fileName)));
  const EVERYTHING = null;
  // The name a declaration introduces (an import's local name included) is not a use of it;
  // the `name` of a property access or of an export specifier is.
  const isNameOfDeclaration = (node) =>
    node.parent.name === node && !tsc.isPropertyAccessExpression(node.parent) && !tsc.isExportSpecifier(node.parent);
  const isQualifier = (node) =>
    (tsc.isPropertyAccessExpression(node.parent) && node.parent.expression === node) ||
    (tsc.isQualifiedName(node.parent) && node.parent.left === node);
  const directDependencies = (sf) => {
    const deps = new Set();
    let everything = false;
    const visit = (node) => {
      if (tsc.isIdentifier(node) && !isNameOfDeclaration(node)) {
        const symbol = baseChecker.getSymbolAtLocation(node);
        if (symbol) {
          const target = symbol.flags & tsc.SymbolFlags.Alias ? baseChecker.getAliasedSymbol(symbol) : symbol;
          for (const declaration of [...(symbol.declarations ?? []), ...(target.declarations ?? [])]) {
            const file = declaration.getSourceFile();
            if (ownFile(file)) deps.add(path.resolve(file.fileName));
          }
          const isModule = target.declarations?.some(
            (d) => tsc.isSourceFile(d) || (tsc.isModuleDeclaration(d) && tsc.isStringLiteral(d.name))
          );
          if (isModule && !isQualifier(node)) everything = true;
        }
      } else if (tsc.isImportTypeNode(node) && !node.qualifier) {
        everything = true;
      }
      tsc.forEachChild(node, visit);
    };
    visit(sf);
    return everything ? EVERYTHING : deps;
  };
  const direct = new Map(ownFiles.map((sf) => [path.resolve(sf.fileName), directDependencies(sf)]));
  const closure = (file) => {
    const seen = new Set([file]);
    const queue = [file];
    while (queue.length > 0) {
      const next = queue.shift();
      if (next !== file && hubs.has(next)) continue;
      const deps = direct.get(next);
      if (deps === EVERYTHING) return EVERYTHING;
      for (const dep of deps ?? []) {
        if (!seen.has(dep)) {
          seen.add(dep);
          queue.push(dep);
        }
      }
    }
    return seen;
  };
  const testClosures = new Map(testPaths.map((test) => [test, closure(test)]));
  const testsFor = (file) =>
    testPaths.filter(
      (test) => prune === false || hubs.has(file) || testClosures.get(test) === EVERYTHING || testClosures.get(test)?.has(file)
    );
  return testsFor;
}
