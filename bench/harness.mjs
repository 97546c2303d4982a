// node bench/harness.mjs: what the harness costs at run time. Measures, in one run and against a
// baseline measured in the same run:
//   1. rows per second through the wire round trip (the system writes an insert of N rows, the
//      CloudDB stub decodes them, an echoing vendor returns them, the stub encodes the results and
//      the system decodes them) against JSON.stringify + JSON.parse of the same rows, there and back;
//   2. the largest query page that fits the 200 KiB reply limit: its time, and the peak memory
//      (resident set) of one query of it, each in a fresh process against one that does everything
//      but the query;
//   3. the wall time of a full check of examples/vendor-extension through the CLI, and the check's
//      own elapsed time.
// Prints a Markdown section and writes it into docs/performance.md between its markers (appended
// the first time), leaving the other sections alone.
//
//   node bench/harness.mjs [--quick] [--no-write]
//     --quick     fewer rows and runs (checks that the bench works; not figures); implies --no-write
//     --no-write  print only
//
// Needs the harness built (npm run build -w ohos-cloud-extension-harness).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startCloudServer } from '../examples/cloud-server/server.mjs';
import { BUILD_PROFILE_FAKE, CLOUD_URL_VARIABLE } from '../examples/run-example.mjs';
import { table, writeSection } from './lib/report.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(here), '..');
const harnessRoot = join(repoRoot, 'harness');

const START = '<!-- harness-bench:start -->';
const END = '<!-- harness-bench:end -->';
/** Rows per insert: the sync engine's default upload batch (kv_store cloud_db_constant.h:87-92). */
const BATCH_ROWS = 30;
/** Goal: the wire round trip at least half as fast as the JSON round trip. */
const GOAL = 0.5;

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** mulberry32: a seeded PRNG giving floats in [0, 1), so every run measures the same rows. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rows shaped like a notes app's table: a gid, two texts (one non-ASCII), an integer, a real, a
 * boolean, a 32-byte blob and an asset. Eight columns, about 0.7 KiB each on the wire.
 */
function makeRows(count, seed = 1) {
  const random = prng(seed);
  const word = (length) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyzé中 '[Math.floor(random() * 29)]).join('');
  const rows = [];
  for (let index = 0; index < count; index++) {
    rows.push({
      id: `gid-${String(index).padStart(8, '0')}`,
      title: word(24),
      body: word(80),
      count: Math.floor(random() * 1e6),
      price: Math.floor(random() * 1e5) / 100 + 0.01,
      done: random() < 0.5,
      thumb: Uint8Array.from({ length: 32 }, () => Math.floor(random() * 256)),
      photo: {
        name: `${word(8)}.jpg`,
        uri: `https://cloud.example/${word(12)}`,
        path: `/data/storage/${word(12)}.jpg`,
        createTime: '1700000000000',
        modifyTime: '1700000001000',
        size: String(Math.floor(random() * 1e6)),
        status: 1,
        assetId: word(16),
        hash: word(32)
      }
    });
  }
  return rows;
}

/** A CloudService whose CloudDB echoes inserts and serves `state.page` to every query. */
function echoService(cloudExtension) {
  const state = { page: [] };
  const cloudDb = {
    async insert(table, values) {
      return values.map((value) => ({ code: 0, value }));
    },
    async query() {
      return { code: 0, value: { nextCursor: '', hasMore: false, values: state.page } };
    }
  };
  return {
    state,
    service: {
      connectDB() {
        return cloudExtension.createCloudDBStub(cloudDb);
      }
    }
  };
}

