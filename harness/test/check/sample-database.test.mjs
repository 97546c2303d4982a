import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SAMPLE_DATABASE } = require('../../dist/check/sample-database.js');
const { FieldType } = require('../../dist/stubs/values.js');

test('the sample database has a column of every field type but NULL, and a primary key', () => {
  const fields = SAMPLE_DATABASE.tables[0].fields;
  const types = new Set(fields.map((field) => field.type));
  for (const [name, type] of Object.entries(FieldType)) {
    if (typeof type === 'number' && name !== 'NULL') {
      assert.ok(types.has(type), `a ${name} column`);
    }
  }
  assert.ok(fields.some((field) => field.primary));
  assert.notEqual(SAMPLE_DATABASE.tables[0].alias, SAMPLE_DATABASE.tables[0].name);
});
