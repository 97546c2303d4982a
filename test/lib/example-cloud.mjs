// The example cloud for tests that run the example extension (examples/vendor-extension): started
// as its own process (examples/cloud-server/server.mjs on 127.0.0.1, a free port), so that a test
// blocked in spawnSync still gets answers, and stopped by `close()` or when the test process exits.
//
//   const cloud = await startExampleCloud();
//   spawnSync(node, [cli, entry, ...cloud.moduleArgs], { env: { ...process.env, ...cloud.env } });
//   await check(entry, { modules: cloud.modules });   // in process: Object.assign(process.env, cloud.env) first
//   await cloud.close();
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_PROFILE_FAKE, CLOUD_URL_VARIABLE, EXAMPLE_ENTRY } from '../../examples/run-example.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverScript = path.join(root, 'examples', 'cloud-server', 'server.mjs');

/** The example's entry, absolute. */
export const EXAMPLE_ENTRY_FILE = path.join(root, EXAMPLE_ENTRY);
/** The fake of `BuildProfile` the example is run with, absolute. */
export const BUILD_PROFILE_FAKE_FILE = path.join(root, BUILD_PROFILE_FAKE);
export { CLOUD_URL_VARIABLE };

/**
 * Starts the example cloud in a child process.
 * @returns {Promise<{ url: string, env: Record<string, string>, modules: Record<string, string>,
 *   moduleArgs: string[], registerModules: string, close: () => Promise<void> }>} `env` sets the
 *   cloud's address for the fake; `modules` (the `modules` option of `connect`/`check`),
 *   `moduleArgs` (the check CLI's flags) and `registerModules` (`OHOS_HARNESS_MODULES`) map
 *   `BuildProfile` to the fake.
 */
export async function startExampleCloud() {
  const child = spawn(process.execPath, [serverScript, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  const url = await new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = /^(http:\/\/127\.0\.0\.1:\d+)\r?\n/.exec(out);
      if (line) resolve(line[1]);
    });
    child.once('exit', (code) => reject(new Error(`the example cloud exited (${code}) before it listened: ${err.trim()}`)));
  });
  child.stdout.resume();
  const mapping = `BuildProfile=${BUILD_PROFILE_FAKE_FILE}`;
  return {
    url,
    env: { [CLOUD_URL_VARIABLE]: url },
    modules: { BuildProfile: BUILD_PROFILE_FAKE_FILE },
    moduleArgs: ['--module', mapping],
    registerModules: mapping,
    close: () =>
      new Promise((resolve) => {
        process.off('exit', stop);
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        stop();
      })
  };
}
