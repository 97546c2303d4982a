// npm run bench: what the package costs a project that uses it. Packs the package, installs the
// tarball into throw-away consumer projects and measures, against an empty project with the same
// compiler options: the fixed cost of importing the module, the example vendor extension, growth
// with 1/10/100 extensions, editor latency through tsserver and the install footprint. Prints the
// machine and a Markdown report, and writes the report to docs/performance.md.
//
//   node bench/bench.mjs [--quick] [--no-write] [--keep]
//     --quick     one run per cell, no 100-extension cell (checks that the bench works; not figures)
//     --no-write  print only, leave docs/performance.md alone (implied by --quick)
//     --keep      keep the temp workspace
//
// It never fails because a goal is missed; it fails only when a project does not compile or a
// tool does not answer, since figures from a broken setup would be meaningless.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { compilers, measureInterleaved } from './lib/compile.mjs';
import { measureEditor } from './lib/editor.mjs';
import { count, duration, kib, mb, minTime, ms, onOff, ratio, table } from './lib/report.mjs';
import { createWorkspace, editorFiles, platformModule } from './lib/workspace.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flags = new Set(process.argv.slice(2));
for (const flag of flags) {
  if (!['--quick', '--no-write', '--keep'].includes(flag)) throw new Error(`unknown option ${flag}`);
}
const quick = flags.has('--quick');
const write = !quick && !flags.has('--no-write');

/** skipLibCheck settings: on (the common setting) first, then off. */
const settings = [true, false];
const plan = quick
  ? {
      small: { warmups: 0, runs: 1 },
      growth: new Map([[10, { warmups: 0, runs: 1 }]]),
      editor: { samples: 1, warm: 2, edits: 2 }
    }
  : {
      small: { warmups: 1, runs: 7 },
      growth: new Map([
        [10, { warmups: 1, runs: 5 }],
        [100, { warmups: 1, runs: 3 }]
      ]),
      editor: { samples: 5, warm: 5, edits: 5 }
    };
const extensionCounts = [1, ...plan.growth.keys()];
/** The 10/100-extension cells are the slowest; they run with skipLibCheck on only (see the report). */
const growthSettings = [true];
const GOAL = 1.05;

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    system: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version
  };
}

function loadAverage() {
  return process.platform === 'win32'
    ? 'n/a'
    : os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' / ');
}

async function compilerVersion(dir) {
  return JSON.parse(await readFile(join(repoRoot, 'node_modules', dir, 'package.json'), 'utf8')).version;
}

/** Lines of the package's declaration files that a program loads, by folder, from the compiler itself. */
function definitionBreakdown(projectDir, packageDir) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(projectDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      }
    }
  );
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const groups = new Map();
  for (const file of program.getSourceFiles()) {
    const path = relative(packageDir, file.fileName).split(sep).join('/');
    if (path.startsWith('..')) continue;
    const group = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : 'entry points';
    const entry = groups.get(group) ?? { files: 0, lines: 0, commentLines: 0, bytes: 0 };
    const lines = file.text.split('\n');
    entry.files += 1;
    entry.lines += file.getLineStarts().length;
    entry.commentLines += lines.filter((line) => /^\s*(\/\*\*|\*|\/\/)/.test(line)).length;
    entry.bytes += Buffer.byteLength(file.text);
    groups.set(group, entry);
  }
  return groups;
}

const started = performance.now();
const host = machine();
const loadAtStart = loadAverage();
const versions = Object.fromEntries(await Promise.all(compilers.map(async ({ dir }) => [dir, await compilerVersion(dir)])));
progress(`${host.cpu}, ${host.cores} cores, ${host.memory}, Node ${host.node}; load average ${loadAtStart}`);

progress('packing the package and creating the consumer projects');
const workspace = await createWorkspace(repoRoot, { extensionCounts, editorSettings: settings });
const { projects, packed } = workspace;

