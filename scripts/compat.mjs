// Compiles a consumer of the packed package with every supported TypeScript version, in every
// module resolution each version has, the way a user's project would: `npm pack`, `npm install`
// the tarball into a temp project, write tsconfigs, run that version's `tsc`. Each cell is one
// `tsc --build` over its projects (one per column), so the default libraries are parsed once per
// cell instead of once per project: about half the CPU time of a `tsc -p` per project.
//
// Programs per cell (compiler × resolution), kept apart where one would hide the other:
//   A: types   the package named in `compilerOptions.types`; style-A file, kit imports and the
//              examples, none of which names the package (an import of it would make the
//              `types` entry irrelevant)
//   A: ref     `/// <reference types>` instead, `types: []`
//   B + tests  `import type … from 'ohos-cloud-extension-types'` and the type tests
// Negative checks per compiler prove the matrix can fail: a file of deliberate errors must give
// exactly the marked errors, and the A: types program without its `types` entry must lose every
// platform module.
//
// Environment: COMPAT_JOBS (parallel compilers, default 2), KEEP_TEMP (keep the consumer).
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import {
  assertCompilerVersion,
  childCpuSeconds,
  compilers,
  packAndInstall,
  removeTempDir,
  repoPackage,
  repoRoot,
  runPool,
  runTscBuild
} from './lib/pack.mjs';

const started = performance.now();
const jobs = Number(process.env.COMPAT_JOBS) || 2;
const fixtures = join(repoRoot, 'test', 'fixtures', 'compat');
const tsdAssertions = join(repoRoot, 'node_modules', 'tsd', 'dist', 'lib', 'assertions', 'assert.d.ts');

const resolutions = [
  { id: 'node10', label: 'node10', tree: 'cjs', module: 'commonjs', moduleResolution: 'node' },
  { id: 'node16-cjs', label: 'node16 (CJS)', tree: 'cjs', module: 'node16', moduleResolution: 'node16' },
  { id: 'node16-esm', label: 'node16 (ESM)', tree: 'esm', module: 'node16', moduleResolution: 'node16' },
  { id: 'nodenext-cjs', label: 'nodenext (CJS)', tree: 'cjs', module: 'nodenext', moduleResolution: 'nodenext' },
  { id: 'nodenext-esm', label: 'nodenext (ESM)', tree: 'esm', module: 'nodenext', moduleResolution: 'nodenext' },
  { id: 'bundler', label: 'bundler', tree: 'esm', module: 'esnext', moduleResolution: 'bundler' }
];

/** Why a compiler cannot run a resolution, or null when it can. */
function unsupported(compiler, resolution) {
  if (resolution.id === 'node10' && compiler.node10 === 'removed') return 'n/a (node10 removed)';
  if (resolution.id === 'bundler' && !compiler.bundler) return 'n/a (no bundler)';
  return null;
}

const programs = [
  {
    id: 'a-types',
    label: 'A: types+kits+examples',
    types: [repoPackage.name],
    files: ['style-a.ts', 'kits.ts'],
    include: ['examples/**/*.ts']
  },
  { id: 'a-reference', label: 'A: reference', types: [], files: ['style-a-reference.ts'], include: [] },
  { id: 'b', label: 'B + types-tests', types: [], files: ['style-b.ts'], include: ['types-tests/**/*.ts'] }
];
const negativeResolution = resolutions.find((resolution) => resolution.id === 'nodenext-esm');

function compilerOptions(compiler, resolution, types) {
  return {
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'es2022',
    lib: ['es2022'],
    module: resolution.module,
    moduleResolution: resolution.moduleResolution,
    ...(resolution.id === 'node10' && compiler.node10 === 'deprecated' ? { ignoreDeprecations: '6.0' } : {}),
    types,
    // The type tests import tsd's assertion functions; only their declarations are needed.
    paths: { tsd: [tsdAssertions] }
  };
}

async function listTs(dir) {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/')
    )
    .sort();
}

/** ESM resolution needs file extensions on relative imports; adds `.js` where one is missing. */
function withEsmExtensions(source) {
  return source.replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*?)\2/g, (match, lead, quote, specifier) =>
    /\.(?:[cm]?js|json)$/.test(specifier) ? match : `${lead}${quote}${specifier}.js${quote}`
  );
}