async function openDatabase() {
  const { connect } = require('ohos-cloud-extension-harness');
  const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
  const { service, state } = echoService(cloudExtension);
  const system = await connect(service, { timeoutMs: 60_000 });
  const reply = await system.connectDB('com.example.notes', { name: 'notes', alias: 'notes', tables: [] });
  if (!reply.ok) throw new Error(`connectDB failed: ${reply.failure.message}`);
  return { db: reply.value, state };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** 1. Rows per second: the wire round trip against JSON there and back, alternating runs. */
async function measureThroughput(db, rowCount, runs) {
  const rows = makeRows(rowCount);
  const batches = [];
  for (let start = 0; start < rows.length; start += BATCH_ROWS) batches.push(rows.slice(start, start + BATCH_ROWS));

  const wire = async () => {
    const started = performance.now();
    for (const batch of batches) {
      const reply = await db.insert('note', batch, []);
      if (!reply.ok || reply.value.length !== batch.length) throw new Error(`insert failed: ${reply.ok ? 'short' : reply.failure.message}`);
    }
    return performance.now() - started;
  };
  // The same rows sent and echoed with JSON: the request there, the results back.
  const json = async () => {
    const started = performance.now();
    for (const batch of batches) {
      const received = JSON.parse(JSON.stringify(batch));
      const results = JSON.parse(JSON.stringify(received.map((value) => ({ code: 0, value }))));
      if (results.length !== batch.length) throw new Error('json round trip lost rows');
    }
    return performance.now() - started;
  };
  // One leg only, for reference: stringify + parse of the rows once.
  const jsonOneLeg = async () => {
    const started = performance.now();
    for (const batch of batches) JSON.parse(JSON.stringify(batch));
    return performance.now() - started;
  };

  await wire();
  await json();
  await jsonOneLeg();
  const times = { wire: [], json: [], jsonOneLeg: [] };
  for (let index = 0; index < runs; index++) {
    times.wire.push(await wire());
    times.json.push(await json());
    times.jsonOneLeg.push(await jsonOneLeg());
  }
  const perSecond = (ms) => (rowCount * 1000) / ms;
  // Each run's wire time against the JSON time measured right after it: the ratio of rates.
  const ratios = times.wire.map((ms, index) => times.json[index] / ms);
  const replyBytes = (await db.insert('note', batches[0], [])).transaction.reply.length;
  return {
    rowCount,
    runs,
    batches: batches.length,
    bytesPerBatchReply: replyBytes,
    ratio: { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
    wire: { ms: median(times.wire), rowsPerSecond: perSecond(median(times.wire)) },
    json: { ms: median(times.json), rowsPerSecond: perSecond(median(times.json)) },
    jsonOneLeg: { ms: median(times.jsonOneLeg), rowsPerSecond: perSecond(median(times.jsonOneLeg)) }
  };
}

/** 2a. The largest page (in rows of {@link makeRows}) whose query reply fits, by bisection. */
async function largestPage(db, state) {
  const rows = makeRows(4096, 2);
  const fits = async (count) => {
    state.page = rows.slice(0, count);
    const reply = await db.query('note', [], count, '');
    return reply.ok && reply.value.code === 0 && reply.value.value.values.length === count ? reply : undefined;
  };
  let low = 1;
  let high = rows.length;
  if (!(await fits(low))) throw new Error('a one-row page does not fit');
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (await fits(middle)) low = middle;
    else high = middle - 1;
  }
  const reply = await fits(low);
  const overflow =
    state.page.length < rows.length
      ? await (async () => {
          state.page = rows.slice(0, low + 1);
          return db.query('note', [], low + 1, '');
        })()
      : undefined;
  return { rows: low, replyBytes: reply.transaction.reply.length, overflow };
}

/** 2b. Time of a query of `count` rows: median of `runs` after a warm-up. */
async function pageTime(db, state, count, runs) {
  state.page = makeRows(4096, 2).slice(0, count);
  await db.query('note', [], count, '');
  const times = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    const reply = await db.query('note', [], count, '');
    times.push(performance.now() - started);
    if (!reply.ok) throw new Error(`query failed: ${reply.failure.message}`);
  }
  return median(times);
}

/** 2c, in a child process: set everything up, then query the page or not, and report the peak RSS. */
async function pageMemoryChild(count, mode) {
  const { db, state } = await openDatabase();
  state.page = makeRows(4096, 2).slice(0, count);
  // Warm the code paths on a one-row page in both modes, so only the page's own cost differs.
  const one = state.page;
  state.page = one.slice(0, 1);
  await db.query('note', [], 1, '');
  state.page = one;
  if (mode === 'query') {
    const reply = await db.query('note', [], count, '');
    if (!reply.ok) throw new Error(`query failed: ${reply.failure.message}`);
  }
  process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
}

async function pageMemory(count, repeats) {
  const sample = async (mode) => {
    const { stdout } = await run(process.execPath, [here, '--page-memory-child', String(count), mode], { cwd: repoRoot });
    return JSON.parse(stdout).maxRssKiB;
  };
  const baseline = [];
  const query = [];
  for (let index = 0; index < repeats; index++) {
    baseline.push(await sample('baseline'));
    query.push(await sample('query'));
  }
  return { baselineKiB: median(baseline), queryKiB: median(query) };
}

