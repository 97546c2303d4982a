#!/usr/bin/env node
// Mutation testing for the declaration files: makes one small change at a time to a `.d.ts`
// file and checks that the type tests notice it. A mutant the tests cannot tell from the real
// declarations is a gap in the tests (or, rarely, an equivalent change: see the allow-list,
// scripts/mutants-allowlist.json).
//
//   node scripts/mutants.mjs                    generate, check, report (exit 1 on survivors)
//   node scripts/mutants.mjs --list             print the mutants without checking them
//   node scripts/mutants.mjs --file src/x.d.ts  only mutants of this file (repeatable)
//   node scripts/mutants.mjs --tests <dir>      use these type tests, not package.json "tsd".directory
//   node scripts/mutants.mjs --verbose          print every verdict, with what killed the mutant
//   node scripts/mutants.mjs --jobs <n>         worker threads (default: up to 4, one for small runs)
//   node scripts/mutants.mjs --no-prune         check every mutant against every test file
//   node scripts/mutants.mjs --allowlist <f>    another allow-list than scripts/mutants-allowlist.json
//
// Kinds of mutant: toggle-optional (`?` on a property, method or parameter), drop-readonly,
// add-readonly, swap-primitive (string→number, number→string, boolean→string, void→undefined,
// null→undefined), enum-value (explicit value + 1, or a wrong explicit value for an implicit
// one), drop-parameter, unwrap-promise, drop-union-member, drop-member, generic-arg (a type
// argument or array element type → unknown), type-to-unknown (a named property, parameter,
// return or alias type → unknown), drop-extends, drop-modifier (static, abstract),
// drop-declaration, drop-export (a re-export, an export name, an `export default`),
// drop-type-only (`export type {…}` → `export {…}`) and drop-reference (`/// <reference>`).
//
// Mutation points are found with the TypeScript compiler API (the `typescript` devDependency)
// and applied as text edits at node positions. The mutants are then checked in this process
// against one program built the way tsd builds its own (tsd's compiler `@tsd/typescript`, tsd's
// option rules, the test files as roots); each mutant's program re-uses every unchanged parsed
// file and only re-parses the mutated one. A mutant is killed by any compiler diagnostic in the
// test files or the declarations, or by any failing tsd assertion (`expectType` identity,
// `expectNotAssignable`, `expectDocCommentIncludes`, …), run through tsd's own handlers. The
// baseline (no mutation) must be clean. Only the test files whose names can reach the mutated
// file are checked (`--no-prune` checks them all).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import ts from 'typescript';
import { declarationFiles } from './lib/declaration-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOWLIST = path.join(ROOT, 'scripts', 'mutants-allowlist.json');

export { declarationFiles };

// ---------------------------------------------------------------------------------------------
// Generating mutants
// ---------------------------------------------------------------------------------------------

const PRIMITIVE_SWAPS = new Map([
  [ts.SyntaxKind.StringKeyword, 'number'],
  [ts.SyntaxKind.NumberKeyword, 'string'],
  [ts.SyntaxKind.BooleanKeyword, 'string'],
  [ts.SyntaxKind.VoidKeyword, 'undefined'],
  [ts.SyntaxKind.UndefinedKeyword, 'null'],
  [ts.SyntaxKind.BigIntKeyword, 'number'],
  [ts.SyntaxKind.SymbolKeyword, 'string'],
  [ts.SyntaxKind.ObjectKeyword, 'string'],
]);

