import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { formatLintText, formatLintJson, formatDiagnosticLine } = require(path.join(harness, 'dist/lint/lint-report.js'));

const spread = { file: 'src/db.ets', line: 7, column: 23, rule: 'arkts-no-spread', message: 'It is possible to spread only arrays' };
const typeError = {
  file: 'src/db.ets',
  line: 9,
  column: 5,
  rule: 'TS2322',
  message: "Type 'string' is not assignable to type 'number'.\n  Details."
};
const result = (diagnostics, linterCount) => ({
  diagnostics,
  linterCount,
  files: ['src/db.ets', 'src/x.ets'],
  compilerVersion: '4.9.5-r9',
  elapsedMs: 12
});

describe('formatLintText', () => {
  it('prints file:line:col, rule and message, one diagnostic a line, then a summary', () => {
    assert.equal(
      formatLintText(result([spread, typeError], 1)),
      'src/db.ets:7:23  arkts-no-spread  It is possible to spread only arrays\n' +
        "src/db.ets:9:5  TS2322  Type 'string' is not assignable to type 'number'. Details.\n" +
        '2 problems in 2 files: 1 from the ArkTS linter, 1 compiler error (ohos-typescript 4.9.5-r9, ArkTS 1.1 rules).\n'
    );
  });

  it('says when there is nothing', () => {
    assert.equal(formatLintText(result([], 0)), 'No problems in 2 files (ohos-typescript 4.9.5-r9, ArkTS 1.1 rules).\n');
  });
});

describe('formatDiagnosticLine', () => {
  it('leaves out what a diagnostic without a place does not have', () => {
    assert.equal(
      formatDiagnosticLine({ file: 'tsconfig.json', line: 0, column: 0, rule: 'TS5025', message: 'Unknown option' }),
      'tsconfig.json  TS5025  Unknown option'
    );
    assert.equal(
      formatDiagnosticLine({ file: '', line: 0, column: 0, rule: 'TS2318', message: 'Cannot find global type' }),
      'TS2318  Cannot find global type'
    );
  });
});

describe('formatLintJson', () => {
  it('prints { diagnostics } with exactly file, line, column, rule and message', () => {
    const parsed = JSON.parse(formatLintJson(result([{ ...spread, extra: true }, typeError], 1)));
    assert.deepEqual(Object.keys(parsed), ['schemaVersion', 'diagnostics']);
    assert.equal(parsed.schemaVersion, 1);
    assert.deepEqual(parsed.diagnostics[0], {
      file: 'src/db.ets',
      line: 7,
      column: 23,
      rule: 'arkts-no-spread',
      message: 'It is possible to spread only arrays'
    });
    assert.equal(parsed.diagnostics[1].message, typeError.message);
  });

  it('prints an empty list when clean', () => {
    assert.equal(formatLintJson(result([], 0)), '{\n  "schemaVersion": 1,\n  "diagnostics": []\n}\n');
  });
});