/** 3. A full check of the example extension, through the CLI as a user runs it. */
async function measureCheck(runs) {
  const cli = join(harnessRoot, 'dist', 'cli', 'check-cli.js');
  const entry = join(repoRoot, 'examples', 'vendor-extension', 'service-extension.ts');
  try {
    await readFile(cli);
  } catch {
    return { skipped: 'the check CLI is not built' };
  }
  const walls = [];
  const elapsed = [];
  let last;
  // The example forwards every call to the example cloud: one cloud for all runs, as `npm run example` starts it.
  const cloud = await startCloudServer({ port: 0 });
  const env = { ...process.env, [CLOUD_URL_VARIABLE]: cloud.url };
  const args = [cli, entry, '--json', '--module', `BuildProfile=${BUILD_PROFILE_FAKE}`];
  try {
    for (let index = 0; index < runs + 1; index++) {
      const started = performance.now();
      let stdout;
      try {
        ({ stdout } = await run(process.execPath, args, { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 }));
      } catch (error) {
        // Exit status 1 means findings; the JSON report is still on stdout.
        if (typeof error.stdout !== 'string' || error.stdout === '')
          return { skipped: `the check did not run: ${String(error.message).split('\n')[0]}` };
        stdout = error.stdout;
      }
      const wall = performance.now() - started;
      last = JSON.parse(stdout);
      const summary = last.summary ?? last;
      if (index > 0) {
        walls.push(wall);
        elapsed.push(summary.elapsedMs);
      }
    }
  } finally {
    await cloud.close();
  }
  const findings = Array.isArray(last.findings) ? last.findings : [];
  return {
    wallMs: median(walls),
    checkMs: median(elapsed),
    calls: (last.summary ?? last).calls,
    findings: findings.length,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    runs
  };
}

