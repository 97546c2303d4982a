// The guide shows the server's SQL to vendors; every ```sql block of docs/guide.md must be one of
// the server's contract statements word for word, so the two cannot drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STATEMENTS } from './statements.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const guide = readFileSync(path.join(root, 'docs', 'guide.md'), 'utf8');
const blocks = [...guide.matchAll(/^```sql\r?\n([\s\S]*?)\r?\n^```/gm)].map((match) => match[1]);

/** The statements the guide must show: one per point of the contract. */
const SHOWN = ['page', 'insert', 'update', 'delete', 'generateIds', 'lock', 'heartbeat'];

test('every SQL block of the guide is a statement of the server, verbatim', () => {
  assert.ok(blocks.length > 0, 'the guide has no ```sql block');
  const byText = new Map(Object.entries(STATEMENTS).map(([name, text]) => [text, name]));
  for (const block of blocks) {
    assert.ok(byText.has(block), `this block of docs/guide.md is not in statements.mjs:\n${block}`);
  }
});

test('the guide shows the statement of each contract point', () => {
  const shown = blocks.map((block) => Object.entries(STATEMENTS).find(([, text]) => text === block)?.[0]);
  assert.deepEqual(
    SHOWN.filter((name) => !shown.includes(name)),
    []
  );
});
