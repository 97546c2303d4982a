// `npm run example` (examples/run-example.mjs): starts the example cloud on a free port, checks
// the example extension against it through the check CLI, forwards the CLI's output and exit code
// and extra arguments, and stops the cloud whatever happens.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'examples', 'run-example.mjs');

/** Runs the script with `args`; resolves its exit code, signal, stdout and stderr. */
function run(args, { onStderr } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      onStderr?.(stderr, child);
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Whether something still answers at `url`. */
function answers(url) {
  return new Promise((resolve) => {
    const request = http.get(`${url}/v1/service-info`, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

const CLOUD_LINE = /^example cloud: (http:\/\/127\.0\.0\.1:\d+)$/m;

test('checks the example against the example cloud with no error, passes --json through, and stops the cloud', async () => {
  const result = await run(['--json']);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.equal(report.summary.errors, 0, JSON.stringify(report.findings, null, 2));
  assert.ok(report.summary.calls >= 30, `calls: ${report.summary.calls}`);
  const url = CLOUD_LINE.exec(result.stderr)?.[1];
  assert.ok(url, `the cloud's address on stderr: ${result.stderr}`);
  assert.equal(await answers(url), false, 'the cloud is stopped');
});

test("forwards the check's exit code for bad arguments, and still stops the cloud", async () => {
  const result = await run(['--timeout', 'soon']);
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /timeout/);
  const url = CLOUD_LINE.exec(result.stderr)?.[1];
  assert.ok(url, result.stderr);
  assert.equal(await answers(url), false, 'the cloud is stopped');
});

test('stops the cloud on SIGINT', { skip: process.platform === 'win32' }, async () => {
  let sent = false;
  const result = await run(['--json'], {
    onStderr: (stderr, child) => {
      if (!sent && CLOUD_LINE.test(stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    }
  });
  const url = CLOUD_LINE.exec(result.stderr)?.[1];
  assert.ok(url, result.stderr);
  assert.notEqual(result.code, 0);
  assert.equal(await answers(url), false, 'the cloud is stopped');
});
