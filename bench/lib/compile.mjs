// Runs a compiler's command line on a project with `--extendedDiagnostics` and reads the figures
// it prints. Every run is a fresh process, timed from spawn to exit, as a user or a CI job runs it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The compilers measured: folder under `node_modules`, the label printed in the tables, and the
 * step in which `--extendedDiagnostics` prints times (ms).
 */
export const compilers = [
  { dir: 'typescript-5.9', label: 'TS 5.9', stepMs: 10 },
  { dir: 'typescript', label: 'TS 6.0', stepMs: 10 },
  { dir: 'typescript-7.0', label: 'TS 7.0', stepMs: 1 }
];

/**
 * Runs `tsc -p <project> --skipLibCheck <on> --extendedDiagnostics` and returns the wall time and
 * the statistics. Node runs with `--expose-gc` so that the JavaScript compilers collect garbage
 * before reading "Memory used" (they do when `gc` is exposed): the figure is then the live heap,
 * not a snapshot of however much garbage happened to be around.
 *
 * Throws when the compiler reports an error: a figure for a project that does not compile is
 * worthless.
 */
export function runTsc(repoRoot, compiler, project, skipLibCheck) {
  const bin = join(repoRoot, 'node_modules', compiler.dir, 'bin', 'tsc');
  const args = ['--expose-gc', bin, '-p', project, '--skipLibCheck', String(skipLibCheck), '--extendedDiagnostics', '--pretty', 'false'];
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0 || /error TS\d+/.test(output)) {
        reject(new Error(`${compiler.label} failed on ${project} (exit ${code}):\n${output}`));
        return;
      }
      resolvePromise({ wallMs, ...parseStatistics(output) });
    });
  });
}

/**
 * Reads the `Name: value` lines of `--extendedDiagnostics`. TypeScript 5.9/6.0 print times in
 * seconds with two decimals (10 ms resolution) and "Lines of Library/Definitions/TypeScript";
 * TypeScript 7 prints three decimals and a single "Lines" count. What a compiler does not print
 * comes back as `null`.
 */
export function parseStatistics(output) {
  const raw = new Map();
  for (const line of output.split(/\r?\n/)) {
    const match = /^([A-Za-z][A-Za-z/ ]*?):\s+([\d.]+)([Ks]?)\s*$/.exec(line);
    if (match) raw.set(match[1], Number(match[2]));
  }
  const count = (name) => (raw.has(name) ? raw.get(name) : null);
  const ms = (name) => (raw.has(name) ? raw.get(name) * 1000 : null);
  if (!raw.has('Files') || !raw.has('Check time')) {
    throw new Error(`no --extendedDiagnostics statistics in the output:\n${output}`);
  }
  return {
    files: count('Files'),
    definitionLines: count('Lines of Definitions'),
    typeScriptLines: count('Lines of TypeScript'),
    libraryLines: count('Lines of Library'),
    lines: count('Lines'),
    types: count('Types'),
    memoryKB: count('Memory used'),
    parseMs: ms('Parse time'),
    bindMs: ms('Bind time'),
    checkMs: ms('Check time'),
    totalMs: ms('Total time')
  };
}

/** The fields of a run that are counts (the same in every run) and those that are measurements. */
export const measuredFields = ['wallMs', 'totalMs', 'checkMs', 'parseMs', 'bindMs', 'memoryKB'];

/** Median of a list of numbers (`null` when the list is empty or has nulls). */
export function median(values) {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Reduces runs of one cell to one record: the median of each measurement, the counts as printed. */
export function summarize(runs) {
  const summary = { ...runs[0], runs: runs.length };
  for (const field of measuredFields) summary[field] = median(runs.map((run) => run[field]));
  return summary;
}

/**
 * Measures several cells together: one warm-up run of each (fills the OS file cache and Node's
 * compile cache), then `runs` rounds in which every cell runs once, so that a baseline and the
 * project compared with it see the same conditions. Cells run one after another, never in
 * parallel.
 *
 * @param cells `[{ key, compiler, project, skipLibCheck }]`
 * @returns a Map from key to the summary of its runs
 */
export async function measureInterleaved(repoRoot, cells, { warmups = 1, runs }) {
  const results = new Map(cells.map((cell) => [cell.key, []]));
  for (let round = 0; round < warmups; round++) {
    for (const cell of cells) await runTsc(repoRoot, cell.compiler, cell.project, cell.skipLibCheck);
  }
  for (let round = 0; round < runs; round++) {
    for (const cell of cells) {
      results.get(cell.key).push(await runTsc(repoRoot, cell.compiler, cell.project, cell.skipLibCheck));
    }
  }
  return new Map([...results].map(([key, list]) => [key, summarize(list)]));
}
