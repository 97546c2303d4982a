// The sync contract, point by point, against the server through its HTTP API; then the same
// checks against servers with one SQL statement switched to a broken variant, each of which the
// check for its point must catch (a mutation check of the checks themselves).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, headerClock } from './contract.mjs';
import { DEFECTS, startCloudServer } from './server.mjs';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.mjs');

/** A server on a free port whose clock only moves when a check moves it. */
async function startWithFakeClock(defects = []) {
  let now = Date.UTC(2026, 0, 1);
  const server = await startCloudServer({ port: 0, defects, clock: () => now });
  return { server, env: { url: server.url, advanceClock: (ms) => (now += ms) } };
}

describe('the correct server keeps every point of the contract', () => {
  let started;
  before(async () => (started = await startWithFakeClock()));
  after(() => started.server.close());

  for (const check of CHECKS) {
    test(`${check.name} (${check.point})`, () => check.run(started.env));
  }
});

describe('the command-line server keeps the contract, its clock moved by x-test-now', () => {
  let child;
  let env;
  before(async () => {
    child = spawn(process.execPath, [SERVER, '--port', '0', '--test-clock'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (stdout += chunk));
    while (!stdout.includes('\n')) await once(child.stdout, 'data');
    env = headerClock(stdout.split('\n')[0]);
  });
  after(async () => {
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  for (const check of CHECKS) {
    test(check.name, () => check.run(env));
  }
});

describe('each broken statement is caught by the check of its point', () => {
  test('every defect is named by a check, and every check names a defect', () => {
    const caught = new Set(CHECKS.flatMap((check) => check.catches));
    assert.deepEqual([...caught].sort(), Object.keys(DEFECTS).sort());
    for (const check of CHECKS) assert.ok(check.catches.length > 0, check.name);
  });

  for (const [name, defect] of Object.entries(DEFECTS)) {
    test(`${name}: ${defect.why}`, async (t) => {
      const { server, env } = await startWithFakeClock([name]);
      try {
        const failed = [];
        for (const check of CHECKS) {
          try {
            await check.run(env);
          } catch (error) {
            failed.push({ check, error });
          }
        }
        const catching = CHECKS.filter((check) => check.catches.includes(name));
        for (const check of catching) {
          const failure = failed.find((f) => f.check === check);
          assert.ok(failure, `"${check.name}" passed against a server with ${name}`);
          t.diagnostic(`${check.name}: ${failure.error.message.split('\n')[0]}`);
        }
        t.diagnostic(`checks failed: ${failed.length} of ${CHECKS.length}`);
      } finally {
        await server.close();
      }
    });
  }
});
