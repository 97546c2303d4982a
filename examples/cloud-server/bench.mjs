// Measures the example cloud server: cold start of the command (spawn to the URL line, and to
// the first answered request) and the cost of the calls of a sync round.
//
//   node examples/cloud-server/bench.mjs [--starts N] [--rounds N]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { cloudDB } from './client.mjs';
import { startCloudServer } from './server.mjs';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.mjs');
const { values } = parseArgs({ options: { starts: { type: 'string', default: '5' }, rounds: { type: 'string', default: '60' } } });

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function coldStart() {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => (stdout += chunk));
  while (!stdout.includes('\n')) await once(child.stdout, 'data');
  const listening = performance.now() - started;
  const response = await fetch(`${stdout.split('\n')[0]}/v1/service-info`);
  await response.json();
  const answered = performance.now() - started;
  child.kill('SIGTERM');
  await once(child, 'exit');
  return { listening, answered };
}

/** One device's sync round with 3 local changes: pages, lock, pages, writes, unlock. */
async function round(db, state, index) {
  let calls = 0;
  const download = async () => {
    for (;;) {
      const page = await db.query('notes_cloud', ['title'], 10, state.cursor);
      calls++;
      state.cursor = page.value.nextCursor;
      if (!page.value.hasMore) return;
    }
  };
  await download();
  const lock = await db.lock();
  calls++;
  if (lock.code !== 0) return calls;
  await db.heartbeat(lock.value.lockId);
  await download();
  const ids = await db.generateId(2);
  const now = Date.now();
  await db.insert(
    'notes_cloud',
    [{ title: `a${index}` }, { title: `b${index}` }],
    ids.value.map((id) => ({ id, operation: 0, createTime: now, modifyTime: now }))
  );
  if (state.mine.length > 0) {
    await db.update('notes_cloud', [{ title: `c${index}` }], [{ id: state.mine[0], operation: 1, createTime: now, modifyTime: now + 1 }]);
  }
  state.mine.push(...ids.value);
  await db.unlock(lock.value.lockId);
  return calls + 6;
}

const starts = [];
for (let i = 0; i < Number(values.starts); i++) starts.push(await coldStart());
console.log(
  `cold start (median of ${starts.length}): URL printed after ${median(starts.map((s) => s.listening)).toFixed(0)} ms, ` +
    `first request answered after ${median(starts.map((s) => s.answered)).toFixed(0)} ms`
);

const server = await startCloudServer({ port: 0 });
const devices = ['a', 'b', 'c'].map((device) => ({
  db: cloudDB(server.url, { app: 'com.example.notes', db: 'notes_cloud_db', device }),
  state: { cursor: '', mine: [] }
}));
const rounds = Number(values.rounds);
let calls = 0;
const began = performance.now();
for (let i = 0; i < rounds; i++) {
  for (const device of devices) calls += await round(device.db, device.state, i);
}
const took = performance.now() - began;
await server.close();
console.log(
  `${rounds} rounds x ${devices.length} devices: ${calls} calls in ${took.toFixed(0)} ms, ${((took / calls) * 1000).toFixed(0)} µs a call`
);