function swappedPrimitive(node) {
  if (PRIMITIVE_SWAPS.has(node.kind)) return PRIMITIVE_SWAPS.get(node.kind);
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return 'undefined';
  return undefined;
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * All single-point mutants of one declaration file.
 *
 * @param {string} file - Path relative to the package root (used in ids and messages).
 * @param {string} text - The file's contents.
 * @returns {Array<{file: string, kind: string, target: string, detail: string, id: string,
 *   start: number, end: number, replacement: string, line: number, column: number}>}
 */
export function mutantsOfSource(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  // `at` is where the mutant is shown (the mutated node), `start`/`end` what the edit replaces.
  const add = (kind, target, detail, start, end, replacement, at = start) => {
    found.push({ file, kind, target, detail, start, end, replacement, at });
  };
  const textOf = (node) => oneLine(node.getText(sf));

  // --- naming -------------------------------------------------------------------------------
  const nameOf = (node) => {
    if (ts.isConstructorDeclaration(node) || ts.isConstructSignatureDeclaration(node)) return 'constructor';
    if (ts.isCallSignatureDeclaration(node)) return '()';
    if (ts.isIndexSignatureDeclaration(node)) return '[]';
    if (!node.name) return ts.isClassDeclaration(node) || ts.isFunctionDeclaration(node) ? 'default' : undefined;
    if (ts.isStringLiteral(node.name)) return `'${node.name.text}'`;
    return node.name.getText(sf);
  };
  const isNamed = (node) =>
    ts.isModuleDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) ||
    ts.isEnumDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isFunctionDeclaration(node) ||
    ts.isMethodSignature(node) || ts.isMethodDeclaration(node) || ts.isPropertySignature(node) ||
    ts.isPropertyDeclaration(node) || ts.isEnumMember(node) || ts.isConstructorDeclaration(node) ||
    ts.isConstructSignatureDeclaration(node) || ts.isCallSignatureDeclaration(node) ||
    ts.isIndexSignatureDeclaration(node) || ts.isImportEqualsDeclaration(node) ||
    ts.isVariableDeclaration(node);
  /** `Interface.member(param)`-style path of the declaration that holds `node`. */
  const declPath = (node) => {
    let result = '';
    for (let n = node; n && !ts.isSourceFile(n); n = n.parent) {
      if (ts.isParameter(n)) result = `(${n.name.getText(sf)})${result}`;
      else if (isNamed(n)) result = `${nameOf(n)}${result && !result.startsWith('(') ? '.' : ''}${result}`;
    }
    return result || '<file>';
  };

  // --- positions ----------------------------------------------------------------------------
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  /** The first token at or after `pos`, skipping trivia. */
  const tokenAt = (pos) => {
    scanner.resetTokenState(pos);
    const kind = scanner.scan();
    return { kind, start: scanner.getTokenStart(), end: scanner.getTokenEnd() };
  };
  /** Where a member's own doc comment starts (so it goes with the member), else its first token. */
  const startWithDoc = (node) => {
    const docs = (ts.getLeadingCommentRanges(text, node.pos) ?? []).filter((r) => text.startsWith('/**', r.pos));
    return docs.length > 0 ? docs[docs.length - 1].pos : node.getStart(sf);
  };
  /** Range that removes element `i` of a comma-separated list, with one comma. */
  const listRemoval = (list, i) => {
    const el = list[i];
    if (list.length === 1) {
      const next = tokenAt(el.end);
      return [el.pos, next.kind === ts.SyntaxKind.CommaToken ? next.end : el.end];
    }
    if (i < list.length - 1) return [startWithDoc(el), startWithDoc(list[i + 1])];
    return [list[i - 1].end, el.end];
  };

  // --- type positions -----------------------------------------------------------------------
  const outermostType = (node) => {
    let n = node;
    while (n.parent && ts.isTypeNode(n.parent) && !ts.isExpressionWithTypeArguments(n.parent)) n = n.parent;
    return n;
  };
  const typeTarget = (outer) => {
    const owner = outer.parent;
    if (ts.isFunctionLike(owner) && owner.type === outer) return `${declPath(owner)} return`;
    return declPath(owner);
  };
  /** The declared type around `node`, with the mutated part shown as `[old → new]` or `[-old]`. */
  const typeDetail = (node, replacement) => {
    const outer = outermostType(node);
    const whole = outer.getText(sf);
    const from = node.getStart(sf) - outer.getStart(sf);
    const to = node.end - outer.getStart(sf);
    const old = node.getText(sf);
    const mark = replacement === null ? `[-${old}]` : `[${old} → ${replacement}]`;
    return oneLine(whole.slice(0, from) + mark + whole.slice(to));
  };
  const replaceType = (kind, node, replacement) => {
    add(kind, typeTarget(outermostType(node)), typeDetail(node, replacement), node.getStart(sf), node.end, replacement);
  };
  const isOwnerType = (node) => {
    const p = node.parent;
    return (
      ((ts.isParameter(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) ||
        ts.isTypeAliasDeclaration(p) || ts.isFunctionLike(p)) && p.type === node)
    );
  };

  // --- per-node mutations -------------------------------------------------------------------
  const toggleOptional = (node) => {
    if (node.questionToken) {
      add('toggle-optional', declPath(node), 'remove ?', node.questionToken.getStart(sf), node.questionToken.end, '');
    } else {
      add('toggle-optional', declPath(node), 'add ?', node.name.end, node.name.end, '?');
    }
  };
  const modifierMutations = (node) => {
    for (const mod of node.modifiers ?? []) {
      if (mod.kind === ts.SyntaxKind.ReadonlyKeyword) {
        add('drop-readonly', declPath(node), 'drop readonly', mod.getStart(sf), mod.end, '');
      } else if (mod.kind === ts.SyntaxKind.StaticKeyword || mod.kind === ts.SyntaxKind.AbstractKeyword) {
        const word = ts.tokenToString(mod.kind);
        add('drop-modifier', declPath(node), `drop ${word}`, mod.getStart(sf), mod.end, '');
      }
    }
  };
  const dropMember = (node) => {
    add('drop-member', declPath(node), 'drop member', startWithDoc(node), node.end, '', node.getStart(sf));
  };
  const parameterMutations = (node) => {
    const params = node.parent.parameters;
    const index = params.indexOf(node);
    if (!node.dotDotDotToken) {
      const becomesOptional = !node.questionToken;
      let seenOptional = false;
      let valid = true;
      params.forEach((p, i) => {
        if (p.dotDotDotToken) return;
        const optional = i === index ? becomesOptional : Boolean(p.questionToken || p.initializer);
        if (optional) seenOptional = true;
        else if (seenOptional) valid = false; // a required parameter cannot follow an optional one
      });
      if (valid) toggleOptional(node);
    }
    const [start, end] = listRemoval(params, index);
    add('drop-parameter', declPath(node), 'drop parameter', start, end, '', node.getStart(sf));
  };
  const enumMutations = (node) => {
    let next = 0;
    node.members.forEach((member, i) => {
      let value;
      const init = member.initializer;
      if (!init) value = next;
      else if (ts.isNumericLiteral(init)) value = Number(init.text);
      else if (ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand)) {
        value = -Number(init.operand.text);
      }
      const target = declPath(member);
      if (init && ts.isStringLiteral(init)) {
        const changed = JSON.stringify(`${init.text}_`);
        add('enum-value', target, `${init.getText(sf)} → ${changed}`, init.getStart(sf), init.end, changed);
      } else if (value !== undefined && init) {
        add('enum-value', target, `${init.getText(sf)} → ${value + 1}`, init.getStart(sf), init.end, String(value + 1));
      } else if (value !== undefined) {
        add('enum-value', target, `implicit ${value} → = ${value + 1}`, member.name.end, member.name.end, ` = ${value + 1}`);
      }
      next = value === undefined ? undefined : value + 1;
      const [start, end] = listRemoval(node.members, i);
      add('drop-member', target, 'drop member', start, end, '', member.getStart(sf));
    });
  };
  const heritageMutations = (clause) => {
    const owner = declPath(clause.parent);
    const word = clause.token === ts.SyntaxKind.ExtendsKeyword ? 'extends' : 'implements';
    if (clause.types.length === 1) {
      add('drop-extends', owner, `drop ${word} ${textOf(clause.types[0])}`, clause.pos, clause.end, '', clause.getStart(sf));
      return;
    }
    clause.types.forEach((type, i) => {
      const [start, end] = listRemoval(clause.types, i);
      add('drop-extends', owner, `drop ${word} ${textOf(type)}`, start, end, '', type.getStart(sf));
    });
  };
  const typeOnlyKeyword = (node) => node.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.TypeKeyword);
  const statementMutations = (statements) => {
    for (const st of statements) {
      if (ts.isImportDeclaration(st)) continue;
      if (ts.isExportDeclaration(st)) {
        const from = st.moduleSpecifier ? ` from ${st.moduleSpecifier.getText(sf)}` : '';
        if (!st.exportClause) {
          add('drop-export', declPath(st), `drop ${textOf(st)}`, startWithDoc(st), st.end, '', st.getStart(sf));
          continue;
        }
        if (st.isTypeOnly) {
          const keyword = typeOnlyKeyword(st);
          add('drop-type-only', declPath(st), `export type {…}${from} → export {…}`, keyword.getStart(sf), keyword.end, '');
        }
        if (ts.isNamedExports(st.exportClause)) {
          st.exportClause.elements.forEach((spec, i) => {
            const [start, end] = listRemoval(st.exportClause.elements, i);
            add('drop-export', declPath(st), `drop ${textOf(spec)} from export {…}${from}`, start, end, '', spec.getStart(sf));
            if (spec.isTypeOnly) {
              const keyword = typeOnlyKeyword(spec);
              add('drop-type-only', declPath(st), `export { type ${textOf(spec.name)} } → export { ${textOf(spec.name)} }`, keyword.getStart(sf), keyword.end, '');
            }
          });
        } else {
          add('drop-export', declPath(st), `drop ${textOf(st)}`, startWithDoc(st), st.end, '', st.getStart(sf));
        }
        continue;
      }
      if (ts.isExportAssignment(st)) {
        add('drop-export', declPath(st), `drop ${textOf(st)}`, startWithDoc(st), st.end, '', st.getStart(sf));
        continue;
      }
      add('drop-declaration', declPath(st) === '<file>' ? textOf(st).slice(0, 60) : declPath(st), 'drop declaration', startWithDoc(st), st.end, '', st.getStart(sf));
    }
  };

  const visit = (node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isSourceFile(node) || ts.isModuleBlock(node)) statementMutations(node.statements);

    if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) {
      toggleOptional(node);
      modifierMutations(node);
      if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword)) {
        add('add-readonly', declPath(node), 'add readonly', node.name.getStart(sf), node.name.getStart(sf), 'readonly ');
      }
      dropMember(node);
    } else if (ts.isMethodSignature(node) || ts.isMethodDeclaration(node)) {
      toggleOptional(node);
      modifierMutations(node);
      dropMember(node);
    } else if (ts.isConstructorDeclaration(node) || ts.isConstructSignatureDeclaration(node) ||
      ts.isCallSignatureDeclaration(node) || ts.isIndexSignatureDeclaration(node)) {
      modifierMutations(node);
      dropMember(node);
    } else if (ts.isParameter(node)) {
      parameterMutations(node);
    } else if (ts.isEnumDeclaration(node)) {
      enumMutations(node);
    } else if (ts.isHeritageClause(node)) {
      heritageMutations(node);
      return; // the base types themselves are not mutated
    } else if (ts.isClassDeclaration(node)) {
      modifierMutations(node);
    } else if (swappedPrimitive(node) !== undefined) {
      replaceType('swap-primitive', node, swappedPrimitive(node));
    } else if (ts.isUnionTypeNode(node)) {
      node.types.forEach((member, i) => {
        const rest = node.types.filter((_, j) => j !== i).map((t) => t.getText(sf)).join(' | ');
        add('drop-union-member', typeTarget(outermostType(node)), typeDetail(member, null), node.getStart(sf), node.end, rest);
      });
    } else if (ts.isTypeReferenceNode(node)) {
      const args = node.typeArguments ?? [];
      if (ts.isIdentifier(node.typeName) && node.typeName.text === 'Promise' && args.length === 1) {
        replaceType('unwrap-promise', node, args[0].getText(sf));
      }
      if (args.length === 0 && isOwnerType(node)) replaceType('type-to-unknown', node, 'unknown');
      for (const arg of args) {
        if (swappedPrimitive(arg) === undefined && arg.kind !== ts.SyntaxKind.UnknownKeyword) {
          replaceType('generic-arg', arg, 'unknown');
        }
      }
    } else if (ts.isArrayTypeNode(node)) {
      const el = node.elementType;
      if (swappedPrimitive(el) === undefined && el.kind !== ts.SyntaxKind.UnknownKeyword) {
        replaceType('generic-arg', el, ts.isParenthesizedTypeNode(el) ? '(unknown)' : 'unknown');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  // `/// <reference path>` lines of the entry files.
  const headComments = ts.getLeadingCommentRanges(text, 0) ?? [];
  for (const ref of [...sf.referencedFiles, ...sf.typeReferenceDirectives]) {
    const comment = headComments.find((r) => r.pos <= ref.pos && ref.end <= r.end);
    if (!comment) continue;
    const end = text[comment.end] === '\n' ? comment.end + 1 : comment.end;
    add('drop-reference', '<file>', `drop ${oneLine(text.slice(comment.pos, comment.end))}`, comment.pos, end, '');
  }

  // Stable ids (no line numbers), one per distinct mutated text.
  const seenIds = new Map();
  const seenTexts = new Set();
  const mutants = [];
  for (const m of found.sort((a, b) => a.at - b.at || a.start - b.start || a.end - b.end)) {
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
    const { line, character } = sf.getLineAndCharacterOfPosition(m.at);
    const { at, ...rest } = m;
    mutants.push({ ...rest, id, line: line + 1, column: character + 1 });
  }
  return mutants;
}

export function applyMutant(text, mutant) {
  return text.slice(0, mutant.start) + mutant.replacement + text.slice(mutant.end);
}

export function describe(mutant) {
  return `${mutant.kind} ${mutant.target}: ${mutant.detail}`;
}

export function location(mutant) {
  return `${mutant.file}:${mutant.line}:${mutant.column}`;
}

export function generateMutants(files, root = ROOT) {
  return files.flatMap((file) => mutantsOfSource(file, fs.readFileSync(path.join(root, file), 'utf8')));
}

// ---------------------------------------------------------------------------------------------
// Checking mutants
// ---------------------------------------------------------------------------------------------

/** tsd's compiler and its assertion handlers, loaded from the installed tsd. */
function loadTsd(root) {
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
    ['expectDocCommentIncludes', handlers.expectDocCommentIncludes],
  ]);
  for (const [name, handler] of byAssertion) {
    if (typeof handler !== 'function') throw new Error(`tsd's handler for ${name} was not found`);
  }
  return { tsc, byAssertion, assertionNames: new Set([...byAssertion.keys(), 'expectAssignable', 'expectError', 'printType']) };
}

