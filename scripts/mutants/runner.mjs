// Running the checks: one checking session per thread, in this thread for a small run, else in
// worker threads (./worker.mjs) that take one declaration file at a time from a shared queue.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createMutantChecker } from './checker.mjs';
import { applyMutant } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/**
 * One checking session (in this thread or in a worker): builds the checker, optionally reports
 * the baseline, then checks the mutants of each file handed to it. `emit` receives the messages.
 */
export function checkingSession({ testFiles, prune, baseline }, emit) {
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

/**
 * Checks all mutants with `jobs` sessions: in this thread when `jobs` is 1, else in worker
 * threads that take one declaration file at a time from a shared queue.
 */
export function checkAll(mutants, { testFiles, prune, jobs }, onMessage) {
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
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(WORKER, {
        workerData: { testFiles, prune, baseline: i === 0 }
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
