// The mutant checker: builds the type-test program once, the way tsd builds its own, then answers
// per mutant whether the tests notice it. Each mutant's program re-uses every unchanged parsed
// file and only re-parses the mutated one. A mutant is killed by any compiler diagnostic in the
// test files or the declarations, or by any failing tsd assertion, run through tsd's own handlers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testSelector } from './test-dependencies.mjs';
import { loadTsd, tsdCompilerOptions } from './tsd.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A checker that builds the type-test program once and then answers, per mutant, whether the
 * tests notice it.
 */
export function createMutantChecker({ root = ROOT, testFiles, prune = true }) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const { tsc, byAssertion, assertionNames } = loadTsd(root);
  const options = tsdCompilerOptions(tsc, root, pkg);
  const baseHost = tsc.createCompilerHost(options, true);
  const cache = new Map();
  let override = null;
  const host = {
    ...baseHost,
    getSourceFile(fileName, languageVersion, onError, shouldCreate) {
      const key = path.resolve(fileName);
      if (override && key === override.path) {
        return tsc.createSourceFile(fileName, override.text, languageVersion, true);
      }
      let sf = cache.get(key);
      if (!sf) {
        sf = baseHost.getSourceFile(fileName, languageVersion, onError, shouldCreate);
        if (sf) cache.set(key, sf);
      }
      return sf;
    },
    readFile(fileName) {
      if (override && path.resolve(fileName) === override.path) return override.text;
      return baseHost.readFile(fileName);
    }
  };
  const ownFile = (sf) => !/[/\\]node_modules[/\\]/.test(sf.fileName);
  const format = (d) => {
    const message = tsc.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0];
    if (!d.file) return `TS${d.code}: ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${path.relative(root, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${message}`;
  };

  const build = (oldProgram) => tsc.createProgram({ rootNames: testFiles, options, host, oldProgram });
  const base = build(undefined);

  // tsd assertions, by test file: the call nodes live in the test files, which every mutant
  // program shares unchanged.
  const assertions = new Map();
  const baseChecker = base.getTypeChecker();
  const collect = (node, perFile) => {
    if (tsc.isCallExpression(node)) {
      const callee = tsc.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
      let symbol = baseChecker.getSymbolAtLocation(callee);
      if (symbol && symbol.flags & tsc.SymbolFlags.Alias) symbol = baseChecker.getAliasedSymbol(symbol);
      const name = symbol?.getName();
      const fromTsd = symbol?.declarations?.some((d) => /[/\\]node_modules[/\\]tsd[/\\]/.test(d.getSourceFile().fileName));
      if (name && fromTsd && assertionNames.has(name)) {
        if (!perFile.has(name)) perFile.set(name, new Set());
        perFile.get(name).add(node);
      }
    }
    tsc.forEachChild(node, (child) => collect(child, perFile));
  };
  for (const sf of base.getSourceFiles().filter(ownFile)) {
    const perFile = new Map();
    collect(sf, perFile);
    if (perFile.size > 0) assertions.set(path.resolve(sf.fileName), perFile);
  }
  const assertionFailures = (checker, file) => {
    const failures = [];
    for (const [name, nodes] of assertions.get(file) ?? []) {
      const handler = byAssertion.get(name);
      if (!handler) continue;
      for (const d of handler(checker, nodes)) {
        if (d.severity === 'error')
          failures.push(`${path.relative(root, d.fileName)}:${d.line}:${d.column + 1} ${name}: ${d.message.split('\n')[0]}`);
      }
    }
    return failures;
  };

  const testSet = new Set(testFiles.map((f) => path.resolve(f)));
  const testsFor = testSelector({ tsc, base, baseChecker, testFiles, ownFile, prune });

  // Test files are tried in an order learnt per declaration file: the test named like the
  // declaration first, then whichever test killed the latest mutant of that file.
  const stem = (f) => path.basename(f).replace(/(\.d)?\.[cm]?tsx?$/, '');
  const orders = new Map();
  const orderFor = (file) => {
    if (!orders.has(file)) {
      orders.set(
        file,
        testsFor(file).sort((a, b) => (stem(b) === stem(file)) - (stem(a) === stem(file)))
      );
    }
    return orders.get(file);
  };

  /** The first problem of a mutant's program, or undefined when it is clean. */
  const firstProblem = (program, mutatedFile) => {
    const byPath = new Map(
      program
        .getSourceFiles()
        .filter(ownFile)
        .map((sf) => [path.resolve(sf.fileName), sf])
    );
    const mutated = byPath.get(mutatedFile);
    if (mutated) {
      const d = program.getSyntacticDiagnostics(mutated)[0] ?? program.getSemanticDiagnostics(mutated)[0];
      if (d) return format(d);
    }
    const checker = program.getTypeChecker();
    const order = orderFor(mutatedFile);
    for (const [i, test] of order.entries()) {
      const sf = byPath.get(test);
      if (!sf) continue;
      const d = program.getSemanticDiagnostics(sf)[0];
      const problem = d ? format(d) : assertionFailures(checker, test)[0];
      if (problem) {
        order.unshift(...order.splice(i, 1));
        return problem;
      }
    }
    for (const [file, sf] of byPath) {
      if (file === mutatedFile || testSet.has(file)) continue;
      const d = program.getSemanticDiagnostics(sf)[0];
      if (d) return format(d);
    }
    const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()][0];
    return global ? format(global) : undefined;
  };

  const reached = new Set(base.getSourceFiles().map((sf) => path.resolve(sf.fileName)));
  return {
    compilerVersion: tsc.version,
    assertionCount: [...assertions.values()].flatMap((perFile) => [...perFile.values()]).reduce((n, nodes) => n + nodes.size, 0),
    /** Every problem of the unmutated program (must be empty). */
    baselineProblems() {
      const problems = [];
      for (const sf of base.getSourceFiles().filter(ownFile)) {
        for (const d of [...base.getSyntacticDiagnostics(sf), ...base.getSemanticDiagnostics(sf)]) problems.push(format(d));
      }
      for (const d of [...base.getOptionsDiagnostics(), ...base.getGlobalDiagnostics()]) problems.push(format(d));
      for (const file of assertions.keys()) problems.push(...assertionFailures(baseChecker, file));
      for (const node of [...assertions.values()].flatMap((perFile) => [...(perFile.get('expectError') ?? [])])) {
        const { line, character } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
        problems.push(
          `${path.relative(root, node.getSourceFile().fileName)}:${line + 1}:${character + 1} expectError is not supported here (and plain tsc rejects it): use // @ts-expect-error`
        );
      }
      return problems;
    },
    /** The test files that can notice a change to `file`. */
    testsFor(file) {
      return testsFor(path.resolve(root, file)).map((t) => path.relative(root, t));
    },
    /** Whether the program reads this file at all (if not, its mutants cannot be killed). */
    reaches(file) {
      return reached.has(path.resolve(root, file));
    },
    /** Checks `text` in place of `file`; returns the first problem found, or undefined. */
    check(file, text) {
      const abs = path.resolve(root, file);
      override = { path: abs, text };
      try {
        return firstProblem(build(base), abs);
      } finally {
        override = null;
      }
    }
  };
}
