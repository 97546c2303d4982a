import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const report = require(path.join(harness, 'dist/cli/report.js'));

const ESC = '\u001b[';

function finding(severity, method, rule) {
  return { severity, method, rule, message: `${rule} message`, source: `${rule}.js:1` };
}

const sample = {
  findings: [
    finding('note', 'ShareCenter.share', 'share-note'),
    finding('warning', 'CloudDB.query', 'query-warning'),
    finding('error', 'Lifecycle.onConnect', 'other-error'),
    finding('error', 'CloudDB.insert', 'insert-error'),
    finding('note', 'CloudService.getServiceInfo', 'info-note'),
    finding('error', 'AssetLoader.download', 'download-error')
  ],
  calls: 41,
  elapsedMs: 381.6,
  usedSampleDatabase: false
};

describe('summaryLine', () => {
  it('counts by severity, with the calls and seconds', () => {
    assert.equal(report.summaryLine(report.summarize(sample)), '3 errors, 1 warning, 2 notes (41 calls in 0.38 s)');
  });

  it('uses the singular for one', () => {
    const one = { findings: [finding('error', 'CloudDB.query', 'x')], calls: 1, elapsedMs: 1000, usedSampleDatabase: false };
    assert.equal(report.summaryLine(report.summarize(one)), '1 error, 0 warnings, 0 notes (1 call in 1.00 s)');
  });
});

describe('groupByInterface', () => {
  it('lists CloudService, CloudDB, AssetLoader, ShareCenter, then the others; errors first in a group', () => {
    const groups = report.groupByInterface(sample.findings);
    assert.deepEqual(
      groups.map((group) => group.interfaceName),
      ['CloudService', 'CloudDB', 'AssetLoader', 'ShareCenter', 'Lifecycle']
    );
    assert.deepEqual(
      groups[1].findings.map((item) => item.rule),
      ['insert-error', 'query-warning']
    );
  });
});

describe('formatHuman', () => {
  const text = report.formatHuman(sample, { color: false });

  it('shows each finding with severity, method, rule, message and source under its interface', () => {
    const lines = text.split('\n');
    const heading = lines.indexOf('CloudDB');
    assert.ok(heading >= 0);
    assert.match(lines[heading + 1], /^ {2}error {4}CloudDB\.insert {2}insert-error$/);
    assert.match(lines[heading + 2], /^ {11}insert-error message$/);
    assert.match(lines[heading + 3], /^ {11}source: insert-error\.js:1$/);
    assert.ok(text.indexOf('CloudService') < text.indexOf('CloudDB'));
    assert.ok(text.indexOf('ShareCenter') < text.indexOf('Lifecycle'));
  });

  it('ends with the summary line', () => {
    assert.match(text, /\n3 errors, 1 warning, 2 notes \(41 calls in 0\.38 s\)\n$/);
  });

  it('has no escape codes without colour, and colours severities with it', () => {
    assert.ok(!text.includes(ESC));
    const coloured = report.formatHuman(sample, { color: true });
    assert.ok(coloured.includes(`${ESC}1m${ESC}31merror`));
    assert.equal(coloured.replace(/\u001b\[[0-9;]*m/g, ''), text);
  });

  it('says so when there is nothing to report', () => {
    const empty = report.formatHuman({ findings: [], calls: 3, elapsedMs: 5, usedSampleDatabase: true }, { color: false });
    assert.equal(empty, 'No findings.\n0 errors, 0 warnings, 0 notes (3 calls in 0.01 s)\n');
  });
});

describe('formatJson', () => {
  it('prints findings with exactly five fields and the summary', () => {
    const withExtra = { ...sample, findings: [{ ...sample.findings[0], internal: true }] };
    const parsed = JSON.parse(report.formatJson(withExtra));
    assert.deepEqual(Object.keys(parsed), ['schemaVersion', 'findings', 'summary']);
    assert.equal(parsed.schemaVersion, report.REPORT_SCHEMA_VERSION);
    assert.equal(report.REPORT_SCHEMA_VERSION, 1);
    assert.deepEqual(parsed.findings[0], {
      severity: 'note',
      method: 'ShareCenter.share',
      rule: 'share-note',
      message: 'share-note message',
      source: 'share-note.js:1'
    });
    assert.deepEqual(parsed.summary, { errors: 0, warnings: 0, notes: 1, calls: 41, elapsedMs: 381.6, usedSampleDatabase: false });
  });
});

describe('shouldUseColor', () => {
  it('colours a terminal only, unless NO_COLOR is set or TERM is dumb', () => {
    assert.equal(report.shouldUseColor({ isTTY: true }, {}), true);
    assert.equal(report.shouldUseColor({ isTTY: false }, {}), false);
    assert.equal(report.shouldUseColor({}, {}), false);
    assert.equal(report.shouldUseColor({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(report.shouldUseColor({ isTTY: true }, { TERM: 'dumb' }), false);
  });
});

describe('startProgress', () => {
  it('draws the label with the elapsed time and erases it when stopped', () => {
    const written = [];
    let clock = 1000;
    const progress = report.startProgress(
      (text) => written.push(text),
      'checking entry.ts',
      () => clock
    );
    clock = 3500;
    progress.stop();
    progress.stop();
    assert.deepEqual(written, [`\r${ESC}K| checking entry.ts 0.0 s`, `\r${ESC}K`]);
  });

  it('cuts the line to the terminal width so that it never wraps', () => {
    const written = [];
    const progress = report.startProgress(
      (text) => written.push(text),
      'checking a/very/long/path/entry.ts',
      () => 0,
      12
    );
    progress.stop();
    assert.equal(written[0], `\r${ESC}K| checking `);
  });

  it('cuts nothing when the terminal does not know its width', () => {
    const written = [];
    report
      .startProgress(
        (text) => written.push(text),
        'checking entry.ts',
        () => 0,
        0
      )
      .stop();
    assert.equal(written[0], `\r${ESC}K| checking entry.ts 0.0 s`);
  });
});
