// Shared helpers for the checks that look at the package the way a user gets it: pack the
// repository with npm, install the tarball into a throw-away consumer project, run compilers on it.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The repository root (this file lives in `scripts/lib/`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The repository's package.json, parsed. */
export const repoPackage = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs a command without a shell and collects its output.
 *
 * @returns `{ code, stdout, stderr, ms }`; never rejects for a non-zero exit.
 */
export function run(command, args, { cwd = repoRoot, env } = {}) {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32' && command === npm
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: performance.now() - started })
    );
  });
}

/** Runs a command and throws with its output if it fails. */
export async function runOrThrow(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Makes a fresh directory under the system temp dir, outside any node_modules lookup of the repo. */
export function makeTempDir(label) {
  return mkdtemp(join(tmpdir(), `${repoPackage.name}-${label}-`));
}

/** Removes a temp dir made by {@link makeTempDir}, unless `KEEP_TEMP` is set (for debugging). */
export async function removeTempDir(dir) {
  if (process.env.KEEP_TEMP) {
    console.log(`(kept ${dir})`);
    return;
  }
  await rm(dir, { recursive: true, force: true });
}

/**
 * Packs the repository (or the package in `packageDir`, such as a workspace) with `npm pack`, as
 * `npm publish` would, running its `prepack` script.
 *
 * @returns The absolute tarball path and npm's own list of the packed files.
 */
export async function packRepo(destination, packageDir = repoRoot) {
  await mkdir(destination, { recursive: true });
  const { stdout } = await runOrThrow(npm, ['pack', '--json', '--pack-destination', destination], { cwd: packageDir });
  // Output of lifecycle scripts (prepack) may precede the JSON.
  const [info] = JSON.parse(stdout.slice(stdout.search(/^\[/m)));
  return { tarball: join(destination, info.filename), npmFiles: info.files.map((file) => file.path) };
}

/**
 * Lists the regular files inside a `.tgz` made by `npm pack`, read from the archive itself,
 * without the `package/` prefix, sorted.
 */
export async function listTarball(tarball) {
  const archive = gunzipSync(await readFile(tarball));
  const files = [];
  let longName = null;
  for (let offset = 0; offset + 512 <= archive.length;) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    const body = archive.subarray(offset + 512, offset + 512 + size);
    const prefix = text(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    longName = null;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
    } else if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (path) longName = path[1];
    } else if (type === '0') {
      files.push(name.replace(/^package\//, ''));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files.sort();
}

/**
 * Creates a consumer project in `dir` and installs the tarball (or several) into it with
 * `npm install <tarball>…` (offline: the packages have no dependencies).
 */
export async function installIntoConsumer(dir, tarball, packageJson = {}) {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, ...packageJson }, null, 2)}\n`
  );
  await runOrThrow(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', ...[tarball].flat()], {
    cwd: dir
  });
}

/** Packs the repository and installs it into a new consumer project in a temp dir. */
export async function packAndInstall(label, packageJson) {
  const root = await makeTempDir(label);
  const { tarball, npmFiles } = await packRepo(join(root, 'pack'));
  const consumer = join(root, 'consumer');
  await installIntoConsumer(consumer, tarball, packageJson);
  return { root, tarball, npmFiles, consumer };
}

/**
 * The TypeScript compilers installed as devDependencies, by folder under `node_modules`, with the
 * module resolutions each supports and what they need to accept them.
 */
export const compilers = [
  { label: 'tsc 4.9.5', dir: 'typescript-4.9', version: '4.9.5', bundler: false, node10: 'plain' },
  { label: 'ohos-tsc 4.9.5-r9', dir: 'ohos-typescript', version: '4.9.5-r9', bundler: false, node10: 'plain' },
  { label: 'tsc 5.0.4', dir: 'typescript-5.0', version: '5.0.4', bundler: true, node10: 'plain' },
  { label: 'tsc 5.9.3', dir: 'typescript-5.9', version: '5.9.3', bundler: true, node10: 'plain' },
  { label: 'tsc 6.0.3', dir: 'typescript', version: '6.0.3', bundler: true, node10: 'deprecated' },
  { label: 'tsc 7.0.2', dir: 'typescript-7.0', version: '7.0.2', bundler: true, node10: 'removed' }
];

/** Looks a compiler up by folder name. */
export function compiler(dir) {
  const found = compilers.find((entry) => entry.dir === dir);
  if (!found) throw new Error(`unknown compiler ${dir}`);
  return found;
}

/** Fails unless the compiler installed under `node_modules/<dir>` is the version the checks expect. */
export async function assertCompilerVersion({ dir, version }) {
  const installed = JSON.parse(await readFile(join(repoRoot, 'node_modules', dir, 'package.json'), 'utf8')).version;
  if (installed !== version) {
    throw new Error(`node_modules/${dir} is TypeScript ${installed}, expected ${version}: run npm ci`);
  }
}

/** Runs `tsc -p <project>` of the given compiler with plain (machine-readable) diagnostics. */
export async function runTsc({ dir }, project, extraArgs = []) {
  const bin = join(repoRoot, 'node_modules', dir, 'bin', 'tsc');
  const result = await run(process.execPath, [bin, '-p', project, '--pretty', 'false', ...extraArgs], {
    cwd: dirname(project)
  });
  const output = `${result.stdout}${result.stderr}`;
  return { ...result, output, diagnostics: parseDiagnostics(output) };
}

/**
 * Type-checks several projects with one `tsc --build --force --verbose` of the given compiler (the
 * default libraries are then parsed once), and sorts the output by the project whose "Building
 * project" line it follows: `byProject` maps each project's file name to `{ diagnostics, lines }`;
 * output before the first such line is kept under `null`. `built` lists the projects tsc built.
 */
export async function runTscBuild({ dir }, projects, cwd) {
  const bin = join(repoRoot, 'node_modules', dir, 'bin', 'tsc');
  const args = [bin, '--build', '--force', '--verbose', '--pretty', 'false', ...projects];
  const result = await run(process.execPath, args, { cwd });
  const output = `${result.stdout}${result.stderr}`;
  const byProject = new Map();
  const section = (name) => {
    if (!byProject.has(name)) byProject.set(name, { diagnostics: [], lines: [] });
    return byProject.get(name);
  };
  section(null);
  for (const project of projects) section(basename(project));
  const built = [];
  let current = null;
  let inDiagnostic = false;
  for (const line of output.split(/\r?\n/)) {
    const building = /Building project '(.+)'\.\.\.\s*$/.exec(line);
    if (building) {
      current = basename(building[1]);
      built.push(current);
      section(current);
      inDiagnostic = false;
      continue;
    }
    const diagnostics = parseDiagnostics(line);
    section(current).diagnostics.push(...diagnostics);
    // Keep diagnostics and their indented continuation lines, not tsc's progress messages.
    inDiagnostic = diagnostics.length > 0 || (inDiagnostic && /^\s+\S/.test(line));
    if (inDiagnostic) section(current).lines.push(line);
  }
  return { ...result, output, byProject, built };
}

/**
 * Reads `file(line,col): error TSnnnn: message` lines (and global `error TSnnnn:` lines) out of
 * compiler output.
 */
export function parseDiagnostics(output) {
  const diagnostics = [];
  for (const line of output.split(/\r?\n/)) {
    const located = /^(.+?)\((\d+),(\d+)\): error TS(\d+): (.*)$/.exec(line);
    if (located) {
      diagnostics.push({ file: located[1], line: Number(located[2]), code: Number(located[4]), message: located[5] });
      continue;
    }
    const global = /^error TS(\d+): (.*)$/.exec(line.trim());
    if (global) diagnostics.push({ file: null, line: 0, code: Number(global[1]), message: global[2] });
  }
  return diagnostics;
}

/**
 * CPU seconds used so far by this process's finished children (Linux only, else null): a
 * measure of the work done that, unlike wall time, does not grow on a busy machine.
 */
export async function childCpuSeconds() {
  try {
    const stat = await readFile('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), counted from field 3 here; in clock ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Runs async tasks with at most `limit` at a time, keeping the results in order. */
export async function runPool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * Runs publint on a tarball twice, as its CLI and as its API (which gives each message with its
 * level), at every level and in strict mode; prints both. Resolves the CLI's exit code and the
 * messages, formatted.
 */
export async function publintTarball(tarball, heading) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const cli = await run(join(repoRoot, 'node_modules', '.bin', 'publint'), ['run', tarball, '--level', 'suggestion', '--strict']);
  console.log(`\n${heading}`);
  console.log(cli.stdout.trim());
  if (cli.stderr.trim()) console.log(cli.stderr.trim());
  const bytes = await readFile(tarball);
  const result = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true
  });
  const messages = result.messages.map((message) => `${message.type}: ${formatMessage(message, result.pkg, { color: false })}`);
  for (const message of messages) console.log(`  ${message}`);
  return { code: cli.code, messages };
}
