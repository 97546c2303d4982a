// Checks the package a user would install: its package.json promises (no dependencies, no
// install scripts, an explicit file list, no side effects), the exact contents of the tarball
// `npm pack` makes, and what the ecosystem's linters say about it: attw (how each module
// resolution sees each entry) and publint (every message level, none allowed).
//
// Both packages of the repository are checked: first the types package (the root), then the
// harness (the `harness/` workspace), which must also install and run from its tarball.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  childCpuSeconds,
  listTarball,
  makeTempDir,
  packRepo,
  publintTarball,
  removeTempDir,
  repoPackage,
  repoRoot,
  run
} from './lib/pack.mjs';
import { checkHarnessPackage } from './lib/harness-package.mjs';

const started = performance.now();
const results = [];
function check(name, pass, detail = '') {
  results.push({ name, pass: Boolean(pass) });
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}
const list = (items) => (items.length > 0 ? items.join(', ') : 'none');
const bin = (name) => join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

// --- package.json ------------------------------------------------------------------------------
console.log('package.json');
const pkg = repoPackage;
for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
  const value = pkg[field];
  const count = Array.isArray(value) ? value.length : Object.keys(value ?? {}).length;
  check(`no ${field}`, count === 0, count ? JSON.stringify(value) : '');
}
// Scripts npm runs when the package is installed (prepublish: on install too, in old npm).
const installScripts = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'].filter(
  (name) => pkg.scripts?.[name] !== undefined
);
check('no install scripts (preinstall, install, postinstall, prepare, prepublish)', installScripts.length === 0, list(installScripts));
check('explicit "files" list', Array.isArray(pkg.files) && pkg.files.length > 0, JSON.stringify(pkg.files));
check('"sideEffects": false', pkg.sideEffects === false);
check('"type" declared', pkg.type === 'commonjs' || pkg.type === 'module', String(pkg.type));
check('no "main"/"module"/"browser": the package has no JavaScript', !pkg.main && !pkg.module && !pkg.browser);

// --- tarball contents -------------------------------------------------------------------------
console.log('\ntarball');
const root = await makeTempDir('package');
const { tarball, npmFiles } = await packRepo(root);
const packed = await listTarball(tarball);

async function declarationsUnder(folder) {
  const entries = await readdir(join(repoRoot, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) =>
      relative(repoRoot, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/')
    );
}
const repoFiles = new Set((await readdir(repoRoot)).map((name) => name));
const expected = [
  'package.json',
  'README.md',
  ...['LICENSE', 'LICENCE', 'LICENSE.md'].filter((name) => repoFiles.has(name)),
  'index.d.ts',
  'index.d.mts',
  'core.d.ts',
  'core.d.mts',
  ...(await declarationsUnder('src'))
].sort();
const missing = expected.filter((file) => !packed.includes(file));
const unexpected = packed.filter((file) => !expected.includes(file));
console.log(`${packed.length} files in ${tarball.split(sep).pop()}`);
check('tarball holds every intended file', missing.length === 0, `missing ${list(missing)}`);
check('tarball holds nothing else', unexpected.length === 0, `unexpected ${list(unexpected)}`);
check(
  "tarball matches npm's own list of packed files",
  JSON.stringify([...npmFiles].sort()) === JSON.stringify(packed),
  `npm: ${npmFiles.length}, archive: ${packed.length}`
);
check('"types" is in the tarball', packed.includes(pkg.types.replace(/^\.\//, '')), pkg.types);

/** Every file target of `exports`, with the condition path that leads to it. */
function exportTargets(value, path = []) {
  if (typeof value === 'string') return [{ path, target: value }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, [...path, key]));
  }
  return [];
}
for (const { path, target } of exportTargets(pkg.exports)) {
  const file = target.replace(/^\.\//, '');
  if (file.includes('*')) {
    const pattern = new RegExp(
      `^${file
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')}$`
    );
    check(
      `exports ${path.join(' → ')} matches packed files`,
      packed.some((name) => pattern.test(name)),
      target
    );
  } else {
    check(`exports ${path.join(' → ')} is in the tarball`, packed.includes(file), target);
  }
}

// --- attw ---------------------------------------------------------------------------------------
// The ambient aliases import internal subpaths (`<package>/src/…`) through the `./src/*` export;
// attw cannot analyse a wildcard, so each subpath the package itself uses is checked by name.
const selfSpecifier = new RegExp(`['"]${pkg.name}/([^'"]+)['"]`, 'g');
const internalSubpaths = new Set();
for (const file of packed.filter((name) => name.endsWith('.d.ts') || name.endsWith('.d.mts'))) {
  const source = await readFile(join(repoRoot, file), 'utf8');
  for (const match of source.matchAll(selfSpecifier)) {
    if (!['core', 'package.json'].includes(match[1])) internalSubpaths.add(`./${match[1]}`);
  }
}
const entrypoints = ['.', './core', ...[...internalSubpaths].sort()];
const attwArgs = [tarball, '--entrypoints', ...entrypoints];
const [table, json] = await Promise.all([
  run(bin('attw'), [...attwArgs, '--format', 'table-flipped', '--no-color']),
  run(bin('attw'), [...attwArgs, '--format', 'json'])
]);
console.log(`\nattw (entrypoints: ${entrypoints.join(' ')})`);
console.log(table.stdout.trim() || table.stderr.trim());
const attw = JSON.parse(json.stdout);
const problems = Array.isArray(attw.problems) ? attw.problems : Object.values(attw.problems ?? {}).flat();
check('attw: no problems', problems.length === 0 && table.code === 0, problems.map((problem) => problem.kind).join(', '));

const resolutionKinds = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];
const expectedFile = {
  '.': { node10: 'index.d.ts', 'node16-cjs': 'index.d.ts', 'node16-esm': 'index.d.mts', bundler: 'index.d.mts' },
  './core': { node10: 'core.d.ts', 'node16-cjs': 'core.d.ts', 'node16-esm': 'core.d.mts', bundler: 'core.d.mts' }
};
for (const entrypoint of entrypoints) {
  for (const kind of resolutionKinds) {
    const resolution = attw.analysis.entrypoints[entrypoint]?.resolutions?.[kind];
    const fileName = resolution?.resolution?.fileName?.replace(`/node_modules/${pkg.name}/`, '') ?? null;
    const want = expectedFile[entrypoint]?.[kind] ?? `${entrypoint.slice(2)}.d.ts`;
    const visible = resolution?.visibleProblems?.length ?? 0;
    check(`attw: ${entrypoint} under ${kind} → ${want}`, fileName === want && visible === 0, fileName === want ? '' : String(fileName));
  }
}

// --- publint ------------------------------------------------------------------------------------
const lint = await publintTarball(tarball, 'publint');
check('publint: no errors, warnings or suggestions', lint.messages.length === 0 && lint.code === 0, `${lint.messages.length} messages`);

// The harness must not leak into the types package.
check('types tarball holds nothing of the harness', !packed.some((file) => file.startsWith('harness/')));

// --- the harness --------------------------------------------------------------------------------
await checkHarnessPackage({ check, root, typesTarball: tarball });

await removeTempDir(root);
const passed = results.filter((result) => result.pass).length;
const cpu = await childCpuSeconds();
console.log(
  `\nin ${((performance.now() - started) / 1000).toFixed(1)}s${cpu === null ? '' : ` (${cpu.toFixed(1)}s of CPU in child processes)`}`
);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
