#!/usr/bin/env node
// `npm run example`: starts the example cloud (examples/cloud-server) on a free port, checks the
// example extension (examples/vendor-extension) against it with the check CLI, as one device and
// then as a fleet of 3 devices (`--devices 3`), and stops the cloud. The extension reads the cloud's address from the generated `BuildProfile` module, which
// is mapped here to the test fake examples/vendor-extension/test/build-profile.ts; that fake
// reads the address from the environment variable EXAMPLE_CLOUD_URL.
//
//   node examples/run-example.mjs [check options...]     e.g. --json, --verbose, --timeout 2000
//
// Every argument goes to the check CLI as it is; its output and exit code are this command's.
// The cloud's address is printed on stderr, so `--json` output stays JSON.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCloudServer } from './cloud-server/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The check CLI as `npm run build:harness` leaves it. */
export const CHECK_CLI = path.join(root, 'harness', 'dist', 'cli', 'check-cli.js');
/** The example's entry, relative to the repository's root. */
export const EXAMPLE_ENTRY = 'examples/vendor-extension/service-extension.ts';
/** The test fake of DevEco's generated `BuildProfile`, relative to the repository's root. */
export const BUILD_PROFILE_FAKE = 'examples/vendor-extension/test/build-profile.ts';
/** The environment variable the fake reads the cloud's address from. */
export const CLOUD_URL_VARIABLE = 'EXAMPLE_CLOUD_URL';

/** Devices of the fleet the example is checked with, unless the caller gives `--devices`. */
export const EXAMPLE_DEVICES = 3;
/**
 * The example cloud's lease here, in seconds: short, so that the fleet's test of a lease lapsing
 * after its holder dies waits 1 s (a production cloud would grant tens of seconds).
 */
export const EXAMPLE_LEASE_SECONDS = 1;

/** The check CLI's arguments for the example: a fleet of 3 devices, then `extra` (the caller's own flags). */
export function checkArguments(extra = []) {
  const fleet = extra.some((argument) => argument === '--devices' || argument.startsWith('--devices='))
    ? []
    : ['--devices', String(EXAMPLE_DEVICES)];
  return [CHECK_CLI, EXAMPLE_ENTRY, '--module', `BuildProfile=${BUILD_PROFILE_FAKE}`, ...fleet, ...extra];
}

async function main(extra) {
  if (!existsSync(CHECK_CLI)) {
    process.stderr.write('example: the harness is not built yet; building it (npm run build:harness)\n');
    // Its output goes to stderr, so that `--json` output stays JSON.
    const build = spawnSync('npm', ['run', 'build:harness'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    if (build.status !== 0) {
      process.stderr.write('example: npm run build:harness failed\n');
      return 2;
    }
  }

  let server;
  try {
    server = await startCloudServer({ port: 0, leaseSeconds: EXAMPLE_LEASE_SECONDS });
  } catch (error) {
    process.stderr.write(`example: the example cloud did not start: ${error.message}\n`);
    return 2;
  }
  process.stderr.write(`example cloud: ${server.url}\n`);

  try {
    const child = spawn(process.execPath, checkArguments(extra), {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, [CLOUD_URL_VARIABLE]: server.url }
    });
    // Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
    const forward = (signal) => {
      if (child.exitCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const [code, signal] = await new Promise((resolve) => {
      child.on('error', (error) => {
        process.stderr.write(`example: the check did not start: ${error.message}\n`);
        resolve([2, null]);
      });
      child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    // A check ended by a signal reports it the shell's way: 128 + its number.
    return code ?? 128 + (signal === 'SIGINT' ? 2 : 15);
  } finally {
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
