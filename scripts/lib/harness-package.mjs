// The package checks for the harness (`harness/`, published as ohos-cloud-extension-harness):
// its package.json promises (no runtime dependencies, only optional peers, no install scripts, an
// explicit file list), the exact contents of the tarball `npm pack` makes (its `prepack` compiles
// dist/), what attw and publint say about it, and a smoke test of the installed tarball: its
// commands answer `--help`, the lint passes a DevEco-shaped project as it is, every entry loads
// with `require` and with `import`, and a vendor's TypeScript unit test runs with
// `node --import ohos-cloud-extension-harness/register --test`.
import { spawnSync } from 'node:child_process';
import { cp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { installIntoConsumer, listTarball, packRepo, publintTarball, repoRoot, run } from './pack.mjs';
import { checkStringCutFromTarball } from './string-cut-probe.mjs';

const bin = (name) => join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const list = (items) => (items.length > 0 ? items.join(', ') : 'none');
/** The longest a smoke-test command may take before it counts as hung. */
const COMMAND_TIMEOUT_MS = 60_000;

/** Runs a command with a time limit; a hang or a crash is a result, never an exception. */
function runBounded(command, args, cwd, env = {}) {
  const childEnv = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', ...env };
  // A variable given as undefined is removed.
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: COMMAND_TIMEOUT_MS,
    env: childEnv,
    shell: process.platform === 'win32'
  });
  const timedOut = result.error?.code === 'ETIMEDOUT';
  return {
    code: timedOut ? 'timeout' : (result.status ?? 1),
    stdout: result.stdout ?? '',
    stderr: `${result.stderr ?? ''}${result.error && !timedOut ? String(result.error) : ''}`
  };
}

/**
 * The files the build puts into dist/ for the sources in src/: what `tsc` emits (`.ts` → `.js` +
 * `.d.ts`, `.mts` → `.mjs` + `.d.mts`), and each declaration file of src/ copied as it is (the
 * runtime globals the lint adds to the programs it builds).
 */
async function emittedFiles(harnessDir) {
  const entries = await readdir(join(harnessDir, 'src'), { recursive: true, withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const source = relative(join(harnessDir, 'src'), join(entry.parentPath ?? entry.path, entry.name))
      .split(sep)
      .join('/');
    if (/\.d\.[cm]?ts$/.test(source)) files.push(`dist/${source}`);
    else if (source.endsWith('.mts')) files.push(`dist/${source.slice(0, -4)}.mjs`, `dist/${source.slice(0, -4)}.d.mts`);
    else if (source.endsWith('.ts')) files.push(`dist/${source.slice(0, -3)}.js`, `dist/${source.slice(0, -3)}.d.ts`);
  }
  return files;
}

/**
 * Where the `exports` entry `value` leads for a resolver that matches `conditions`, as Node and
 * TypeScript read it: the first key, in order, that is a matching condition.
 */
function resolveExport(value, conditions) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (conditions.includes(key)) {
        const target = resolveExport(inner, conditions);
        if (target !== null) return target;
      }
    }
  }
  return null;
}

/** The conditions each module resolution matches when it looks for types. */
const typeConditions = {
  // node10 reads no `exports`: `types` for the root, `typesVersions` for subpaths, which must
  // lead to the same files.
  node10: ['types', 'require', 'node', 'default'],
  'node16-cjs': ['types', 'require', 'node', 'default'],
  'node16-esm': ['types', 'import', 'node', 'default'],
  bundler: ['types', 'import', 'default']
};

/**
 * Runs every check of the harness package, reporting each through `check(name, pass, detail)`.
 *
 * @param options.root - a temp dir for the tarball and the consumer project
 * @param options.typesTarball - the types package's tarball, installed beside the harness
 * @param options.harnessDir - the harness package's folder
 */
