// The browser the docs-site test drives: the headless Chromium that the dev dependency
// @sparticuz/chromium ships inside its npm package (brotli-compressed), so `npm ci` brings it like
// every other tool and nothing is downloaded or installed from elsewhere. Playwright-core drives it.
//
// The package inflates the binary on first use into `<os.tmpdir()>/chromium` and from then on reuses
// whatever file is there, whichever version wrote it. To get exactly the version in package.json,
// it is inflated here into a folder named after that version under `.tmp/`, first into a
// scratch folder that is renamed once complete, so an interrupted run never leaves half a binary.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE = '@sparticuz/chromium';
const REMEDY = `Run \`npm ci\` in ${root} (it installs ${PACKAGE}, a dev dependency that ships the browser).`;

/** Why the browser cannot be had, with what to do about it. */
export class BrowserUnavailableError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'BrowserUnavailableError';
  }
}

/** The installed package's version, or a BrowserUnavailableError saying how to install it. */
function installedVersion() {
  // Its exports map hides package.json from require.resolve: read it where npm puts it.
  const manifest = path.join(root, 'node_modules', ...PACKAGE.split('/'), 'package.json');
  if (!existsSync(manifest)) {
    throw new BrowserUnavailableError(`${PACKAGE} is not installed, so there is no browser for this test. ${REMEDY}`);
  }
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** Removes the scratch folders of runs that were stopped while inflating (their process is gone). */
function removeAbandonedScratch(dir) {
  const prefix = `${path.basename(dir)}.partial-`;
  if (!existsSync(path.dirname(dir))) return;
  for (const name of readdirSync(path.dirname(dir))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch (error) {
      alive = error.code === 'EPERM';
    }
    if (!alive) rmSync(path.join(path.dirname(dir), name), { recursive: true, force: true });
  }
}

/**
 * Inflates the shipped Chromium (once per version) and returns its path and the flags it needs.
 * Throws a BrowserUnavailableError that says what to do when it cannot.
 * @param {{ dir?: string }} [options] where to inflate it (by default `.tmp/chromium-<version>`)
 * @returns {Promise<{ executablePath: string, args: string[], version: string, extractMs: number }>}
 */
export async function shippedChromium(options = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new BrowserUnavailableError(
      `${PACKAGE} ships a Chromium for Linux x64 only, and this is ${process.platform} ${process.arch}: ` +
        'run the docs-site test on Linux x64 (as CI does), for example in a Linux x64 container.'
    );
  }
  const version = installedVersion();
  let chromium;
  try {
    chromium = (await import(PACKAGE)).default;
  } catch (error) {
    throw new BrowserUnavailableError(`${PACKAGE}@${version} could not be loaded: ${error.message}. ${REMEDY}`, {
      cause: error
    });
  }
  const dir = options.dir ?? path.join(root, '.tmp', `chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  const started = Date.now();
  if (!existsSync(executablePath)) {
    removeAbandonedScratch(dir);
    const scratch = `${dir}.partial-${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    // The package writes where os.tmpdir() points, which follows TMPDIR at the time of the call.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      const inflated = await chromium.executablePath();
      if (inflated !== path.join(scratch, 'chromium')) {
        throw new Error(`it inflated to ${inflated}, not into ${scratch}`);
      }
      // A folder without the binary is a leftover of an older layout: replace it.
      if (!existsSync(executablePath)) rmSync(dir, { recursive: true, force: true });
      try {
        renameSync(scratch, dir);
      } catch (error) {
        // Another test process inflated the same version at the same time and won: use theirs.
        if (!existsSync(executablePath)) throw error;
        rmSync(scratch, { recursive: true, force: true });
      }
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      throw new BrowserUnavailableError(
        `${PACKAGE}@${version} could not inflate its Chromium into ${dir}: ${error.message}. ` +
          `Check the free space there, then ${REMEDY.charAt(0).toLowerCase()}${REMEDY.slice(1)}`,
        { cause: error }
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  }
  return { executablePath, args: chromium.args, version, extractMs: Date.now() - started };
}

/**
 * Launches the shipped Chromium, headless, with playwright-core.
 * @param {import('playwright-core').BrowserType} browserType playwright-core's `chromium`
 * @param {{ dir?: string }} [options] as for shippedChromium
 */
export async function launchShippedChromium(browserType, options = {}) {
  const shipped = await shippedChromium(options);
  try {
    const browser = await browserType.launch({
      executablePath: shipped.executablePath,
      args: shipped.args,
      headless: true,
      timeout: 60_000
    });
    return { browser, ...shipped };
  } catch (error) {
    // What to do comes first: playwright's launch log that follows can be long.
    const dir = path.dirname(shipped.executablePath);
    throw new BrowserUnavailableError(
      `The Chromium that ${PACKAGE}@${shipped.version} ships (${shipped.executablePath}) did not start. ` +
        `Delete ${dir} so that it is inflated again, and ${REMEDY.charAt(0).toLowerCase()}${REMEDY.slice(1)} ` +
        `If it still fails, \`ldd ${shipped.executablePath}\` names the shared libraries this machine lacks.\n` +
        `Cause: ${error.message}`,
      { cause: error }
    );
  }
}
