// node bench/fleet.mjs: what a fleet run costs. Runs `ohos-cloud-extension-check --devices <n>
// --rounds <r>` on examples/vendor-extension against the example cloud (examples/cloud-server,
// on 127.0.0.1, with a 1 s lease as `npm run example` starts it), for a grid of devices and
// rounds, and measures in the same run the baseline: the same check with one device (no fleet).
// Prints a Markdown section with the wall times, the fleet's calls, and how time grows with
// devices and rounds, and writes it into docs/performance.md between its markers.
//
//   node bench/fleet.mjs [--quick] [--no-write]
//     --quick     one run of a small grid (checks that the bench works; not figures); implies --no-write
//     --no-write  print only
//
// Needs the harness built (npm run build:harness).
import { execFile } from 'node:child_process';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startCloudServer } from '../examples/cloud-server/server.mjs';
import { BUILD_PROFILE_FAKE, CHECK_CLI, CLOUD_URL_VARIABLE, EXAMPLE_ENTRY, EXAMPLE_LEASE_SECONDS } from '../examples/run-example.mjs';
import { ms, table, writeSection } from './lib/report.mjs';

const run = promisify(execFile);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- fleet-bench:start -->';
const END = '<!-- fleet-bench:end -->';
/** The goal the fleet's issue sets: 3 devices, 20 rounds, at most 5 s wall. */
const GOAL = { devices: 3, rounds: 20, seconds: 5 };
/** A fixed seed, so that every run of the bench drives the same workload. */
const SEED = 20261205;

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** The median of `values`. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One CLI run against a fresh example cloud: wall time (ms), the report's figures. */
async function checkOnce(devices, rounds) {
  const cloud = await startCloudServer({ port: 0, leaseSeconds: EXAMPLE_LEASE_SECONDS });
  const fleet = devices > 1 ? ['--devices', String(devices), '--rounds', String(rounds), '--seed', String(SEED)] : [];
  const args = [CHECK_CLI, EXAMPLE_ENTRY, '--json', '--module', `BuildProfile=${BUILD_PROFILE_FAKE}`, ...fleet];
  const started = performance.now();
  let stdout;
  try {
    ({ stdout } = await run(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, [CLOUD_URL_VARIABLE]: cloud.url },
      maxBuffer: 64 * 1024 * 1024
    }));
  } catch (error) {
    // Exit status 1 means findings; the JSON report is still on stdout.
    if (typeof error.stdout !== 'string' || error.stdout === '') throw error;
    stdout = error.stdout;
  } finally {
    await cloud.close();
  }
  const wall = performance.now() - started;
  const report = JSON.parse(stdout);
  return { wall, errors: report.summary.errors, calls: report.summary.calls, fleetCalls: report.fleet?.calls ?? 0 };
}

/** `runs` runs of one cell of the grid: the median wall time and the last run's figures. */
async function measure(devices, rounds, runs) {
  const walls = [];
  let last;
  for (let index = 0; index < runs; index++) {
    last = await checkOnce(devices, rounds);
    walls.push(last.wall);
  }
  return {
    devices,
    rounds,
    wall: median(walls),
    min: Math.min(...walls),
    max: Math.max(...walls),
    errors: last.errors,
    fleetCalls: last.fleetCalls
  };
}

function render({ host, date, cells, baseline, runs }) {
  const goal = cells.find((cell) => cell.devices === GOAL.devices && cell.rounds === GOAL.rounds);
  const rows = [baseline, ...cells].map((cell) => [
    cell.devices === 1 ? '1 (no fleet: the baseline)' : String(cell.devices),
    cell.devices === 1 ? '—' : String(cell.rounds),
    ms(cell.wall),
    `${ms(cell.min)}–${ms(cell.max)}`,
    cell.devices === 1 ? '—' : String(cell.fleetCalls),
    cell.devices === 1 ? '1.00×' : `${(cell.wall / baseline.wall).toFixed(2)}×`,
    String(cell.errors)
  ]);
  // The marginal cost of a call: between two rows of the same devices, the extra time over the extra calls.
  const marginal = [];
  for (const cell of cells) {
    const shorter = cells.find((other) => other.devices === cell.devices && other.rounds < cell.rounds);
    if (shorter !== undefined && cell.fleetCalls > shorter.fleetCalls) {
      marginal.push(`${cell.devices} devices: ${ms((cell.wall - shorter.wall) / (cell.fleetCalls - shorter.fleetCalls))} ms`);
    }
  }
  const lines = [
    START,
    '## Fleet: many devices, one cloud (`bench/fleet.mjs`)',
    '',
    `What \`ohos-cloud-extension-check --devices <n> --rounds <r>\` costs on \`examples/vendor-extension\``,
    `against the example cloud (1 s lease, as \`npm run example\` runs it), seed ${SEED}, median of ${runs}`,
    'runs per row, measured by `node bench/fleet.mjs` against the single-device check in the same run.',
    `Goal: ${GOAL.devices} devices and ${GOAL.rounds} rounds in at most ${GOAL.seconds} s wall.`,
    '',
    table(['devices', 'rounds', 'wall (ms)', 'range (ms)', 'fleet calls', 'vs one device', 'errors'], rows),
    '',
    goal === undefined
      ? ''
      : `${GOAL.devices} devices × ${GOAL.rounds} rounds: **${(goal.wall / 1000).toFixed(2)} s** wall (goal ≤ ${GOAL.seconds} s: ${goal.wall <= GOAL.seconds * 1000 ? 'met' : 'missed'}).`,
    '',
    'How time grows: a fleet run is the single-device check, plus one lease (the fault that waits for',
    "a dead device's lease to lapse: 1 s here), plus starting a worker per device, plus the calls the",
    'devices make, one at a time, which grow with devices × rounds. Each further call costs about',
    `${marginal.length === 0 ? 'n/a (one row per device count)' : marginal.join(', ')} (the extra time over the extra calls`,
    'between the two rows of a device count): mostly the HTTP round trip to the cloud and the hop to',
    "the device's worker.",
    '',
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.system}, Node.js ${host.node}; ${date}.`,
    END
  ];
  return lines.join('\n');
}

async function main() {
  const flags = new Set(process.argv.slice(2));
  for (const flag of flags) {
    if (!['--quick', '--no-write'].includes(flag)) throw new Error(`unknown option ${flag}`);
  }
  const quick = flags.has('--quick');
  const write = !quick && !flags.has('--no-write');
  const runs = quick ? 1 : 3;
  const grid = quick
    ? [[3, 2]]
    : [
        [3, 20],
        [3, 50],
        [10, 20],
        [10, 50]
      ];
  const cpus = os.cpus();
  const host = {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    system: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version
  };
  progress('baseline: one device, no fleet');
  const baseline = await measure(1, 0, runs);
  const cells = [];
  for (const [devices, rounds] of grid) {
    progress(`${devices} devices, ${rounds} rounds`);
    cells.push(await measure(devices, rounds, runs));
  }
  const section = render({ host, date: new Date().toISOString().slice(0, 10), cells, baseline, runs });
  process.stdout.write(`${section}\n`);
  if (write) {
    await writeSection(join(repoRoot, 'docs', 'performance.md'), START, END, section);
    progress('wrote the fleet section of docs/performance.md');
  }
}

await main();