export async function checkHarnessPackage({ check, root, typesTarball, harnessDir = join(repoRoot, 'harness') }) {
  const pkg = JSON.parse(await readFile(join(harnessDir, 'package.json'), 'utf8'));
  const name = (text) => `harness: ${text}`;

  // --- package.json ----------------------------------------------------------------------------
  console.log(`\n${pkg.name}: package.json`);
  for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
    const value = pkg[field];
    const count = Array.isArray(value) ? value.length : Object.keys(value ?? {}).length;
    check(name(`no ${field} (nothing is installed with it)`), count === 0, count ? JSON.stringify(value) : '');
  }
  const peers = Object.keys(pkg.peerDependencies ?? {});
  const requiredPeers = peers.filter((peer) => pkg.peerDependenciesMeta?.[peer]?.optional !== true);
  check(name(`every peer dependency is optional (${list(peers)})`), requiredPeers.length === 0, `required: ${list(requiredPeers)}`);
  const installScripts = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'].filter(
    (script) => pkg.scripts?.[script] !== undefined
  );
  check(
    name('no install scripts (preinstall, install, postinstall, prepare, prepublish)'),
    installScripts.length === 0,
    list(installScripts)
  );
  check(name('"prepack" builds dist/'), /\bnpm run build\b|\btsc\b/.test(pkg.scripts?.prepack ?? ''), String(pkg.scripts?.prepack));
  check(name('explicit "files" list'), Array.isArray(pkg.files) && pkg.files.length > 0, JSON.stringify(pkg.files));
  check(name('"type" declared'), pkg.type === 'commonjs' || pkg.type === 'module', String(pkg.type));
  check(name('"engines.node" declared'), typeof pkg.engines?.node === 'string', String(pkg.engines?.node));
  // The `import` hooks are registered with module.register, which Node has from 20.6.0 on.
  const lowest = /^>=\s*(\d+)\.(\d+)\.(\d+)$/
    .exec(pkg.engines?.node ?? '')
    ?.slice(1)
    .map(Number);
  check(
    name('"engines.node" starts at 20.6.0 or later (module.register)'),
    lowest !== undefined && (lowest[0] > 20 || (lowest[0] === 20 && lowest[1] >= 6)),
    String(pkg.engines?.node)
  );

  // --- tarball ---------------------------------------------------------------------------------
  console.log(`\n${pkg.name}: tarball`);
  let tarball;
  let npmFiles;
  try {
    ({ tarball, npmFiles } = await packRepo(join(root, 'harness-pack'), harnessDir));
    check(name('npm pack succeeds (prepack compiles dist/)'), true);
  } catch (error) {
    check(name('npm pack succeeds (prepack compiles dist/)'), false, String(error.message).split('\n').slice(0, 30).join('\n'));
    return;
  }
  const packed = await listTarball(tarball);
  const harnessFiles = new Set(await readdir(harnessDir));
  const expected = [
    'package.json',
    ...['README.md', 'LICENSE', 'LICENCE', 'LICENSE.md'].filter((file) => harnessFiles.has(file)),
    ...(await emittedFiles(harnessDir))
  ].sort();
  const missing = expected.filter((file) => !packed.includes(file));
  const unexpected = packed.filter((file) => !expected.includes(file));
  console.log(`${packed.length} files in ${tarball.split(sep).pop()}`);
  check(name('tarball holds the compiled JavaScript and declarations of every source'), missing.length === 0, `missing ${list(missing)}`);
  check(name('tarball holds nothing else (no stale dist/ file)'), unexpected.length === 0, `unexpected ${list(unexpected)}`);
  const forbidden = packed.filter((file) => /^(src|test|fixtures)\//.test(file) || /(^|\/)tsconfig[^/]*\.json$/.test(file));
  check(name('tarball holds no sources, tests, fixtures or tsconfig'), forbidden.length === 0, list(forbidden));
  check(
    name('tarball holds JavaScript and declarations'),
    packed.some((f) => f.endsWith('.js')) && packed.some((f) => f.endsWith('.d.ts'))
  );
  check(
    name("tarball matches npm's own list of packed files"),
    JSON.stringify([...npmFiles].sort()) === JSON.stringify(packed),
    `npm: ${npmFiles.length}, archive: ${packed.length}`
  );
  for (const field of ['main', 'types']) {
    check(name(`"${field}" is in the tarball`), packed.includes(String(pkg[field]).replace(/^\.\//, '')), String(pkg[field]));
  }
  const targets = [];
  (function collect(value, path) {
    if (typeof value === 'string') targets.push({ path, target: value });
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) collect(inner, [...path, key]);
  })(pkg.exports, []);
  for (const { path, target } of targets) {
    check(name(`exports ${path.join(' → ')} is in the tarball`), packed.includes(target.replace(/^\.\//, '')), target);
  }
  const bins = Object.entries(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}));
  for (const [command, target] of bins) {
    const file = target.replace(/^\.\//, '');
    const text = packed.includes(file) ? await readFile(join(harnessDir, file), 'utf8') : '';
    check(name(`bin ${command} is in the tarball and starts with #!/usr/bin/env node`), text.startsWith('#!/usr/bin/env node\n'), target);
  }

  // --- attw --------------------------------------------------------------------------------------
  const [table, json] = await Promise.all([
    run(bin('attw'), [tarball, '--format', 'table-flipped', '--no-color']),
    run(bin('attw'), [tarball, '--format', 'json'])
  ]);
  console.log(`\n${pkg.name}: attw`);
  console.log(table.stdout.trim() || table.stderr.trim());
  let attw = null;
  try {
    attw = JSON.parse(json.stdout);
  } catch {
    check(name('attw runs'), false, `${json.stdout}${json.stderr}`.slice(0, 2000));
  }
  if (attw) {
    const problems = Array.isArray(attw.problems) ? attw.problems : Object.values(attw.problems ?? {}).flat();
    check(
      name('attw: no problems (node10, node16 from CJS, node16 from ESM, bundler)'),
      problems.length === 0 && table.code === 0,
      problems.map((problem) => `${problem.kind} ${problem.entrypoint ?? ''} ${problem.resolutionKind ?? ''}`.trim()).join('; ')
    );
    const prefix = `/node_modules/${pkg.name}/`;
    for (const [entrypoint, value] of Object.entries(pkg.exports)) {
      if (entrypoint === './package.json') continue;
      for (const [kind, conditions] of Object.entries(typeConditions)) {
        const want = resolveExport(value, conditions)?.replace(/^\.\//, '');
        const resolution = attw.analysis?.entrypoints?.[entrypoint]?.resolutions?.[kind];
        const fileName = resolution?.resolution?.fileName?.replace(prefix, '') ?? null;
        check(name(`attw: ${entrypoint} under ${kind} → ${want}`), fileName === want, fileName === want ? '' : String(fileName));
      }
    }
  }

  // --- publint -------------------------------------------------------------------------------------
  const lint = await publintTarball(tarball, `${pkg.name}: publint`);
  check(
    name('publint: no errors, warnings or suggestions'),
    lint.messages.length === 0 && lint.code === 0,
    `${lint.messages.length} messages`
  );

  // --- installed from the tarballs ----------------------------------------------------------------
  console.log(`\n${pkg.name}: installed beside the types package`);
  const consumer = join(root, 'harness-consumer');
  try {
    await installIntoConsumer(consumer, [typesTarball, tarball]);
    check(name('both tarballs install offline into an empty project'), true);
  } catch (error) {
    check(name('both tarballs install offline into an empty project'), false, String(error.message).slice(0, 2000));
    return;
  }
  const installed = JSON.parse(await readFile(join(consumer, 'node_modules', ...pkg.name.split('/'), 'package.json'), 'utf8'));
  check(name('the installed package is the packed one'), installed.version === pkg.version, installed.version);

  for (const [command] of bins) {
    // `--no`: never fetch; `--`: `--help` is the command's, not npx's.
    const help = runBounded('npx', ['--no', '--', command, '--help'], consumer);
    const output = `${help.stdout}${help.stderr}`;
    check(
      name(`npx ${command} --help exits 0 and names the command`),
      help.code === 0 && output.includes(command),
      help.code === 0 ? output.slice(0, 300) : `exit ${help.code}: ${output.slice(0, 2000)}`
    );
  }

  // The lint on a DevEco-shaped project as it is, and on a lone .ets copy of the reference sample:
  // no stand-in for the SDK's globals, ohos-typescript beside the packages as a vendor installs it.
  const lintCommand = Object.keys(pkg.bin ?? {}).find((command) => command.endsWith('-lint'));
  if (lintCommand !== undefined) {
    await symlink(join(repoRoot, 'node_modules', 'ohos-typescript'), join(consumer, 'node_modules', 'ohos-typescript'), 'dir');
    await cp(join(repoRoot, 'examples', 'arkts-project'), join(consumer, 'arkts-project'), { recursive: true });
    await cp(join(harnessDir, 'fixtures', 'lint', 'reference-sample', 'extension.ets'), join(consumer, 'sample', 'extension.ets'));
    for (const [folder, target, files] of [
      ['arkts-project', 'entry/src/main/ets', 5],
      ['sample', 'extension.ets', 1]
    ]) {
      const lint = runBounded('npx', ['--no', '--', lintCommand, target], join(consumer, folder));
      check(
        name(`npx ${lintCommand} ${target} (${folder}) exits 0 with no diagnostics`),
        lint.code === 0 && lint.stdout.startsWith(`No problems in ${files} file`),
        `exit ${lint.code}: ${`${lint.stdout}${lint.stderr}`.slice(0, 2000)}`
      );
    }
  }

  await checkStringCutFromTarball({ check, name, consumer, runBounded });

  const required = runBounded(process.execPath, ['-e', `require(${JSON.stringify(pkg.name)})`], consumer);
  check(name(`node -e "require('${pkg.name}')" loads it`), required.code === 0, `exit ${required.code}: ${required.stderr.slice(0, 2000)}`);

  // Code written for the device, run unchanged through the register entry, both ways.
  await writeFile(
    join(consumer, 'device-app.mjs'),
    "import rpc from '@ohos.rpc';\nimport { cloudExtension } from '@kit.ArkData';\n" +
      'process.stdout.write(`${typeof rpc.MessageSequence} ${typeof cloudExtension.createCloudDBStub}`);\n'
  );
  await writeFile(
    join(consumer, 'device-app.cjs'),
    "const rpc = require('@ohos.rpc');\nconst { cloudExtension } = require('@kit.ArkData');\n" +
      'process.stdout.write(`${typeof rpc.MessageSequence} ${typeof cloudExtension.createCloudDBStub}`);\n'
  );
  for (const [flag, file] of [
    ['--import', 'device-app.mjs'],
    ['--require', 'device-app.cjs']
  ]) {
    const app = runBounded(process.execPath, [flag, `${pkg.name}/register`, file], consumer);
    check(
      name(`node ${flag} ${pkg.name}/register runs code that imports @ohos.rpc and @kit.ArkData`),
      app.code === 0 && app.stdout === 'function function',
      `exit ${app.code}: ${app.stdout}${app.stderr.slice(0, 1500)}`
    );
  }

  // A vendor's TypeScript unit test (an ArkTS extension using a faked native library, tested
  // with connect), run as the testing guide says, from the tarball, with no build step. The
  // project's own typescript is the repository's, linked in as a vendor's would be installed.
  await cp(join(harnessDir, 'fixtures', 'register', 'ts-project'), join(consumer, 'ts-project'), { recursive: true });
  await symlink(join(repoRoot, 'node_modules', 'typescript'), join(consumer, 'node_modules', 'typescript'), 'junction');
  const testEnv = { OHOS_HARNESS_MODULES: 'libentry.so=fakes/libentry.ts', NODE_TEST_CONTEXT: undefined };
  const unit = runBounded(
    process.execPath,
    ['--import', `${pkg.name}/register`, '--test', '--test-reporter=tap', 'test/extension.test.ts'],
    join(consumer, 'ts-project'),
    testEnv
  );
  check(
    name(`node --import ${pkg.name}/register --test runs a TypeScript unit test using connect`),
    unit.code === 0 && /^# pass 2$/m.test(unit.stdout),
    `exit ${unit.code}: ${unit.stdout.slice(-800)}${unit.stderr.slice(0, 1500)}`
  );

  // The check runs the extension in its own worker thread, so an endless synchronous loop in the
  // vendor's code is ended at --timeout: at a call (exit 1, the error at that method) and at
  // module load (exit 2). Plain CommonJS entries: the consumer has no TypeScript.
  await writeFile(
    join(consumer, 'spins-in-get-service-info.cjs'),
    "const cloudExtension = require('@ohos.data.cloudExtension');\n" +
      'class Service {\n  async getServiceInfo() { for (;;) {} }\n' +
      "  async getAppBriefInfo() { return { 'com.example.notes': { appId: 'a', bundleName: 'com.example.notes', cloudSwitch: true, instanceId: 0 } }; }\n" +
      '  async getAppSchema(bundleName) { return { code: 0, value: { version: 1, bundleName, databases: [] } }; }\n}\n' +
      'module.exports = class Ability { onConnect() { return cloudExtension.createCloudServiceStub(new Service()); } };\n'
  );
  await writeFile(join(consumer, 'spins-at-load.cjs'), 'for (;;) {}\nmodule.exports = class Ability {};\n');
  let started = performance.now();
  const spinning = runBounded(
    'npx',
    ['--no', '--', 'ohos-cloud-extension-check', 'spins-in-get-service-info.cjs', '--json', '--timeout', '2000'],
    consumer
  );
  const spinSeconds = (performance.now() - started) / 1000;
  let timedOut = false;
  try {
    timedOut = JSON.parse(spinning.stdout).findings.some(
      (finding) => finding.severity === 'error' && finding.method === 'CloudService.getServiceInfo' && finding.rule === 'call-timed-out'
    );
  } catch {
    timedOut = false;
  }
  check(
    name('a getServiceInfo stuck in a loop, --timeout 2000: exit 1, call-timed-out at that method, within 30 s'),
    spinning.code === 1 && timedOut && spinSeconds < 30,
    `exit ${spinning.code} in ${spinSeconds.toFixed(1)} s: ${spinning.stderr.slice(0, 500)}${timedOut ? '' : spinning.stdout.slice(0, 1500)}`
  );
  started = performance.now();
  const spinsAtLoad = runBounded('npx', ['--no', '--', 'ohos-cloud-extension-check', 'spins-at-load.cjs', '--timeout', '2000'], consumer);
  const loadSeconds = (performance.now() - started) / 1000;
  check(
    name('an entry stuck in a loop at module load, --timeout 2000: exit 2 with a one-line reason, within 30 s'),
    spinsAtLoad.code === 2 && /did not finish loading within 2000 ms/.test(spinsAtLoad.stderr) && loadSeconds < 30,
    `exit ${spinsAtLoad.code} in ${loadSeconds.toFixed(1)} s: ${spinsAtLoad.stderr.slice(0, 500)}`
  );

  // Every entry through require and through import, each on its own (a failure names its entry):
  // the same names both ways, so that ESM named imports (which Node detects statically in
  // CommonJS) find everything the module has. `register` goes last, as it changes how the
  // process loads modules.
  const specifiers = Object.keys(pkg.exports)
    .filter((entrypoint) => entrypoint !== './package.json')
    .sort((a, b) => Number(a === './register') - Number(b === './register'))
    .map((entrypoint) => (entrypoint === '.' ? pkg.name : `${pkg.name}/${entrypoint.slice(2)}`));
  const probe = (load) =>
    `const names = {};\nfor (const specifier of ${JSON.stringify(specifiers)}) {\n` +
    `  try { names[specifier] = { keys: Object.keys(${load}).filter((key) => key !== 'default' && key !== 'module.exports').sort() }; }\n` +
    '  catch (error) { names[specifier] = { error: String(error && error.stack || error).split("\\n").slice(0, 3).join(" | ") }; }\n' +
    '}\nprocess.stdout.write(JSON.stringify(names));\n';
  await writeFile(join(consumer, 'probe.cjs'), probe('require(specifier)'));
  await writeFile(join(consumer, 'probe.mjs'), probe('await import(specifier)'));
  const byRequire = runBounded(process.execPath, ['probe.cjs'], consumer);
  const byImport = runBounded(process.execPath, ['probe.mjs'], consumer);
  const parse = (result) => {
    try {
      return JSON.parse(result.stdout);
    } catch {
      return Object.fromEntries(
        specifiers.map((specifier) => [specifier, { error: `exit ${result.code}: ${result.stderr.slice(0, 500)}` }])
      );
    }
  };
  const cjs = parse(byRequire);
  const esm = parse(byImport);
  for (const specifier of specifiers) {
    check(name(`require('${specifier}') loads`), !cjs[specifier].error, cjs[specifier].error);
    check(name(`import('${specifier}') loads`), !esm[specifier].error, esm[specifier].error);
    if (cjs[specifier].error || esm[specifier].error) continue;
    const lost = cjs[specifier].keys.filter((key) => !esm[specifier].keys.includes(key));
    check(
      name(`import { … } from '${specifier}' sees every export (${cjs[specifier].keys.length})`),
      lost.length === 0,
      `only through require: ${list(lost)}`
    );
  }
}