/** Copies the consumer sources into `<consumer>/<tree>`, a package of the given module type. */
async function writeTree(consumer, tree) {
  const dir = join(consumer, tree);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${tree}`, private: true, type: tree === 'esm' ? 'module' : 'commonjs' })}\n`
  );
  await cp(fixtures, dir, { recursive: true });
  const copied = {};
  for (const folder of ['examples', 'types-tests']) {
    copied[folder] = await listTs(join(repoRoot, folder));
    for (const file of copied[folder]) {
      const source = await readFile(join(repoRoot, folder, file), 'utf8');
      await mkdir(dirname(join(dir, folder, file)), { recursive: true });
      await writeFile(join(dir, folder, file), tree === 'esm' ? withEsmExtensions(source) : source);
    }
  }
  return copied;
}

async function writeProject(dir, name, options, files, include) {
  const project = join(dir, `tsconfig.${name}.json`);
  const config = { compilerOptions: options, files, ...(include.length > 0 ? { include } : {}) };
  await writeFile(project, `${JSON.stringify(config, null, 2)}\n`);
  return project;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------------------------

for (const compiler of compilers) await assertCompilerVersion(compiler);

const { root, consumer } = await packAndInstall('compat');
const installedIn = seconds(performance.now() - started);
const trees = {};
for (const tree of ['cjs', 'esm']) trees[tree] = await writeTree(consumer, tree);
const examples = trees.cjs.examples.map((file) => `examples/${file}`);
const typeTests = trees.cjs['types-tests'].map((file) => `types-tests/${file}`);

// The A: types program must not name the package anywhere, or it would not test the `types` entry.
const aTypesFiles = [...programs[0].files, ...examples];
const namingPackage = [];
for (const file of aTypesFiles) {
  if ((await readFile(join(consumer, 'cjs', file), 'utf8')).includes(repoPackage.name)) namingPackage.push(file);
}

// Negative checks: the deliberate errors, marked `// error TSnnnn` in the fixture…
const errorsFixture = 'negative/type-errors.ts';
const expectedErrors = (await readFile(join(fixtures, errorsFixture), 'utf8'))
  .split(/\r?\n/)
  .flatMap((line, index) => {
    const marker = /\/\/ error TS(\d+)\s*$/.exec(line);
    return marker ? [`${errorsFixture}:${index + 1}:TS${marker[1]}`] : [];
  })
  .sort();
// …and every platform-module or kit import of the A: types program, which must go unresolved
// (TS2307) once the `types` entry is gone.
const platformImports = [];
for (const file of aTypesFiles) {
  const lines = (await readFile(join(consumer, negativeResolution.tree, file), 'utf8')).split(/\r?\n/);
  lines.forEach((line, index) => {
    if (/\bfrom\s+['"]@(?:ohos|kit)\.[^'"]+['"]/.test(line)) platformImports.push(`${file}:${index + 1}`);
  });
}

function judgeErrors(section) {
  const found = section.diagnostics.map((d) => `${d.file}:${d.line}:TS${d.code}`).sort();
  return { pass: JSON.stringify(found) === JSON.stringify(expectedErrors), found };
}

function judgeControl(section) {
  const unresolved = new Set(section.diagnostics.filter((d) => d.code === 2307).map((d) => `${d.file}:${d.line}`));
  const missing = platformImports.filter((where) => !unresolved.has(where));
  return { pass: missing.length === 0, unresolved, missing };
}

// One `tsc --build` per cell (compiler × resolution) over that cell's projects.
const cells = [];
const negatives = [];
for (const compiler of compilers) {
  for (const resolution of resolutions) {
    const reason = unsupported(compiler, resolution);
    const cell = { compiler, resolution, reason, projects: [] };
    cells.push(cell);
    if (reason) continue;
    const dir = join(consumer, resolution.tree);
    const name = `${compiler.dir}.${resolution.id}`;
    for (const program of programs) {
      const path = await writeProject(
        dir,
        `${name}.${program.id}`,
        compilerOptions(compiler, resolution, program.types),
        program.files,
        program.include
      );
      cell.projects.push({ id: program.id, path, judge: (section) => ({ pass: section.diagnostics.length === 0 }) });
    }
    if (resolution === negativeResolution) {
      const errors = await writeProject(dir, `${name}.negative-errors`, compilerOptions(compiler, resolution, []), [errorsFixture], []);
      const control = await writeProject(
        dir,
        `${name}.negative-no-types-entry`,
        compilerOptions(compiler, resolution, []),
        programs[0].files,
        programs[0].include
      );
      cell.projects.push({ id: 'errors', path: errors, judge: judgeErrors, negative: true });
      cell.projects.push({ id: 'control', path: control, judge: judgeControl, negative: true });
      negatives.push(cell);
    }
  }
}

await runPool(
  cells
    .filter((cell) => !cell.reason)
    .map((cell) => async () => {
      const dir = join(consumer, cell.resolution.tree);
      const build = await runTscBuild(
        cell.compiler,
        cell.projects.map((project) => project.path),
        dir
      );
      cell.build = build;
      const stray = build.byProject.get(null).diagnostics;
      const hasNegatives = cell.projects.some((project) => project.negative);
      for (const project of cell.projects) {
        const section = build.byProject.get(basename(project.path));
        const verdict = project.judge(section);
        const built = build.built.includes(basename(project.path));
        // A batch of positive projects must also exit 0; a batch with negatives must not.
        const exitOk = hasNegatives ? build.code !== 0 : build.code === 0;
        project.result = { ...verdict, section, pass: verdict.pass && built && stray.length === 0 && exitOk };
      }
    }),
  jobs
);

// ---------------------------------------------------------------------------------------------

const pad = (text, width) => String(text).padEnd(width);
const printRow = (cells, widths) =>
  console.log(
    cells
      .map((text, i) => pad(text, widths[i]))
      .join(' ')
      .trimEnd()
  );
const widths = [19, 16, ...programs.map((program) => Math.max(program.label.length, 20)), 6];
console.log(`Consumer: packed tarball installed with npm (${installedIn}); strict, skipLibCheck false.`);
console.log(`Examples (${examples.length}): ${examples.join(', ') || 'none'}`);
console.log(`Type tests (${typeTests.length}): ${typeTests.join(', ') || 'none'}`);
console.log('ESM consumers get `.js` added to relative imports of the copied examples and tests.');
console.log("One `tsc --build` per row, one project per column; time is the row's wall time.\n");
let passed = 0;
let failed = 0;
let compilations = 0;
const failures = [];
if (namingPackage.length > 0) {
  failed++;
  console.log(`FAIL: ${namingPackage.join(', ')} name ${repoPackage.name}, so "A: types" cannot show the \`types\` entry works alone\n`);
} else {
  passed++;
  console.log('ok: no file of "A: types" names the package, so it tests the `types` entry alone\n');
}
printRow(['compiler', 'resolution', ...programs.map((program) => program.label), 'time'], widths);
printRow(
  widths.map((width) => '-'.repeat(width)),
  widths
);
const verdict = (cell, project, text) => {
  compilations++;
  if (project.result.pass) passed++;
  else {
    failed++;
    failures.push({ cell, project });
  }
  return text;
};
for (const cell of cells) {
  if (cell.reason) {
    printRow([cell.compiler.label, cell.resolution.label, ...programs.map(() => cell.reason)], widths);
    continue;
  }
  const columns = programs.map((program) => {
    const project = cell.projects.find((entry) => entry.id === program.id);
    return verdict(cell, project, project.result.pass ? 'pass' : 'FAIL');
  });
  printRow([cell.compiler.label, cell.resolution.label, ...columns, seconds(cell.build.ms)], widths);
}

console.log(`\nNegative checks, in the ${negativeResolution.label} rows: each must fail exactly as expected`);
const negativeWidths = [19, 36, 44];
printRow(['compiler', `deliberate errors (${expectedErrors.length} marked)`, 'A: types program without `types`'], negativeWidths);
printRow(
  negativeWidths.map((width) => '-'.repeat(width)),
  negativeWidths
);
for (const cell of negatives) {
  const errors = cell.projects.find((project) => project.id === 'errors');
  const control = cell.projects.find((project) => project.id === 'control');
  printRow(
    [
      cell.compiler.label,
      verdict(cell, errors, `${errors.result.pass ? 'rejected' : 'FAIL'}: ${errors.result.found.length} errors, exit ${cell.build.code}`),
      verdict(
        cell,
        control,
        `${control.result.pass ? 'rejected' : 'FAIL'}: ${control.result.unresolved.size}/${platformImports.length} imports TS2307`
      )
    ],
    negativeWidths
  );
}

for (const { cell, project } of failures) {
  console.log(`\n--- FAIL ${cell.compiler.label} / ${cell.resolution.label} / ${project.id} (tsc --build exit ${cell.build.code})`);
  if (project.result.found) {
    console.log(`expected: ${expectedErrors.join(', ')}\nfound:    ${project.result.found.join(', ')}`);
  }
  if (project.result.missing?.length) console.log(`platform imports still resolved: ${project.result.missing.join(', ')}`);
  const stray = cell.build.byProject.get(null).lines;
  console.log([...stray, ...project.result.section.lines].join('\n') || cell.build.output.trim() || '(no output)');
}

await removeTempDir(root);
const cpu = await childCpuSeconds();
console.log(
  `\n${compilations} projects in ${cells.filter((cell) => !cell.reason).length} builds, ${jobs} at a time, ` +
    `in ${seconds(performance.now() - started)}${cpu === null ? '' : ` (${cpu.toFixed(0)}s of CPU in child processes)`}`
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