function fixed(value, digits = 0) {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function render(data) {
  const t = data.throughput;
  const ratioValue = t.ratio.median;
  const lines = [
    START,
    '## Harness: the wire at run time (`bench/harness.mjs`)',
    '',
    "What the harness itself costs when a vendor runs it: the system side and the device's stubs",
    'encoding and decoding every value as the device does. Measured by `node bench/harness.mjs` (run by',
    '`npm run bench` after the sections above), each figure against a baseline from the same run.',
    '',
    `- Machine: ${data.host.cpu}, ${data.host.cores} cores; ${data.host.system}; Node ${data.host.node}`,
    `- Date: ${data.date}; this section took ${fixed(data.elapsedMs / 1000, 1)} s`,
    "- Rows: eight columns like a notes app's table (gid, two texts, an integer, a real, a boolean, a",
    '  32-byte blob, an asset), generated from a fixed seed.',
    '',
    '### Round trip: rows per second',
    '',
    `Insert of ${fixed(t.rowCount)} rows in batches of ${BATCH_ROWS} (the sync engine\'s default batch), every row echoed`,
    'back by the vendor as its result: the system writes the request, the stub decodes it, calls the',
    'vendor, encodes the results, and the system decodes them. Baseline: the same rows through',
    '`JSON.stringify` + `JSON.parse` there and back (request, then results; JSON writes the blob as an',
    'object with one key per byte, which is part of its cost). Median of',
    `${t.runs} alternating runs after a warm-up; the ratio is the median of each run's ratio to the JSON run`,
    `right after it (range over the runs: ${t.ratio.min.toFixed(2)}× to ${t.ratio.max.toFixed(2)}×).`,
    '',
    table(
      ['Path', 'Time (ms)', 'Rows per second', 'Ratio to JSON there and back'],
      [
        ['wire round trip (system + stub)', fixed(t.wire.ms, 1), fixed(t.wire.rowsPerSecond), `**${ratioValue.toFixed(2)}×**`],
        ['JSON there and back (baseline)', fixed(t.json.ms, 1), fixed(t.json.rowsPerSecond), '1.00×'],
        [
          'JSON one way (reference)',
          fixed(t.jsonOneLeg.ms, 1),
          fixed(t.jsonOneLeg.rowsPerSecond),
          `${(t.jsonOneLeg.rowsPerSecond / t.json.rowsPerSecond).toFixed(2)}×`
        ]
      ],
      ['l', 'r', 'r', 'r']
    ),
    '',
    `Goal: the wire round trip at least ${GOAL.toFixed(1)}× the JSON round trip's rate: **${ratioValue >= GOAL ? 'met' : 'missed'}** (${ratioValue.toFixed(2)}×).`,
    `One reply of ${BATCH_ROWS} rows is ${fixed(t.bytesPerBatchReply)} bytes.`,
    '',
    '### The largest query page',
    '',
    "The most rows of this shape one Query reply holds before the stub's reply passes the 200 KiB",
    'write ceiling (found by bisection; one row more and the reply fails), the time of one such',
    'query (median of several after a warm-up), and the peak resident memory of a process that makes',
    'it, against a process that does the same set-up and a one-row query but not the page (median of',
    `${data.memoryRepeats} fresh processes each).`,
    '',
    table(
      ['Rows', 'Reply size', 'One row more', 'Query time (ms)', 'Peak RSS with the page', 'Without', 'Difference'],
      [
        [
          fixed(data.page.rows),
          `${fixed(data.page.replyBytes)} bytes`,
          data.page.overflow === undefined ? 'n/a' : data.page.overflow.ok ? 'fits (limit not reached)' : data.page.overflow.failure.kind,
          fixed(data.pageMs, 1),
          `${fixed(data.memory.queryKiB / 1024, 1)} MiB`,
          `${fixed(data.memory.baselineKiB / 1024, 1)} MiB`,
          `${fixed((data.memory.queryKiB - data.memory.baselineKiB) / 1024, 1)} MiB`
        ]
      ],
      ['r', 'r', 'l', 'r', 'r', 'r', 'r']
    ),
    '',
    '### A full check of the example extension',
    ''
  ];
  if (data.check.skipped !== undefined) {
    lines.push(`Not measured: ${data.check.skipped}.`);
  } else {
    lines.push(
      '`ohos-cloud-extension-check examples/vendor-extension/service-extension.ts --json --module BuildProfile=…`, as',
      "`npm run example` runs it, against the example cloud in the bench's process (wall time includes starting Node",
      `and transpiling the entry; every call of the example goes over HTTP); median of ${data.check.runs} runs after a warm-up.`,
      '',
      table(
        ['Wall time (ms)', 'Of which the check (ms)', 'Calls', 'Findings (errors)'],
        [[fixed(data.check.wallMs), fixed(data.check.checkMs), String(data.check.calls), `${data.check.findings} (${data.check.errors})`]],
        ['r', 'r', 'r', 'r']
      )
    );
  }
  lines.push(END);
  return lines.join('\n');
}

async function main() {
  const flags = new Set(process.argv.slice(2));
  for (const flag of flags) {
    if (!['--quick', '--no-write'].includes(flag)) throw new Error(`unknown option ${flag}`);
  }
  const quick = flags.has('--quick');
  const write = !quick && !flags.has('--no-write');
  const started = performance.now();
  const cpus = os.cpus();
  const host = {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    system: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version
  };

  const { db, state } = await openDatabase();
  progress('round trip: wire against JSON');
  const throughput = await measureThroughput(db, quick ? 600 : 30_000, quick ? 1 : 9);
  progress('largest query page');
  const page = await largestPage(db, state);
  const pageMs = await pageTime(db, state, page.rows, quick ? 2 : 15);
  const memoryRepeats = quick ? 1 : 3;
  const memory = await pageMemory(page.rows, memoryRepeats);
  progress('full check of examples/vendor-extension');
  const check = await measureCheck(quick ? 1 : 5);

  const section = render({
    host,
    date: new Date().toISOString().slice(0, 10),
    elapsedMs: performance.now() - started,
    throughput,
    page,
    pageMs,
    memory,
    memoryRepeats,
    check
  });
  process.stdout.write(`${section}\n`);
  if (write) {
    await writeSection(join(repoRoot, 'docs', 'performance.md'), START, END, section);
    progress('wrote the harness section of docs/performance.md');
  } else {
    progress('docs/performance.md left unchanged');
  }
}

if (process.argv[2] === '--page-memory-child') {
  await pageMemoryChild(Number(process.argv[3]), process.argv[4]);
} else {
  await main();
}