try {
  const breakdown = definitionBreakdown(projects.fixed, workspace.installedPackage);

  // Parts 1 and 2: the empty project, the package-only consumer and the example extension run
  // alternately, per compiler and setting.
  const small = new Map();
  for (const compiler of compilers) {
    for (const skipLibCheck of settings) {
      progress(`fixed cost and the example extension: ${compiler.label}, skipLibCheck ${onOff(skipLibCheck)}`);
      const cells = [
        { key: 'empty', project: projects.empty },
        { key: 'package', project: projects.fixed },
        { key: 'extension', project: projects.extensions.get(1) }
      ].map((cell) => ({ ...cell, compiler, skipLibCheck }));
      small.set(`${compiler.dir}/${skipLibCheck}`, await measureInterleaved(repoRoot, cells, plan.small));
    }
  }

  // Part 3: growth. The 1-extension cell is part 2's.
  const growth = new Map();
  for (const compiler of compilers) {
    for (const skipLibCheck of growthSettings) {
      const cells = new Map([[1, small.get(`${compiler.dir}/${skipLibCheck}`).get('extension')]]);
      for (const [extensions, counts] of plan.growth) {
        progress(`growth: ${extensions} extensions, ${compiler.label}, skipLibCheck ${onOff(skipLibCheck)}`);
        const key = `${extensions}`;
        const cell = { key, compiler, skipLibCheck, project: projects.extensions.get(extensions) };
        cells.set(extensions, (await measureInterleaved(repoRoot, [cell], counts)).get(key));
      }
      growth.set(`${compiler.dir}/${skipLibCheck}`, cells);
    }
  }

  // Part 4: editor latency.
  const editor = new Map();
  for (const skipLibCheck of settings) {
    progress(`editor latency through tsserver ${versions.typescript}, skipLibCheck ${onOff(skipLibCheck)}`);
    editor.set(skipLibCheck, await measureEditor(repoRoot, projects.editor.get(skipLibCheck), editorFiles, plan.editor));
  }

  const elapsed = performance.now() - started;
  const report = render({
    host,
    loadAtStart,
    loadAtEnd: loadAverage(),
    elapsed,
    versions,
    packed,
    breakdown,
    small,
    growth,
    editor,
    exampleModules: workspace.exampleModules
  });
  process.stdout.write(`${report.markdown}\n`);
  if (write) {
    await writeFile(join(repoRoot, 'docs', 'performance.md'), report.markdown.replace(/\n*$/, '\n'));
    progress('wrote docs/performance.md');
  } else {
    progress('docs/performance.md left unchanged');
  }
  process.stdout.write(`\n${report.summary}\n`);
} finally {
  if (flags.has('--keep')) progress(`kept the workspace in ${workspace.root}`);
  else await workspace.remove();
}

