import type { DatabaseConnection } from '../../system/cloud-db-client';
import type { CheckContext } from '../context';
import { show } from '../reply-model';
import type { TableShape } from '../sample-database';
import { extensionRows, OPERATION, sampleRows } from '../sample-rows';
import { checkCount, writeBatches } from './sync-round';

/** Rows in the edge-value batch: enough to cycle through every edge value of each type. */
export const EDGE_ROWS = 8;

/**
 * The inputs the system can send that an extension may not expect: empty batches (an empty
 * insert never reaches the extension, cloud_extension_stub.js:316-319), rows holding non-ASCII
 * text, empty strings, nulls, blobs with bytes above 127, assets, asset arrays, integers beyond
 * int32 and fractions, and, when asked for, a large batch whose reply approaches the 200 KiB limit.
 */
export async function runEdgeInputs(context: CheckContext, connection: DatabaseConnection, table: TableShape): Promise<void> {
  const name = show(table.name);

  const emptyInsert = await context.call('CloudDB.insert', `insert(${name}, 0 rows)`, () => connection.insert(table.name, [], []));
  if (emptyInsert.reply !== undefined && emptyInsert.reply.transaction.vendorCalls.length === 0) {
    context.report(
      'empty-insert-not-sent',
      'CloudDB.insert',
      `insert(${name}, 0 rows) was answered by the device's stub itself (one 0) without calling insert; update and delete with no rows do reach the extension. Nothing to change in the extension.`
    );
  }
  const emptyUpdate = await context.call('CloudDB.update', `update(${name}, 0 rows)`, () => connection.update(table.name, [], []));
  checkCount(context, 'CloudDB.update', `update(${name}, 0 rows)`, emptyUpdate, 0, 'rows');
  const emptyDelete = await context.call('CloudDB.delete', `delete(${name}, 0 rows)`, () => connection.delete(table.name, []));
  checkCount(context, 'CloudDB.delete', `delete(${name}, 0 rows)`, emptyDelete, 0, 'rows');

  const idsOutcome = await context.call('CloudDB.generateId', `generateId(${EDGE_ROWS})`, () => connection.generateId(EDGE_ROWS));
  const given = idsOutcome.value?.code === 0 ? (idsOutcome.value.value ?? []) : [];
  const gids: string[] = [];
  for (let index = 0; index < EDGE_ROWS; index++) {
    const id = given[index];
    gids.push(typeof id === 'string' && id !== '' ? id : `harness-edge-gid-${index}`);
  }
  const rows = sampleRows(table, EDGE_ROWS, 0, 'edge');
  const shown = `insert(${name}, ${EDGE_ROWS} rows of edge values)`;
  const inserted = await context.call('CloudDB.insert', shown, () => connection.insert(table.name, rows, extensionRows(gids, OPERATION.INSERT, 0)));
  checkCount(context, 'CloudDB.insert', shown, inserted, EDGE_ROWS, 'rows');
  const updateShown = `update(${name}, ${EDGE_ROWS} rows of edge values)`;
  const updated = await context.call('CloudDB.update', updateShown, () =>
    connection.update(table.name, sampleRows(table, EDGE_ROWS, 1, 'edge'), extensionRows(gids, OPERATION.UPDATE, 0))
  );
  checkCount(context, 'CloudDB.update', updateShown, updated, EDGE_ROWS, 'rows');
  await context.call('CloudDB.delete', `delete(${name}, ${EDGE_ROWS} rows of edge values)`, () =>
    connection.delete(table.name, extensionRows(gids, OPERATION.DELETE, 0))
  );

  if (context.settings.largeBatchRows > 0) {
    await writeBatches(context, connection, table, context.settings.largeBatchRows, new Map(), 'reply-too-large-in-large-batch');
  }
}
