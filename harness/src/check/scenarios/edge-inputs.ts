import type { DatabaseConnection } from '../../system/cloud-db-client';
import { RequestWriter } from '../../system/request-writer';
import { writeRows } from '../../system/row-values';
import { Parcel } from '../../wire/parcel';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';
import type { TableShape } from '../sample-database';
import { extensionRows, OPERATION, sampleRows } from '../sample-rows';
import { checkCount, generateIds, writeBatches } from './sync-round';

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
  if (
    emptyInsert.reply !== undefined &&
    emptyInsert.reply.ok &&
    emptyInsert.reply.transaction.vendorCalls.length === 0 &&
    !context.findings.has('empty-insert-not-sent')
  ) {
    context.report(
      'empty-insert-not-sent',
      'CloudDB.insert',
      `insert(${name}, 0 rows) was answered by the device's stub itself (one 0) without calling insert; update and delete with no rows do reach the extension.`
    );
  }
  const emptyUpdate = await context.call('CloudDB.update', `update(${name}, 0 rows)`, () => connection.update(table.name, [], []));
  checkCount(context, 'CloudDB.update', `update(${name}, 0 rows)`, emptyUpdate, 0, 'rows');
  const emptyDelete = await context.call('CloudDB.delete', `delete(${name}, 0 rows)`, () => connection.delete(table.name, []));
  checkCount(context, 'CloudDB.delete', `delete(${name}, 0 rows)`, emptyDelete, 0, 'rows');

  const gids = await generateIds(context, connection, EDGE_ROWS, table.name);
  const rows = sampleRows(table, EDGE_ROWS, 0, 'edge');
  const shown = `insert(${name}, ${EDGE_ROWS} rows of edge values)`;
  const inserted = await context.call('CloudDB.insert', shown, () =>
    connection.insert(table.name, rows, extensionRows(gids, OPERATION.INSERT, 0))
  );
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
    const rowsThatFit = largestBatchThatFits(table, context.settings.largeBatchRows);
    await writeBatches(context, connection, table, rowsThatFit, 'reply-too-large-in-large-batch');
  }
}

/**
 * The most rows of `table`, up to `wanted`, whose insert request fits a parcel (the system's
 * request is a native Parcel, 200 KiB by default, c_utils parcel.h): a larger batch could not be
 * sent at all.
 */
export function largestBatchThatFits(table: TableShape, wanted: number): number {
  const fits = (count: number): boolean => {
    try {
      const writer = new RequestWriter(new Parcel());
      writer.string(table.name, 'table');
      writeRows(writer, sampleRows(table, count, 0, 'plain'), 'values');
      writeRows(
        writer,
        extensionRows(
          Array.from({ length: count }, (_, index) => `harness-gid-${index}`),
          OPERATION.INSERT,
          0
        ),
        'extensions'
      );
      return true;
    } catch {
      return false;
    }
  };
  if (fits(wanted)) {
    return wanted;
  }
  let low = 1;
  let high = wanted;
  for (let step = 0; step < 32 && low < high; step++) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}
