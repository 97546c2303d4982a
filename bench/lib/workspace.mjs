// Builds the throw-away projects the benchmark measures, in a temp dir: the package is packed with
// `npm pack` and installed from the tarball, as a user installs it.
import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The name the consumer file imports, and the root of the package it comes from. */
export const platformModule = '@ohos.data.cloudExtension';

function exec(command, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32'
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(stdout) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stdout}\n${stderr}`))
    );
  });
}

async function writeJson(file, value) {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The compiler options of `examples/tsconfig.json` (the settings the example vendor extension is
 * built with), without `types`: each project below sets `types` itself.
 */
export async function exampleCompilerOptions(repoRoot) {
  const configPath = join(repoRoot, 'examples', 'tsconfig.json');
  const { config, error } = ts.parseConfigFileTextToJson(configPath, await readFile(configPath, 'utf8'));
  if (error) throw new Error(`examples/tsconfig.json: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const { types: _types, ...options } = config.compilerOptions;
  // The example's declarations of the SDK modules it uses (and BuildProfile) are copied beside
  // each project as `types/`.
  if (options.paths !== undefined) {
    options.paths = Object.fromEntries(
      Object.entries(options.paths).map(([name, targets]) => [
        name,
        targets.map((target) => target.replace('./vendor-extension/types/', './types/'))
      ])
    );
  }
  return options;
}

async function writeProject(dir, compilerOptions, types, files) {
  await mkdir(dir, { recursive: true });
  await writeJson(join(dir, 'tsconfig.json'), { compilerOptions: { ...compilerOptions, types }, include: ['**/*.ts'] });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

/** Copies the example vendor extension's modules (not its global `console` declaration) into `dir`. */
async function copyExtension(exampleDir, modules, dir) {
  await mkdir(dir, { recursive: true });
  for (const file of modules) await copyFile(join(exampleDir, file), join(dir, file));
}

/**
 * Creates the workspace:
 * - `empty/`: one trivial module, the same compiler options, `types: []`, no package installed;
 * - `consumer/`: the tarball installed with `npm install`, holding the projects that use it:
 *   `fixed/` (imports the module and names one type), `extensions-<n>/` (n copies of the example
 *   vendor extension, each in its own folder, plus the example's one global `console`
 *   declaration), and the editor projects;
 * - `empty-editor-*`: the editor baseline.
 *
 * @returns paths of the projects and npm's report of the tarball
 */
export async function createWorkspace(repoRoot, { extensionCounts, editorSettings }) {
  const root = await mkdtemp(join(tmpdir(), 'ohos-cloud-extension-types-bench-'));
  const packDir = join(root, 'pack');
  await mkdir(packDir);
  const [packed] = JSON.parse(await exec(npm, ['pack', '--json', '--pack-destination', packDir], repoRoot));

  const consumer = join(root, 'consumer');
  await mkdir(consumer);
  await writeJson(join(consumer, 'package.json'), { name: 'bench-consumer', version: '1.0.0', private: true });
  await exec(
    npm,
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', join(packDir, packed.filename)],
    consumer
  );
  const packageName = packed.name;

  const options = await exampleCompilerOptions(repoRoot);
  const empty = join(root, 'empty');
  await writeJson(join(root, 'package.json'), { name: 'bench-empty', version: '1.0.0', private: true });
  await writeProject(empty, options, [], { 'main.ts': 'export const answer: number = 42;\n' });

  const fixed = join(consumer, 'fixed');
  await writeProject(fixed, options, [packageName], {
    'main.ts': `import cloudExtension from '${platformModule}';\n\nexport type Database = cloudExtension.CloudDB;\n`
  });

  const exampleDir = join(repoRoot, 'examples', 'vendor-extension');
  const exampleFiles = (await readdir(exampleDir)).filter((file) => file.endsWith('.ts')).sort();
  const globals = exampleFiles.filter((file) => file.endsWith('.d.ts'));
  const modules = exampleFiles.filter((file) => !file.endsWith('.d.ts'));
  const extensions = new Map();
  for (const count of extensionCounts) {
    const dir = join(consumer, `extensions-${count}`);
    await writeProject(dir, options, [packageName], {});
    for (const file of globals) await copyFile(join(exampleDir, file), join(dir, file));
    await cp(join(exampleDir, 'types'), join(dir, 'types'), { recursive: true });
    for (let index = 1; index <= count; index++) {
      await copyExtension(exampleDir, modules, join(dir, `vendor-${String(index).padStart(3, '0')}`));
    }
    extensions.set(count, dir);
  }

  const editor = new Map();
  for (const skipLibCheck of editorSettings) {
    const withPackage = join(consumer, `editor-skipLibCheck-${skipLibCheck}`);
    await writeProject(withPackage, { ...options, skipLibCheck }, [packageName], { 'main.ts': editorFiles.package.text });
    const baseline = join(root, `empty-editor-skipLibCheck-${skipLibCheck}`);
    await writeProject(baseline, { ...options, skipLibCheck }, [], { 'main.ts': editorFiles.empty.text });
    editor.set(skipLibCheck, { package: join(withPackage, 'main.ts'), empty: join(baseline, 'main.ts') });
  }

  return {
    root,
    packed,
    installedPackage: join(consumer, 'node_modules', packageName),
    exampleModules: modules.length,
    projects: { empty, fixed, extensions, editor },
    remove: () => rm(root, { recursive: true, force: true })
  };
}

/**
 * The files opened in the editor. The package file ends in `cloudExtension.` as while typing;
 * completion is asked right after that dot and quick info on `createCloudDBStub`. The baseline
 * does the same with `Math`, the lib's namespace-like object of comparable size, already in every
 * program. Line 2 is the line an "edit" rewrites (same length, so positions do not move).
 */
export const editorFiles = {
  package: {
    text: [
      `import cloudExtension from '${platformModule}';`,
      '// edit: a',
      'export function connect(db: cloudExtension.CloudDB): unknown {',
      '  return cloudExtension.createCloudDBStub(db);',
      '}',
      'cloudExtension.',
      ''
    ].join('\n'),
    completionAfter: { line: 6, text: 'cloudExtension.' },
    expectCompletion: 'createCloudDBStub',
    quickInfoOn: { line: 4, text: 'createCloudDBStub' }
  },
  empty: {
    text: [
      'export const answer: number = 42;',
      '// edit: a',
      'export function largest(values: number[]): number {',
      '  return Math.max(...values);',
      '}',
      'Math.',
      ''
    ].join('\n'),
    completionAfter: { line: 6, text: 'Math.' },
    expectCompletion: 'max',
    quickInfoOn: { line: 4, text: 'max' }
  }
};