/** Compiler options as tsd derives them: its defaults, then tsconfig.json, then package.json "tsd". */
function tsdCompilerOptions(tsc, root, pkg) {
  const configPath = tsc.findConfigFile(root, tsc.sys.fileExists);
  const fromTsconfig = configPath
    ? tsc.parseJsonSourceFileConfigFileContent(tsc.readJsonConfigFile(configPath, tsc.sys.readFile), tsc.sys, root, undefined, configPath).options
    : {};
  const parse = (compilerOptions) => tsc.parseJsonConfigFileContent({ compilerOptions }, tsc.sys, root).options;
  const combined = { ...fromTsconfig, ...parse(pkg.tsd?.compilerOptions ?? {}) };
  const module = combined.module ?? tsc.ModuleKind.CommonJS;
  const moduleResolution =
    module === tsc.ModuleKind.NodeNext ? tsc.ModuleResolutionKind.NodeNext
      : module === tsc.ModuleKind.Node16 ? tsc.ModuleResolutionKind.Node16
        : tsc.ModuleResolutionKind.Node10;
  const defaults = {
    strict: true,
    jsx: tsc.JsxEmit.React,
    lib: parse({ lib: ['es2020', 'dom', 'dom.iterable'] }).lib,
    module,
    target: tsc.ScriptTarget.ES2020,
    esModuleInterop: true,
    noUnusedLocals: false,
  };
  return { ...defaults, ...combined, moduleResolution, skipLibCheck: false };
}

