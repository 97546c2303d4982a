// The documentation site as a reader meets it: build it with typedoc (zero warnings), serve it
// locally, search for CloudDB in a real browser (the headless Chromium that the dev dependency
// @sparticuz/chromium ships, see lib/chromium.mjs) and check that the CloudDB page lists every
// method with its doc text and the platform tags.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { launchShippedChromium } from './lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.join(root, 'docs', 'site');
const screenshotPath = path.join(root, '.tmp', 'clouddb-page.png');
const SYSCAP = 'SystemCapability.DistributedDataManager.CloudSync.Server';

// ---------------------------------------------------------------------------------------------
// What the page must show, read from the declarations

/** The methods of CloudDB, each with a phrase of its summary as it reads once rendered. */
function cloudDBMethods() {
  const file = path.join(root, 'src', 'cloud-db.d.ts');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const cloudDB = sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'CloudDB');
  assert.ok(cloudDB, 'src/cloud-db.d.ts declares CloudDB');
  return cloudDB.members.filter(ts.isMethodSignature).map((method) => {
    const doc = ts.getJSDocCommentsAndTags(method).filter(ts.isJSDoc).at(-1);
    const summary = ts.getTextOfJSDocComment(doc?.comment) ?? '';
    // The longest stretch of plain words (no code span, no link) is rendered verbatim.
    const phrase = summary
      .split(/`[^`]*`|\{@link[^}]*\}/)
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .sort((a, b) => b.length - a.length)[0];
    return { name: method.name.getText(sf), phrase };
  });
}

// ---------------------------------------------------------------------------------------------
// Building and serving the site

let server;
let baseUrl;
let browser;
let buildOutput = '';

before(async () => {
  // Always rebuild (about 6 s): a stale site could hide a broken doc comment.
  const started = Date.now();
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typedoc', 'bin', 'typedoc')], {
    cwd: root,
    encoding: 'utf8'
  });
  buildOutput = `${build.stdout}${build.stderr}`;
  buildOutput += `\n(typedoc exited with ${build.status} after ${Date.now() - started} ms)`;

  server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const file = path.normalize(path.join(siteDir, decodeURIComponent(url.pathname)));
    const target = file.endsWith(path.sep) ? path.join(file, 'index.html') : file;
    if (!target.startsWith(siteDir) || !existsSync(target) || !statSync(target).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
    response.writeHead(200, { 'content-type': types[path.extname(target)] ?? 'application/octet-stream' });
    response.end(readFileSync(target));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('typedoc builds the site with no warnings', () => {
  assert.match(buildOutput, /\(typedoc exited with 0 /, buildOutput);
  assert.doesNotMatch(buildOutput, /\[warning\]|\[error\]/, buildOutput);
  assert.ok(existsSync(path.join(siteDir, 'index.html')), 'docs/site/index.html was written');
});

test('searching CloudDB leads to a page with all its methods and their docs', { timeout: 120_000 }, async (t) => {
  // The browser comes with `npm ci`; when it cannot start, the test fails with what to do.
  const launched = await launchShippedChromium(chromium);
  browser = launched.browser;
  t.diagnostic(
    `browser: Chromium ${browser.version()} from @sparticuz/chromium@${launched.version} at ` +
      `${path.relative(root, launched.executablePath)} (inflated in ${launched.extractMs} ms)`
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(baseUrl);
  await page.locator('#tsd-search-trigger').click();
  const input = page.locator('#tsd-search-input');
  await input.fill('CloudDB');
  // The interface in the platform module (not createCloudDBStub, nor the package root's re-export).
  const result = page.locator('#tsd-search-results li a').filter({ hasText: /@ohos\.data\.cloudExtension\.\s*CloudDB\s*$/ });
  await result.first().waitFor({ timeout: 10_000 });
  const resultTexts = await page.locator('#tsd-search-results li').allInnerTexts();
  t.diagnostic(`search results: ${resultTexts.map((s) => s.replace(/\s+/g, ' ')).join(' | ')}`);
  await result.first().click();
  await page.waitForURL(/CloudDB\.html/);
  // The title carries the @systemapi flag as a badge.
  assert.match((await page.locator('h1').innerText()).replace(/\s+/g, ' '), /^Interface CloudDB\s*Systemapi$/i);

  const methods = cloudDBMethods();
  assert.equal(methods.length, 8, `CloudDB declares eight methods: ${methods.map((m) => m.name).join(', ')}`);
  // Each member's own section on the page: its heading, signature and comment.
  const sections = await page.locator('section.tsd-member').evaluateAll((elements) =>
    elements.map((element) => ({
      heading: element.querySelector('h3')?.innerText.trim() ?? '',
      text: element.innerText.replace(/\s+/g, ' ')
    }))
  );
  t.diagnostic(`members on the page: ${sections.map((s) => s.heading).join(', ')}`);
  for (const { name, phrase } of methods) {
    assert.ok(phrase.length >= 15, `${name} has a summary with a distinctive phrase ("${phrase}")`);
    const own = sections.filter((section) => section.heading === name);
    assert.equal(own.length, 1, `one section for ${name}`);
    const { text } = own[0];
    assert.ok(text.includes(phrase), `${name}: "${phrase}" is shown in\n${text}`);
    assert.match(text, /Since\s*11/, `${name} shows @since 11`);
    assert.ok(text.includes(SYSCAP), `${name} shows its @syscap`);
    assert.match(text, /Systemapi/i, `${name} shows the @systemapi flag`);
  }
  // The interface's own tags: Since, Syscap and the Systemapi flag.
  const header = (await page.locator('.col-content > .tsd-comment').first().innerText()).replace(/\s+/g, ' ');
  assert.match(header, /Since\s*11/);
  assert.ok(header.includes(SYSCAP), header);
  assert.deepEqual(pageErrors, []);

  mkdirSync(path.dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: true });
  t.diagnostic(`screenshot: ${path.relative(root, screenshotPath)}`);
});
