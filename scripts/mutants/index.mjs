#!/usr/bin/env node
// Mutation testing for the declaration files: makes one small change at a time to a `.d.ts`
// file and checks that the type tests notice it. A mutant the tests cannot tell from the real
// declarations is a gap in the tests (or, rarely, an equivalent change: see the allow-list,
// scripts/mutants-allowlist.json).
//
//   node scripts/mutants/index.mjs                     generate, check, report (exit 1 on survivors)
//   node scripts/mutants/index.mjs --list              print the mutants without checking them
//   node scripts/mutants/index.mjs --file src/x.d.ts   only mutants of this file (repeatable)
//   node scripts/mutants/index.mjs --tests <dir>       use these type tests, not package.json "tsd".directory
//   node scripts/mutants/index.mjs --verbose           print every verdict, with what killed the mutant
//   node scripts/mutants/index.mjs --jobs <n>          worker threads (default: up to 4, one for small runs)
//   node scripts/mutants/index.mjs --no-prune          check every mutant against every test file
//   node scripts/mutants/index.mjs --allowlist <f>     another allow-list than scripts/mutants-allowlist.json
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
//
// Layout: generate.mjs walks a file and offers every node to each operator in operators/ (one file
// per kind, named after it); checker.mjs (with tsd.mjs and test-dependencies.mjs) checks a mutant;
// runner.mjs and worker.mjs spread the checks over threads; report.mjs gives the verdict; args.mjs
// reads the command line. The declaration files are walked by scripts/lib/declaration-files.mjs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { declarationFiles } from '../lib/declaration-files.mjs';
import { parseArgs } from './args.mjs';
import { describe, generateMutants, location } from './generate.mjs';
import { countBy, report } from './report.mjs';
import { checkAll } from './runner.mjs';
import { findTestFiles } from './tsd.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One run of the check, as the command line asks; resolves to the exit code. */
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
        console.log(
          `${mutants.length} mutants of ${files.length} files; ${testFiles.length} test files with ${message.assertionCount} tsd assertions; checking with @tsd/typescript ${message.compilerVersion}, ${jobs} thread${jobs > 1 ? 's' : ''}`
        );
      }
    } else if (message.type === 'unreached') {
      unreached.push(message.file);
    } else if (message.type === 'result') {
      const m = mutants[message.index];
      problems[message.index] = message.problem ?? null;
      done += 1;
      if (args.verbose) {
        console.log(
          `${message.problem ? 'killed  ' : 'SURVIVED'} ${location(m)}  ${describe(m)}${message.problem ? `\n           by ${message.problem}` : ''}`
        );
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
  if (unreached.length > 0)
    console.log(`not read by the type tests at all (so none of their mutants can be killed): ${unreached.sort().join(', ')}`);

  return report({ mutants, problems, files, kinds, allowlistFile: args.allowlist, seconds });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    }
  );
}