function findTestFiles(dir) {
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
    },
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
        if (d.severity === 'error') failures.push(`${path.relative(root, d.fileName)}:${d.line}:${d.column + 1} ${name}: ${d.message.split('\n')[0]}`);
      }
    }
    return failures;
  };

  // Which test files can notice a change to a declaration file. A file depends on the files
  // that declare the symbols its identifiers resolve to (through aliases), and on what those
  // depend on in turn. Using a module object as a whole (`typeof ns`, `keyof typeof ns`) depends
  // on everything. Entry files (re-exports, ambient modules, reference directives) are "hubs":
  // their mutants are checked against every test, and dependencies are not followed through them
  // (a name reached through a hub resolves to the file that declares it anyway).
  const ownFiles = base.getSourceFiles().filter(ownFile);
  const testPaths = testFiles.map((f) => path.resolve(f));
  const testSet = new Set(testPaths);
  const isHub = (sf) =>
    sf.referencedFiles.length > 0 || sf.typeReferenceDirectives.length > 0 ||
    sf.statements.some((st) => (tsc.isExportDeclaration(st) && st.moduleSpecifier) ||
      (tsc.isModuleDeclaration(st) && tsc.isStringLiteral(st.name)));
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
          const isModule = target.declarations?.some((d) => tsc.isSourceFile(d) || (tsc.isModuleDeclaration(d) && tsc.isStringLiteral(d.name)));
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
    testPaths.filter((test) => prune === false || hubs.has(file) || testClosures.get(test) === EVERYTHING || testClosures.get(test)?.has(file));

  // Test files are tried in an order learnt per declaration file: the test named like the
  // declaration first, then whichever test killed the latest mutant of that file.
  const stem = (f) => path.basename(f).replace(/(\.d)?\.[cm]?tsx?$/, '');
  const orders = new Map();
  const orderFor = (file) => {
    if (!orders.has(file)) {
      orders.set(file, testsFor(file).sort((a, b) => (stem(b) === stem(file)) - (stem(a) === stem(file))));
    }
    return orders.get(file);
  };

  /** The first problem of a mutant's program, or undefined when it is clean. */
  const firstProblem = (program, mutatedFile) => {
    const byPath = new Map(program.getSourceFiles().filter(ownFile).map((sf) => [path.resolve(sf.fileName), sf]));
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
        problems.push(`${path.relative(root, node.getSourceFile().fileName)}:${line + 1}:${character + 1} expectError is not supported here (and plain tsc rejects it): use // @ts-expect-error`);
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
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { list: false, verbose: false, prune: true, jobs: undefined, files: [], tests: undefined, allowlist: ALLOWLIST };
  const value = (i, name) => {
    if (argv[i] === undefined) throw new Error(`${name} needs a value`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i]];
    if (arg === '--list') args.list = true;
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--no-prune') args.prune = false;
    else if (arg === '--file') args.files.push(inline ?? value(++i, arg));
    else if (arg === '--tests') args.tests = inline ?? value(++i, arg);
    else if (arg === '--jobs') args.jobs = Number(inline ?? value(++i, arg));
    else if (arg === '--allowlist') args.allowlist = path.resolve(inline ?? value(++i, arg));
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs > 0)) throw new Error('--jobs needs a positive whole number');
  return args;
}

