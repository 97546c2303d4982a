import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { sampleRows, extensionRows, sampleValue, OPERATION } = require('../../dist/check/sample-rows.js');
const { SAMPLE_DATABASE } = require('../../dist/check/sample-database.js');

const table = SAMPLE_DATABASE.tables[0];

test('rows are keyed by column name and typed by the column type', () => {
  const [row] = sampleRows(table, 1, 0, 'plain');
  assert.deepEqual(
    Object.keys(row),
    table.fields.map((field) => field.colName)
  );
  assert.equal(typeof row.title, 'string');
  assert.ok(Number.isInteger(row.count));
  assert.ok(!Number.isInteger(row.price));
  assert.equal(typeof row.done, 'boolean');
  assert.ok(row.data instanceof Uint8Array);
  assert.equal(typeof row.cover.name, 'string');
  assert.ok(Array.isArray(row.files) && row.files.length === 2);
});

test('edge rows hold non-ASCII text, empty strings, nulls, bytes above 127 and integers beyond int32', () => {
  const rows = sampleRows(table, 8, 0, 'edge');
  const values = rows.flatMap((row) => Object.values(row));
  assert.ok(values.some((value) => typeof value === 'string' && /[^\x00-\x7f]/.test(value)));
  assert.ok(values.includes(''));
  assert.ok(values.includes(null));
  assert.ok(values.some((value) => value instanceof Uint8Array && value.includes(255)));
  assert.ok(values.includes(2 ** 31));
  assert.ok(
    rows.every((row) => row.title !== null),
    'the primary key is never null'
  );
});

test('extension rows carry id, operation and both timestamps in ms', () => {
  const rows = extensionRows(['a', 'b'], OPERATION.DELETE, 0);
  assert.deepEqual(
    rows.map((row) => row.id),
    ['a', 'b']
  );
  assert.ok(rows.every((row) => row.operation === 2 && Number.isInteger(row.createTime) && row.modifyTime >= row.createTime));
  assert.equal(sampleValue({ alias: 'x', colName: 'x', type: 0, primary: false, nullable: true }, 0, 'plain'), null);
});
