// The fleet's rule catalogue: each rule has a kebab-case id distinct from the check's, a severity,
// the methods it concerns, a source with file and line, a summary and a fix-it text; errors first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { FLEET_RULES, fleetRuleById } = require('../../dist/fleet/fleet-rules.js');
const { RULES } = require('../../dist/check/rules.js');

test("every fleet rule is complete, cited, and named apart from the check's rules", () => {
  const checkIds = new Set(RULES.map((rule) => rule.id));
  for (const rule of FLEET_RULES) {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!checkIds.has(rule.id), `${rule.id} is not also a check rule`);
    assert.ok(['error', 'warning', 'note'].includes(rule.severity));
    assert.ok(rule.methods.length > 0 && rule.methods.every((method) => /^CloudDB\.[a-zA-Z]+$/.test(method)), rule.id);
    assert.match(rule.source, /\.(cpp|h|rs|js):\d+/, `${rule.id} cites a file and line`);
    assert.ok(rule.summary.length > 30 && rule.fix.length > 20, rule.id);
    assert.equal(fleetRuleById(rule.id), rule);
  }
  const order = FLEET_RULES.map((rule) => ['error', 'warning', 'note'].indexOf(rule.severity));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
    'errors, then warnings, then notes'
  );
  assert.equal(new Set(FLEET_RULES.map((rule) => rule.id)).size, FLEET_RULES.length);
  assert.throws(() => fleetRuleById('no-such-rule'), /unknown fleet rule/);
});