function readAllowlist(file) {
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const entries = data.mutants ?? [];
  for (const entry of entries) {
    if (typeof entry.mutant !== 'string' || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(`${path.relative(ROOT, file)}: every entry needs a "mutant" id and a written "reason": ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * One checking session (in this thread or in a worker): builds the checker, optionally reports
 * the baseline, then checks the mutants of each file handed to it. `emit` receives the messages.
 */
function checkingSession({ testFiles, prune, baseline }, emit) {
  const checker = createMutantChecker({ testFiles, prune });
  if (baseline) {
    const problems = checker.baselineProblems();
    emit({ type: 'baseline', problems, assertionCount: checker.assertionCount, compilerVersion: checker.compilerVersion });
    if (problems.length > 0) return undefined;
  }
  return (file, mutants) => {
    const reached = checker.reaches(file);
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    // The host must really serve the mutated text: a broken copy of the file must fail.
    if (reached && !checker.check(file, `${text}\ninterface {}\n`)) {
      throw new Error(`a deliberately broken ${file} was not noticed: the mutated text is not being served`);
    }
    if (!reached) emit({ type: 'unreached', file });
    for (const m of mutants) {
      emit({ type: 'result', index: m.index, problem: reached ? checker.check(file, applyMutant(text, m)) : undefined });
    }
  };
}

function runWorker() {
  const { testFiles, prune, baseline } = workerData;
  let checkFile;
  try {
    checkFile = checkingSession({ testFiles, prune, baseline }, (message) => parentPort.postMessage(message));
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
    return;
  }
  if (!checkFile) {
    parentPort.close();
    return;
  }
  parentPort.on('message', ({ file, mutants }) => {
    if (file === undefined) {
      parentPort.close();
      return;
    }
    try {
      checkFile(file, mutants);
      parentPort.postMessage({ type: 'ready' });
    } catch (error) {
      parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
    }
  });
  parentPort.postMessage({ type: 'ready' });
}

/**
 * Checks all mutants with `jobs` sessions: in this thread when `jobs` is 1, else in worker
 * threads that take one declaration file at a time from a shared queue.
 */
function checkAll(mutants, { testFiles, prune, jobs }, onMessage) {
  const groups = new Map();
  for (const m of mutants) {
    if (!groups.has(m.file)) groups.set(m.file, []);
    groups.get(m.file).push(m);
  }
  const byFile = [...groups].sort((a, b) => b[1].length - a[1].length);
  if (jobs === 1) {
    const checkFile = checkingSession({ testFiles, prune, baseline: true }, onMessage);
    if (checkFile) for (const [file, ofFile] of byFile) checkFile(file, ofFile);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const queue = [...byFile];
    const workers = [];
    let running = jobs;
    let failed = false;
    const stop = (error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) w.terminate();
      if (error) reject(error);
      else resolve();
    };
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { mutantsWorker: true, testFiles, prune, baseline: i === 0 },
      });
      workers.push(worker);
      worker.on('message', (message) => {
        if (message.type === 'error') return stop(new Error(message.message));
        if (message.type === 'ready') {
          const next = queue.shift();
          worker.postMessage(next ? { file: next[0], mutants: next[1] } : {});
          return undefined;
        }
        onMessage(message);
        if (message.type === 'baseline' && message.problems.length > 0) stop();
        return undefined;
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', () => {
        running -= 1;
        if (running === 0 && !failed) resolve();
      });
    }
  });
}

async function main(argv) {
  const args = parseArgs(argv);
  const started = performance.now();
  let files = declarationFiles();
  if (args.files.length > 0) {
    const wanted = new Set(args.files.map((f) => path.relative(ROOT, path.resolve(f)).split(path.sep).join('/')));
    files = files.filter((f) => wanted.has(f));
    const unknown = [...wanted].filter((f) => !files.includes(f));
    if (unknown.length > 0) throw new Error(`not a declaration file of the package: ${unknown.join(', ')}`);
  }
  const mutants = generateMutants(files).map((m, index) => ({ ...m, index }));
  const kinds = [...countBy(mutants, (m) => m.kind)].sort((a, b) => b[1] - a[1]);

  if (args.list) {
    for (const m of mutants) console.log(`${location(m)}  ${describe(m)}`);
    console.log(`\n${mutants.length} mutants in ${files.length} files: ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    return 0;
  }

  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const testDir = path.resolve(ROOT, args.tests ?? pkg.tsd?.directory ?? 'test-d');
  const testFiles = findTestFiles(testDir);
  if (testFiles.length === 0) {
    console.error(`No type tests (*.ts, *.tsx) found under ${path.relative(ROOT, testDir) || '.'}/: nothing can kill a mutant.`);
    return 2;
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // A thread costs a few seconds to start (its own compiler and baseline program): only worth it
  // for a longer run.
  const defaultJobs = mutants.length < 200 ? 1 : Math.min(cores, 4);
  const jobs = Math.max(1, Math.min(args.jobs ?? defaultJobs, new Set(mutants.map((m) => m.file)).size));

  const problems = new Array(mutants.length);
  let baselineProblems = [];
  let done = 0;
  let nextReport = 0.1;
  const unreached = [];
  await checkAll(mutants, { testFiles, prune: args.prune, jobs }, (message) => {
    if (message.type === 'baseline') {
      baselineProblems = message.problems;
      if (baselineProblems.length === 0) {
        console.log(`${mutants.length} mutants of ${files.length} files; ${testFiles.length} test files with ${message.assertionCount} tsd assertions; checking with @tsd/typescript ${message.compilerVersion}, ${jobs} thread${jobs > 1 ? 's' : ''}`);
      }
    } else if (message.type === 'unreached') {
      unreached.push(message.file);
    } else if (message.type === 'result') {
      const m = mutants[message.index];
      problems[message.index] = message.problem ?? null;
      done += 1;
      if (args.verbose) {
        console.log(`${message.problem ? 'killed  ' : 'SURVIVED'} ${location(m)}  ${describe(m)}${message.problem ? `\n           by ${message.problem}` : ''}`);
      } else if (done / mutants.length >= nextReport) {
        console.log(`  ${done}/${mutants.length} checked (${((performance.now() - started) / 1000).toFixed(1)} s)`);
        nextReport += 0.1;
      }
    }
  });
  if (baselineProblems.length > 0) {
    console.error(`The unmutated program is not clean (${baselineProblems.length} problems); fix these first:`);
    for (const p of baselineProblems) console.error(`  ${p}`);
    return 2;
  }
  if (done !== mutants.length) throw new Error(`only ${done} of ${mutants.length} mutants were checked`);
  const seconds = (performance.now() - started) / 1000;
  if (unreached.length > 0) console.log(`not read by the type tests at all (so none of their mutants can be killed): ${unreached.sort().join(', ')}`);

  const allowlist = readAllowlist(args.allowlist);
  const allowed = new Map(allowlist.map((e) => [e.mutant, e]));
  const results = mutants.map((mutant, i) => ({ mutant, problem: problems[i] }));
  const killed = results.filter((r) => r.problem);
  const survivors = results.filter((r) => !r.problem);
  const allowedSurvivors = survivors.filter((r) => allowed.has(r.mutant.id));
  const failing = survivors.filter((r) => !allowed.has(r.mutant.id));
  const generatedIds = new Set(mutants.map((m) => m.id));
  // An entry for a file that was mutated this run must match a mutant (ids are "<file>  <mutant>").
  const stale = allowlist.filter((e) => files.includes(e.mutant.split('  ')[0]) && !generatedIds.has(e.mutant));
  const killedAllowed = killed.filter((r) => allowed.has(r.mutant.id));

  console.log('\nper kind:              generated  killed  survived');
  for (const [kind] of kinds) {
    const of = results.filter((r) => r.mutant.kind === kind);
    const k = of.filter((r) => r.problem).length;
    console.log(`  ${kind.padEnd(20)}  ${String(of.length).padStart(9)}  ${String(k).padStart(6)}  ${String(of.length - k).padStart(8)}`);
  }
  if (allowedSurvivors.length > 0) {
    console.log(`\nallow-listed as equivalent (${path.relative(ROOT, args.allowlist)}):`);
    for (const r of allowedSurvivors) console.log(`  ${location(r.mutant)}  ${describe(r.mutant)}\n      because: ${allowed.get(r.mutant.id).reason}`);
  }
  if (failing.length > 0) {
    console.log('\nsurvivors (no type test notices these changes):');
    for (const r of failing) console.log(`  ${location(r.mutant)}  ${describe(r.mutant)}`);
  }
  for (const e of stale) console.log(`\nallow-list entry matches no mutant (remove it): ${e.mutant}`);
  for (const r of killedAllowed) console.log(`\nallow-listed mutant is killed, so it is not equivalent (remove it): ${r.mutant.id}\n      by ${r.problem}`);

  console.log(`\ngenerated ${mutants.length}, killed ${killed.length}, allow-listed ${allowedSurvivors.length}, survived ${failing.length}`);
  console.log(`elapsed ${seconds.toFixed(1)} s, ${(mutants.length / seconds).toFixed(1)} mutants/s`);
  return failing.length > 0 || stale.length > 0 || killedAllowed.length > 0 ? 1 : 0;
}

if (!isMainThread && workerData?.mutantsWorker) {
  runWorker();
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
