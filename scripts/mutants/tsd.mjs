// tsd's side of the mutation check: its compiler and assertion handlers as installed, the compiler
// options it would use, and the type-test files it would check.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** tsd's compiler and its assertion handlers, loaded from the installed tsd. */
export function loadTsd(root) {
  const tsdEntry = createRequire(path.join(root, 'package.json')).resolve('tsd');
  const fromTsd = createRequire(tsdEntry);
  const tsc = fromTsd('@tsd/typescript');
  // The handlers are not part of tsd's public exports; they are required by file, relative to
  // tsd's own entry point.
  const handlers = fromTsd('./lib/assertions/handlers/index.js');
  const byAssertion = new Map([
    ['expectType', handlers.isIdentical],
    ['expectNotType', handlers.isNotIdentical],
    ['expectNotAssignable', handlers.isNotAssignable],
    ['expectNever', handlers.isNever],
    ['expectDeprecated', handlers.expectDeprecated],
    ['expectNotDeprecated', handlers.expectNotDeprecated],
    ['expectDocCommentIncludes', handlers.expectDocCommentIncludes]
  ]);
  for (const [name, handler] of byAssertion) {
    if (typeof handler !== 'function') throw new Error(`tsd's handler for ${name} was not found`);
  }
  return { tsc, byAssertion, assertionNames: new Set([...byAssertion.keys(), 'expectAssignable', 'expectError', 'printType']) };
}

/** Compiler options as tsd derives them: its defaults, then tsconfig.json, then package.json "tsd". */
export function tsdCompilerOptions(tsc, root, pkg) {
  const configPath = tsc.findConfigFile(root, tsc.sys.fileExists);
  const fromTsconfig = configPath
    ? tsc.parseJsonSourceFileConfigFileContent(tsc.readJsonConfigFile(configPath, tsc.sys.readFile), tsc.sys, root, undefined, configPath)
        .options
    : {};
  const parse = (compilerOptions) => tsc.parseJsonConfigFileContent({ compilerOptions }, tsc.sys, root).options;
  const combined = { ...fromTsconfig, ...parse(pkg.tsd?.compilerOptions ?? {}) };
  const module = combined.module ?? tsc.ModuleKind.CommonJS;
  const moduleResolution =
    module === tsc.ModuleKind.NodeNext
      ? tsc.ModuleResolutionKind.NodeNext
      : module === tsc.ModuleKind.Node16
        ? tsc.ModuleResolutionKind.Node16
        : tsc.ModuleResolutionKind.Node10;
  const defaults = {
    strict: true,
    jsx: tsc.JsxEmit.React,
    lib: parse({ lib: ['es2020', 'dom', 'dom.iterable'] }).lib,
    module,
    target: tsc.ScriptTarget.ES2020,
    esModuleInterop: true,
    noUnusedLocals: false
  };
  return { ...defaults, ...combined, moduleResolution, skipLibCheck: false };
}

/** Every `.ts`/`.tsx` file under `dir`, sorted (none when it does not exist). */
export function findTestFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}
