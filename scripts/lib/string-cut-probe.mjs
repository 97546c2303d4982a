// From the installed tarball: the check reports a string the device cuts at its first NUL.
// The rule fixture `string-changed-in-transit` (with the base extension it builds on) is
// transpiled to CommonJS with the repository's TypeScript, so the consumer needs none, and run
// through the installed `ohos-cloud-extension-check --json`.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './pack.mjs';

const require = createRequire(import.meta.url);
const fixtures = join(repoRoot, 'harness', 'fixtures', 'rules');

/** Writes `<fixture>.js` and `base/*.js` (CommonJS) into `folder`. */
async function transpileFixture(folder, fixture) {
  const ts = require('typescript');
  await mkdir(join(folder, 'base'), { recursive: true });
  await writeFile(join(folder, 'package.json'), '{ "type": "commonjs" }\n');
  const files = [`${fixture}.ts`, ...(await readdir(join(fixtures, 'base'))).map((file) => join('base', file))];
  for (const file of files) {
    const source = await readFile(join(fixtures, file), 'utf8');
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true }
    }).outputText;
    await writeFile(join(folder, file.replace(/\.ts$/, '.js')), output);
  }
}

/**
 * Runs the installed check on an extension whose query returns a title with a NUL, and checks
 * that it exits 1 with a `string-changed-in-transit` error at `CloudDB.query`.
 *
 * @param {{ check: Function, name: (text: string) => string, consumer: string, runBounded: Function }} options
 */
export async function checkStringCutFromTarball({ check, name, consumer, runBounded }) {
  const folder = join(consumer, 'nul-extension');
  const fixture = 'string-changed-in-transit';
  await transpileFixture(folder, fixture);
  const result = runBounded('npx', ['--no', '--', 'ohos-cloud-extension-check', join(folder, `${fixture}.js`), '--json'], consumer);
  let findings = [];
  try {
    findings = JSON.parse(result.stdout).findings;
  } catch {
    findings = [];
  }
  const hit = findings.find((finding) => finding.rule === fixture && finding.method === 'CloudDB.query' && finding.severity === 'error');
  check(
    name('the installed check reports a NUL in a query row as string-changed-in-transit at CloudDB.query (exit 1)'),
    result.code === 1 && hit !== undefined && /reads "left"/.test(hit.message),
    hit === undefined ? `exit ${result.code}: ${`${result.stdout}${result.stderr}`.slice(0, 1500)}` : hit.message.slice(0, 200)
  );
}