function render(data) {
  const { host, versions, packed, small, growth, editor } = data;
  const label = (compiler) => `${compiler.label} (${versions[compiler.dir]})`;
  const cell = (compiler, skipLibCheck, key) => small.get(`${compiler.dir}/${skipLibCheck}`).get(key);
  const lines = [];
  const out = (...text) => lines.push(...text);
  const runs = (counts) =>
    `median of ${counts.runs} run${counts.runs === 1 ? '' : 's'} after ${counts.warmups} warm-up${counts.warmups === 1 ? '' : 's'}`;

  out(
    '# Performance',
    '',
    'What this package costs a TypeScript project that uses it, measured by `npm run bench`',
    '(`bench/bench.mjs`). The figures below are from the run described under "Machine"; rerun the',
    'bench to refresh them, and compare figures only with runs on the same machine.',
    '',
    '## Goal',
    '',
    `The fixed cost of using the package should be close to nothing: a project whose only use of it is`,
    `\`import cloudExtension from '${platformModule}'\` and one type name should type-check within 5% of`,
    `an empty project's check time and memory (ratio ≤ ${GOAL.toFixed(2)}), with the same compiler options.`,
    '',
    '## How to read it',
    '',
    '- Every `tsc` run is a fresh process. Each figure is the median of several runs after an',
    '  unmeasured warm-up; a project and the baseline it is compared with run alternately in the same',
    '  bench run, one process at a time.',
    '- **Wall** is process start to exit, as a build sees it (it includes starting Node and loading the',
    "  compiler). **Total**, **Check**, **Memory**, **Files**, **Lines**, **Types** are the compiler's own",
    '  `--extendedDiagnostics` figures: Total = reading and parsing files + binding + checking (+ emit,',
    '  nothing here); Memory = the heap after a garbage collection (the JavaScript compilers run under',
    '  `node --expose-gc`); Lines of definitions = lines of `.d.ts` files other than the lib.',
    '- **Ratio** = the project ÷ the empty project; 1.00× means free. Counts whose baseline is zero show',
    '  the difference instead (`+N`).',
    '- With `skipLibCheck` on, `.d.ts` files are not checked, so both check times are near zero. TS 5.9',
    '  and 6.0 print times in 10 ms steps (TS 7.0 in 1 ms steps); a time ratio whose base is under five',
    '  steps (50 ms, or 5 ms for TS 7.0) would be mostly rounding and shows as n/a.',
    '- TS 7.0 (native) prints one "Lines" count and no "Lines of Definitions/TypeScript": shown as n/a.',
    '  Its wall time includes the Node launcher that starts the native binary.',
    '- The empty project is one trivial module, `export const answer: number = 42;`, with the compiler',
    '  options of `examples/tsconfig.json` (strict, `lib`/`target` es2022, `module` nodenext) and',
    '  `types: []`. The package projects use the same options with `types: ["ohos-cloud-extension-types"]`',
    '  and install the package from the tarball that `npm pack` makes, as a user does.',
    '',
    '## Machine',
    '',
    `- ${host.cpu}, ${host.cores} cores, ${host.memory} memory; ${host.system}; Node ${host.node}`,
    `- Compilers: ${compilers.map(label).join(', ')}; tsserver of TS ${versions.typescript}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}; the whole bench took ${duration(data.elapsed)}`,
    `- Load average (1/5/15 min) at start ${data.loadAtStart}, at the end ${data.loadAtEnd}`,
    ...(quick ? ['- **Quick run (`--quick`): one run per cell, no warm-up; these are not figures to quote.**'] : []),
    ''
  );

  // 1. Fixed cost.
  out(
    '## 1. Fixed cost: importing the module',
    '',
    `The package project has one file: \`import cloudExtension from '${platformModule}';\` and`,
    '`export type Database = cloudExtension.CloudDB;`. ' + `Each figure is the ${runs(plan.small)}.`,
    ''
  );
  const fixedRows = [];
  for (const compiler of compilers) {
    for (const skipLibCheck of settings) {
      const empty = cell(compiler, skipLibCheck, 'empty');
      const withPackage = cell(compiler, skipLibCheck, 'package');
      const figures = (run) => [
        ms(run.wallMs),
        ms(run.totalMs),
        ms(run.checkMs),
        mb(run.memoryKB),
        count(run.files),
        count(run.definitionLines),
        count(run.types)
      ];
      fixedRows.push([label(compiler), onOff(skipLibCheck), 'empty', ...figures(empty)]);
      fixedRows.push(['', '', 'package', ...figures(withPackage)]);
      fixedRows.push([
        '',
        '',
        '**ratio**',
        ...['wallMs', 'totalMs', 'checkMs', 'memoryKB'].map(
          (field) => `**${ratio(withPackage[field], empty[field], { minBase: field === 'checkMs' ? minTime(compiler) : 0 })}**`
        ),
        ratio(withPackage.files, empty.files),
        ratio(withPackage.definitionLines, empty.definitionLines, { difference: true }),
        ratio(withPackage.types, empty.types)
      ]);
    }
  }
  out(
    table(
      [
        'Compiler',
        'skipLibCheck',
        'Project',
        'Wall (ms)',
        'Total (ms)',
        'Check (ms)',
        'Memory (MB)',
        'Files',
        'Lines of definitions',
        'Types'
      ],
      fixedRows,
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    ''
  );
  const reference = compilers.find((compiler) => compiler.dir === 'typescript');
  const [onEmpty, onPackage, offEmpty, offPackage] = [
    cell(reference, true, 'empty'),
    cell(reference, true, 'package'),
    cell(reference, false, 'empty'),
    cell(reference, false, 'package')
  ];
  const share = (part, whole) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : 'n/a');
  out(
    `Where it goes (${label(reference)}): with skipLibCheck on, nothing of the package is type-checked; its`,
    `cost is reading, parsing and binding its ${onPackage.files - onEmpty.files} files (Total − Check:`,
    `${ms(onPackage.totalMs - onPackage.checkMs - (onEmpty.totalMs - onEmpty.checkMs))} ms more) and the memory they take`,
    `(${mb(onPackage.memoryKB - onEmpty.memoryKB)} MB). With it off, checking the declarations adds`,
    `${ms(offPackage.checkMs - offEmpty.checkMs)} ms, ${share(offPackage.checkMs - offEmpty.checkMs, offPackage.totalMs - offEmpty.totalMs)} of that setting's extra total time. Section 5 shows what the loaded`,
    'lines are made of.',
    ''
  );

  // 2. Real use.
  out(
    '## 2. Real use: the example vendor extension',
    '',
    `\`examples/vendor-extension\` (${data.exampleModules} modules and its global \`console\` declaration) in a`,
    `project with the package, measured in the same rounds as section 1 (${runs(plan.small)}).`,
    ''
  );
  const realRows = [];
  const splitRows = [];
  for (const compiler of compilers) {
    for (const skipLibCheck of settings) {
      const empty = cell(compiler, skipLibCheck, 'empty');
      const withPackage = cell(compiler, skipLibCheck, 'package');
      const extension = cell(compiler, skipLibCheck, 'extension');
      realRows.push([
        label(compiler),
        onOff(skipLibCheck),
        ms(extension.wallMs),
        ms(extension.totalMs),
        ms(extension.checkMs),
        mb(extension.memoryKB),
        count(extension.files),
        count(extension.typeScriptLines),
        count(extension.types),
        ['wallMs', 'totalMs', 'checkMs', 'memoryKB']
          .map((field) => ratio(extension[field], empty[field], { minBase: field === 'checkMs' ? minTime(compiler) : 0 }))
          .join(' / ')
      ]);
      const fixedCheck = withPackage.checkMs - empty.checkMs;
      const ownCheck = extension.checkMs - withPackage.checkMs;
      const fixedTotal = withPackage.totalMs - empty.totalMs;
      const ownTotal = extension.totalMs - withPackage.totalMs;
      splitRows.push([
        label(compiler),
        onOff(skipLibCheck),
        ms(empty.checkMs),
        ms(fixedCheck),
        ms(ownCheck),
        ratio(ownCheck, fixedCheck, { minBase: minTime(compiler) }),
        ms(empty.totalMs),
        ms(fixedTotal),
        ms(ownTotal),
        ratio(ownTotal, fixedTotal, { minBase: minTime(compiler) })
      ]);
    }
  }
  out(
    table(
      [
        'Compiler',
        'skipLibCheck',
        'Wall (ms)',
        'Total (ms)',
        'Check (ms)',
        'Memory (MB)',
        'Files',
        'Lines of TypeScript',
        'Types',
        'Ratio to empty: wall / total / check / memory'
      ],
      realRows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    '',
    "How much of it is the extension's own code: the empty project's time (the lib), what the package",
    'adds (package project − empty project: the fixed cost) and what the extension adds on top',
    '(extension project − package project), and the last two compared.',
    '',
    table(
      [
        'Compiler',
        'skipLibCheck',
        'Check: empty',
        '+ package',
        '+ extension',
        'Extension ÷ package',
        'Total: empty',
        '+ package',
        '+ extension',
        'Extension ÷ package'
      ],
      splitRows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    ''
  );

  // 3. Growth.
  const growthCounts = [...growth.values().next().value.keys()];
  out(
    `## 3. Growth: ${growthCounts.join(', ')} vendor extensions`,
    '',
    'Copies of the example extension, each in its own folder (its files are modules, so the class',
    'names may repeat), and one global `console` declaration, in one project with the package.',
    `skipLibCheck on only: it changes the fixed cost, which sections 1 and 2 show, not the cost per`,
    'extension. Per extension = (project − package-only project) ÷ extensions; in brackets, that ÷ the',
    'same figure for one extension: above 1.00× each extension would cost more in a bigger project',
    '(growth faster than linear); below it, the first extension also pays for the package types it is',
    'the first to use (relating its classes to `CloudDB`, `ShareCenter` and so on). ' +
      [...plan.growth].map(([extensions, counts]) => `${extensions} extensions: ${runs(counts)}`).join('; ') +
      '; 1 extension: section 2.',
    ''
  );
  const growthRows = [];
  const sizeRatios = [];
  for (const compiler of compilers) {
    for (const skipLibCheck of growthSettings) {
      const fixed = cell(compiler, skipLibCheck, 'package');
      const cells = growth.get(`${compiler.dir}/${skipLibCheck}`);
      const perExtension = (run, extensions, field) => (run[field] - fixed[field]) / extensions;
      const first = cells.get(1);
      for (const [extensions, run] of cells) {
        growthRows.push([
          extensions === 1 ? label(compiler) : '',
          extensions === 1 ? onOff(skipLibCheck) : '',
          String(extensions),
          count(run.files),
          ms(run.wallMs),
          ms(run.totalMs),
          ms(run.checkMs),
          mb(run.memoryKB),
          `${ms(perExtension(run, extensions, 'checkMs'))} (${ratio(perExtension(run, extensions, 'checkMs'), perExtension(first, 1, 'checkMs'), { minBase: minTime(compiler) })})`,
          `${ms(perExtension(run, extensions, 'totalMs'))} (${ratio(perExtension(run, extensions, 'totalMs'), perExtension(first, 1, 'totalMs'), { minBase: minTime(compiler) })})`,
          mb(perExtension(run, extensions, 'memoryKB'))
        ]);
      }
      const steps = [];
      const sizes = [...cells.keys()];
      for (let index = 1; index < sizes.length; index++) {
        const [small, large] = [cells.get(sizes[index - 1]), cells.get(sizes[index])];
        steps.push(
          `${sizes[index]}× ÷ ${sizes[index - 1]}×: check ${ratio(large.checkMs, small.checkMs, { minBase: minTime(compiler) })}, total ${ratio(large.totalMs, small.totalMs)}, wall ${ratio(large.wallMs, small.wallMs)}`
        );
      }
      sizeRatios.push(`- ${label(compiler)}: ${steps.join('; ')}`);
    }
  }
  out(
    table(
      [
        'Compiler',
        'skipLibCheck',
        'Extensions',
        'Files',
        'Wall (ms)',
        'Total (ms)',
        'Check (ms)',
        'Memory (MB)',
        'Check per extension (ms)',
        'Total per extension (ms)',
        'Memory per extension (MB)'
      ],
      growthRows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    '',
    'Whole-project ratios between sizes (linear growth would approach the size ratio, 10×, as the',
    'fixed part shrinks in comparison):',
    '',
    ...sizeRatios,
    ''
  );

  // 4. Editor.
  const pkgSpec = editorFiles.package;
  const emptySpec = editorFiles.empty;
  out(
    `## 4. Editor latency (tsserver ${versions.typescript})`,
    '',
    `Through tsserver's JSON protocol over stdio. The package project's file ends in`,
    `\`cloudExtension.\` (completion right after the dot, which offers the module's`,
    `values) and calls \`cloudExtension.createCloudDBStub(db)\` (quick info on \`createCloudDBStub\`).`,
    `The baseline is the empty project (same options, no package) with the same file shape on`,
    `\`Math\`: completion after \`Math.\` and quick info on \`max\`. \`Math\` is the lib's closest thing`,
    `to a namespace of functions and constants and is in every program, so the difference is what the`,
    `package adds. \`Math.\` offers ${editor.get(true).completionInfo.empty.entries} entries and \`cloudExtension.\` ${editor.get(true).completionInfo.package.entries}, so`,
    'building the list itself is a little more work in the baseline.',
    '',
    `- Cold: \`open\` then the request, in a fresh server (started and answering before the clock starts):`,
    '  includes loading the project, as when opening a file.',
    '- Warm: the same request again on the same text.',
    '- After an edit: a one-character edit of the file, then the request (the program is updated, as while',
    '  typing).',
    '',
    `Median of ${plan.editor.samples} fresh servers per project and request after one unmeasured one (cold), and of`,
    `${plan.editor.samples * plan.editor.warm} warm requests and ${plan.editor.samples * plan.editor.edits} after edits. Completion and quick info each get their own servers.`,
    ''
  );
  const editorRows = [];
  for (const skipLibCheck of settings) {
    const result = editor.get(skipLibCheck);
    for (const [kind, name] of [
      ['completionInfo', 'completion'],
      ['quickinfo', 'quick info']
    ]) {
      const { empty, package: withPackage } = result[kind];
      const target = (spec) => (kind === 'completionInfo' ? `\`${spec.completionAfter.text}\`` : `\`${spec.quickInfoOn.text}\``);
      const extra = (run) => (kind === 'completionInfo' ? ` (${run.entries} entries)` : '');
      editorRows.push([
        onOff(skipLibCheck),
        name,
        `empty: ${target(emptySpec)}${extra(empty)}`,
        ms(empty.cold),
        ms(empty.warm),
        ms(empty.edit)
      ]);
      editorRows.push([
        '',
        '',
        `package: ${target(pkgSpec)}${extra(withPackage)}`,
        ms(withPackage.cold),
        ms(withPackage.warm),
        ms(withPackage.edit)
      ]);
      editorRows.push([
        '',
        '',
        '**ratio**',
        `**${ratio(withPackage.cold, empty.cold)}**`,
        `**${ratio(withPackage.warm, empty.warm)}**`,
        `**${ratio(withPackage.edit, empty.edit)}**`
      ]);
    }
  }
  out(
    table(['skipLibCheck', 'Request', 'Project', 'Cold (ms)', 'Warm (ms)', 'After an edit (ms)'], editorRows, [
      'l',
      'l',
      'l',
      'r',
      'r',
      'r'
    ]),
    ''
  );

  // 5. Footprint.
  const order = (group) => ['entry points', 'src/', 'src/companions/', 'src/ambient/'].indexOf(group) >>> 0;
  const groupRows = [...data.breakdown]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([group, entry]) => [
      group === 'entry points' ? 'entry points (`index.d.ts`, `core.d.ts`)' : `\`${group}\``,
      String(entry.files),
      String(entry.lines),
      `${entry.commentLines} (${Math.round((100 * entry.commentLines) / entry.lines)}%)`,
      kib(entry.bytes)
    ]);
  const totals = [...data.breakdown.values()].reduce(
    (sum, entry) => ({
      files: sum.files + entry.files,
      lines: sum.lines + entry.lines,
      commentLines: sum.commentLines + entry.commentLines,
      bytes: sum.bytes + entry.bytes
    }),
    { files: 0, lines: 0, commentLines: 0, bytes: 0 }
  );
  groupRows.push([
    '**all loaded**',
    `**${totals.files}**`,
    `**${totals.lines}**`,
    `**${totals.commentLines} (${Math.round((100 * totals.commentLines) / totals.lines)}%)**`,
    `**${kib(totals.bytes)}**`
  ]);
  out(
    '## 5. Install footprint',
    '',
    `From \`npm pack --json\` (${packed.name}@${packed.version}):`,
    '',
    table(
      ['Packed (tarball)', 'Unpacked', 'Files'],
      [[kib(packed.size), kib(packed.unpackedSize), String(packed.entryCount)]],
      ['r', 'r', 'r']
    ),
    '',
    'What a program loads from it (the package-only project of section 1, by folder; doc-comment lines',
    'are lines that start a comment or continue one):',
    '',
    table(['Folder', 'Files', 'Lines', 'Of which comment lines', 'Size'], groupRows, ['l', 'r', 'r', 'r', 'r']),
    '',
    '## The alternative users have today',
    '',
    "Not measured: the alternative is the OpenHarmony SDK's own declarations, which this bench does not",
    'have, so there is no row for it.',
    ''
  );

  // Summary against the goal.
  const summaryRows = [];
  const summaryLines = [`Fixed cost (package-only project ÷ empty project), goal: check time and memory ratio ≤ ${GOAL.toFixed(2)}`];
  for (const compiler of compilers) {
    for (const skipLibCheck of settings) {
      const empty = cell(compiler, skipLibCheck, 'empty');
      const withPackage = cell(compiler, skipLibCheck, 'package');
      const check = empty.checkMs >= minTime(compiler) ? withPackage.checkMs / empty.checkMs : null;
      const memory = withPackage.memoryKB / empty.memoryKB;
      const verdict = (value) => (value === null ? 'n/a' : value <= GOAL ? 'met' : 'missed');
      const checkText = check === null ? `n/a (${ms(withPackage.checkMs)} vs ${ms(empty.checkMs)} ms)` : `${check.toFixed(2)}×`;
      summaryRows.push([
        label(compiler),
        onOff(skipLibCheck),
        checkText,
        verdict(check),
        `${memory.toFixed(2)}×`,
        verdict(memory),
        ratio(withPackage.totalMs, empty.totalMs),
        ratio(withPackage.wallMs, empty.wallMs)
      ]);
      summaryLines.push(
        `  ${label(compiler).padEnd(16)} skipLibCheck ${onOff(skipLibCheck).padEnd(3)}  check ${checkText.padEnd(22)} ${verdict(check).padEnd(6)}  memory ${memory.toFixed(2)}× ${verdict(memory).padEnd(6)}  total ${ratio(withPackage.totalMs, empty.totalMs)}  wall ${ratio(withPackage.wallMs, empty.wallMs)}`
      );
    }
  }
  out(
    '## Fixed cost against the goal',
    '',
    `Package-only project ÷ empty project, from section 1. Goal: check time and memory ≤ ${GOAL.toFixed(2)}×; total and wall`,
    'time for reference.',
    '',
    table(['Compiler', 'skipLibCheck', 'Check time', 'Goal', 'Memory', 'Goal', 'Total time', 'Wall time'], summaryRows, [
      'l',
      'l',
      'r',
      'l',
      'r',
      'l',
      'r',
      'r'
    ])
  );
  return { markdown: lines.join('\n'), summary: summaryLines.join('\n') };
}
