// The mutation check's verdict: counts per kind, the allow-listed (equivalent) mutants, the
// survivors, and stale allow-list entries; gives the exit code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, location } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readAllowlist(file) {
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

/** How many of `items` have each value of `key`, as a Map. */
export function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Prints the verdict on every mutant and returns the exit code: 1 when a mutant survived that is
 * not allow-listed, or the allow-list is stale; else 0.
 *
 * @param {object} run
 * @param {Array<object>} run.mutants - Every mutant checked, in order.
 * @param {Array<string | null>} run.problems - What killed each mutant, or null when it survived.
 * @param {string[]} run.files - The declaration files mutated.
 * @param {Array<[string, number]>} run.kinds - Kinds of mutant with their counts, most first.
 * @param {string} run.allowlistFile - The allow-list of equivalent mutants.
 * @param {number} run.seconds - How long the check took, in s.
 * @returns {number} The exit code.
 */
export function report({ mutants, problems, files, kinds, allowlistFile, seconds }) {
  const allowlist = readAllowlist(allowlistFile);
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
    console.log(`\nallow-listed as equivalent (${path.relative(ROOT, allowlistFile)}):`);
    for (const r of allowedSurvivors)
      console.log(`  ${location(r.mutant)}  ${describe(r.mutant)}\n      because: ${allowed.get(r.mutant.id).reason}`);
  }
  if (failing.length > 0) {
    console.log('\nsurvivors (no type test notices these changes):');
    for (const r of failing) console.log(`  ${location(r.mutant)}  ${describe(r.mutant)}`);
  }
  for (const e of stale) console.log(`\nallow-list entry matches no mutant (remove it): ${e.mutant}`);
  for (const r of killedAllowed)
    console.log(`\nallow-listed mutant is killed, so it is not equivalent (remove it): ${r.mutant.id}\n      by ${r.problem}`);

  console.log(
    `\ngenerated ${mutants.length}, killed ${killed.length}, allow-listed ${allowedSurvivors.length}, survived ${failing.length}`
  );
  console.log(`elapsed ${seconds.toFixed(1)} s, ${(mutants.length / seconds).toFixed(1)} mutants/s`);
  return failing.length > 0 || stale.length > 0 || killedAllowed.length > 0 ? 1 : 0;
}
