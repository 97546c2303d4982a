// Checks (default) or updates (--local) the committed API reports in api-report/.
//
//   node scripts/api-report.mjs          fails when a report differs from the declarations (CI)
//   node scripts/api-report.mjs --local  rewrites the reports, and writes the rolled-up
//                                        declarations of the root entry to dist/
//
// Three reports, all made by api-extractor:
//   api-extractor/root.json -> api-report/ohos-cloud-extension-types.api.md (index.d.ts)
//   api-extractor/core.json -> api-report/ohos-cloud-extension-types-core.api.md (src/module.d.ts,
//     the surface that the `core` entry declares as `@ohos.data.cloudExtension`)
//   harness/api-extractor.json -> api-report/ohos-cloud-extension-harness.api.md (the harness's
//     root entry, read from harness/dist: run `npm run build:harness` first)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const local = process.argv.includes('--local');

const reports = [
  { config: 'api-extractor/root.json', rollup: 'dist/ohos-cloud-extension-types.d.ts' },
  { config: 'api-extractor/core.json' },
  { config: 'harness/api-extractor.json', packageJson: 'harness/package.json' }
];

const reportNotices = new Set(['console-api-report-not-copied', 'console-api-report-copied', 'console-api-report-created']);

let failed = false;
const changed = [];

for (const { config, rollup, packageJson = 'package.json' } of reports) {
  const configPath = path.join(root, config);
  const configObject = ExtractorConfig.loadFile(configPath);
  if (local && rollup) {
    // The rollup is a build product only: it drops the `/// <reference>` lines that declare the
    // ambient modules, so it is never committed or published.
    configObject.dtsRollup = { enabled: true, untrimmedFilePath: path.join(root, rollup) };
  }
  const extractorConfig = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: configPath,
    packageJsonFullPath: path.join(root, packageJson)
  });
  const reportPath = extractorConfig.reportConfigs.map((r) => path.join(extractorConfig.reportFolder, r.fileName))[0];
  const tempPath = path.join(extractorConfig.reportTempFolder, path.basename(reportPath));

  const result = Extractor.invoke(extractorConfig, {
    localBuild: local,
    showVerboseMessages: false,
    messageCallback(message) {
      // The "report changed / created" notices are summarised below, with directions.
      if (reportNotices.has(message.messageId)) message.handled = true;
    }
  });

  const relReport = path.relative(root, reportPath);
  if (result.apiReportChanged) {
    changed.push(relReport);
    if (!local && existsSync(reportPath) && existsSync(tempPath)) {
      printDiff(reportPath, tempPath);
    }
  }
  if (!result.succeeded) failed = true;
  console.log(
    `${relReport}: ${result.apiReportChanged ? (local ? 'updated' : 'DIFFERS from the declarations') : 'up to date'}` +
      ` (${result.errorCount} errors, ${result.warningCount} warnings)`
  );
}

if (changed.length > 0 && !local) {
  console.error(
    [
      '',
      'The API reports do not match the declarations:',
      ...changed.map((file) => `  ${file}`),
      'If the change to the API is intended:',
      '  1. npm run build:api        (rewrites the reports)',
      '  2. git diff api-report/      (review every changed line of the public API)',
      '  3. commit the updated reports together with the declarations.'
    ].join('\n')
  );
  failed = true;
}

if (changed.length > 0 && local) {
  console.log('\nReview the change with: git diff api-report/');
}

process.exitCode = failed ? 1 : 0;

function printDiff(expectedPath, actualPath) {
  const diff = spawnSync(
    'git',
    ['diff', '--no-index', '--no-color', '--', path.relative(root, expectedPath), path.relative(root, actualPath)],
    { cwd: root, encoding: 'utf8' }
  );
  if (diff.error || diff.stdout === '') {
    // No git: say where the two files are.
    console.error(`committed: ${expectedPath}\nfrom the declarations: ${actualPath}`);
    return;
  }
  console.error(diff.stdout);
}
