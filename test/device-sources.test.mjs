// Pins docs/device-sources.md to the citations in harness/src: every file cited as `file:line`
// and every OpenHarmony repository named there has a row, and each row pins a full commit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const page = readFileSync(path.join(root, 'docs', 'device-sources.md'), 'utf8');

/** `a/{b,c}.rs` → `a/b.rs`, `a/c.rs`. */
const expandBraces = (p) => {
  const m = /^(.*)\{([^}]*)\}(.*)$/.exec(p);
  return m ? m[2].split(',').flatMap((part) => expandBraces(`${m[1]}${part}${m[3]}`)) : [p];
};
const ticked = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The rows of the "Repositories" table: repository, commit, names in citations, files. */
function repositories(markdown) {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Repositories'));
  assert.ok(section, 'docs/device-sources.md has no "Repositories" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [repo, commit, , names, files] = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, ''));
      return {
        repo: ticked(repo)[0],
        commit: ticked(commit)[0],
        names: ticked(names),
        files: ticked(files)
          .flatMap(expandBraces)
          .map((f) => path.posix.basename(f))
      };
    });
}

/** Every `.ts`/`.mts` file under harness/src, with its text. */
function harnessSources() {
  return readdirSync(path.join(root, 'harness', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.m?ts$/.test(f))
    .map((f) => ({ file: `harness/src/${f}`, text: readFileSync(path.join(root, 'harness', 'src', f), 'utf8') }));
}

/** The files cited as `name.ext:line` in `text` (base names). */
const citedFiles = (text) =>
  [...text.matchAll(/([A-Za-z0-9_@.-]+\.(?:cpp|h|c|js|rs|ets|ts|gn|json)):\d+/g)].map((m) => path.posix.basename(m[1]));

/** OpenHarmony repository names (`<subsystem>_<part>`) written in `text`. */
const REPOSITORY_NAME =
  /\b(?:distributeddatamgr|communication|commonlibrary|arkcompiler|arkui|ability|filemanagement|hiviewdfx|interface|startup|security|bundlemanager|account|notification|multimedia|useriam)_[a-z0-9_]+(?:-js)?\b/g;
const repositoryNames = (text) => [...text.matchAll(REPOSITORY_NAME)].map((m) => m[0]);

const rows = repositories(page);

test('docs/device-sources.md pins a full commit for each repository it lists', () => {
  assert.ok(rows.length >= 8, `only ${rows.length} repositories listed`);
  for (const row of rows) {
    assert.match(row.repo, /^[a-z]+_[A-Za-z0-9_-]+$/, `not a repository name: ${row.repo}`);
    if (row.commit !== undefined) assert.match(row.commit, /^[0-9a-f]{40}$/, `${row.repo}: not a full commit: ${row.commit}`);
  }
  assert.deepEqual(
    rows.filter((r) => r.commit === undefined).map((r) => r.repo),
    ['filemanagement_app_file_service', 'distributeddatamgr_preferences', 'ability_ability_runtime']
  );
});

test('every file harness/src cites as file:line is listed under its repository', () => {
  const listed = new Set(rows.flatMap((r) => r.files));
  const missing = new Set();
  let citations = 0;
  for (const { file, text } of harnessSources()) {
    for (const cited of citedFiles(text)) {
      citations += 1;
      if (!listed.has(cited)) missing.add(`${cited} (cited in ${file})`);
    }
  }
  assert.ok(citations > 100, `only ${citations} citations found in harness/src`);
  assert.deepEqual([...missing], []);
});

test('every repository harness/src names is listed, by its name or a name the page gives it', () => {
  const known = new Set(rows.flatMap((r) => [r.repo, ...r.names]));
  const missing = new Set();
  for (const { file, text } of harnessSources()) {
    for (const name of repositoryNames(text)) if (!known.has(name)) missing.add(`${name} (in ${file})`);
  }
  assert.deepEqual([...missing], []);
});
