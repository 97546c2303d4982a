import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { linterRuleOf, compilerRuleOf, sortDiagnostics } = require(path.join(harness, 'dist/lint/lint-diagnostic.js'));

describe('linterRuleOf', () => {
  it('takes the rule id the linter writes at the end of its message, and strips it', () => {
    assert.deepEqual(linterRuleOf(99, 'It is possible to spread only arrays (arkts-no-spread)'), {
      rule: 'arkts-no-spread',
      message: 'It is possible to spread only arrays'
    });
  });

  it('keeps ids that break the arkts- pattern as the linter spells them', () => {
    assert.equal(
      linterRuleOf(170, 'Side effect import is not allowed (artkts-no-side-effect-import-in-ts-import-ets)').rule,
      'artkts-no-side-effect-import-in-ts-import-ets'
    );
    assert.equal(
      linterRuleOf(175, 'Only "FunctionType" (arkts-sendable-typeAlias-declaration)').rule,
      'arkts-sendable-typeAlias-declaration'
    );
  });

  it('names a compiler error the linter passes on by its TS code, message untouched', () => {
    assert.deepEqual(linterRuleOf(2322, "Type 'string' is not assignable (x-y)"), {
      rule: 'TS2322',
      message: "Type 'string' is not assignable (x-y)"
    });
  });

  it('names an ArkTS problem without an id by the linter number', () => {
    assert.deepEqual(linterRuleOf(0, 'Some feature'), { rule: 'ArkTS0', message: 'Some feature' });
  });

  it('does not take a parenthesis in the middle of the message', () => {
    assert.equal(linterRuleOf(12, 'Use (arkts-no-x) elsewhere').rule, 'ArkTS12');
  });
});

describe('compilerRuleOf', () => {
  it('writes the code as tsc prints it', () => {
    assert.equal(compilerRuleOf(2322), 'TS2322');
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, line, column, then rule, problems without a file first, and copies', () => {
    const at = (file, line, column, rule) => ({ file, line, column, rule, message: '' });
    const given = [at('b.ets', 1, 1, 'x'), at('a.ets', 2, 1, 'x'), at('a.ets', 1, 9, 'x'), at('a.ets', 1, 9, 'a'), at('', 0, 0, 'TS5025')];
    const sorted = sortDiagnostics(given);
    assert.deepEqual(
      sorted.map((d) => `${d.file}:${d.line}:${d.column}:${d.rule}`),
      [':0:0:TS5025', 'a.ets:1:9:a', 'a.ets:1:9:x', 'a.ets:2:1:x', 'b.ets:1:1:x']
    );
    assert.equal(given[0].file, 'b.ets');
  });
});
