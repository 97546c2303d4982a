// Writes the harness's module list (harness/src/register/module-list.ts, built) into the docs:
// the table of "What your extension may import" in docs/testing.md and the list in
// harness/README.md, each between its markers. With --check it changes nothing and exits 1 when
// a page differs from the list, or when the guide's table of modules being added names one that
// is already in it.
//
//   npm run build:harness && npm run docs:modules          # rewrite
//   node scripts/module-docs.mjs --check                   # what the tests run
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { PLATFORM_MODULES } = require(path.join(root, 'harness/dist/register/module-list.js'));

/** The link text of a source address: the repository and the last part of the path. */
function sourceName(address) {
  const [, repository = address, ...rest] = new URL(address).pathname.split('/').filter(Boolean);
  const last = rest.length > 2 ? rest[rest.length - 1] : '';
  return last === '' ? repository : `${repository} ${last}`;
}

/** The guide's table, one row per module. */
function moduleTable(modules = PLATFORM_MODULES) {
  return [
    '| Module | What the harness gives | What differs from the device | Device source |',
    '| --- | --- | --- | --- |',
    ...modules.map(
      (module) => `| \`${module.specifier}\` | ${module.emulates} | ${module.differs} | [${sourceName(module.source)}](${module.source}) |`
    )
  ].join('\n');
}

/** The README's list, on one line. */
function moduleLine(modules = PLATFORM_MODULES) {
  return `The platform modules it emulates: ${modules.map((module) => `\`${module.specifier}\``).join(', ')}.`;
}

const pages = [
  { file: 'docs/testing.md', marker: 'module-table', text: moduleTable() },
  { file: 'harness/README.md', marker: 'module-list', text: moduleLine() }
];

const check = process.argv.includes('--check');
let stale = 0;
for (const page of pages) {
  const file = path.join(root, page.file);
  const before = readFileSync(file, 'utf8');
  const begin = `<!-- ${page.marker}:begin (written by npm run docs:modules from harness/src/register/module-list.ts) -->`;
  const end = `<!-- ${page.marker}:end -->`;
  const from = before.indexOf(begin);
  const to = before.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`${page.file}: the markers ${begin} and ${end} are missing`);
    stale += 1;
    continue;
  }
  const after = `${before.slice(0, from + begin.length)}\n${page.text}\n${before.slice(to)}`;
  if (after !== before) {
    if (check) {
      console.error(`${page.file}: the ${page.marker} differs from the module list; run npm run docs:modules`);
      stale += 1;
    } else {
      writeFileSync(file, after);
      console.log(`${page.file}: ${page.marker} rewritten`);
    }
  }
}

// The guide's rows for modules being added must go once the module is in the list.
const guide = readFileSync(path.join(root, 'docs/testing.md'), 'utf8');
for (const match of guide.matchAll(/^\| `([^`]+)` \| _being added:/gm)) {
  if (PLATFORM_MODULES.some((module) => module.specifier === match[1])) {
    console.error(`docs/testing.md: ${match[1]} is in the module list now; remove its row from the modules being added`);
    stale += 1;
  }
}
process.exitCode = stale === 0 ? 0 : 1;
