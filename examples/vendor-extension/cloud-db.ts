import cloudExtension from '@ohos.data.cloudExtension';

type Row = Record<string, cloudExtension.CloudType>;
type RowResult = cloudExtension.Result<Row>;

/** How long a lock granted by this database lasts, in seconds. */
const LOCK_INTERVAL_S = 10;

/**
 * A cloud database kept in memory: enough to show every call the system makes and what it
 * expects back. A real vendor talks to its server here.
 */
export class MyCloudDB implements cloudExtension.CloudDB {
  private readonly tables = new Map<string, Map<string, Row>>();
  private nextRowId = 1;
  private lockId = 0;
  private locked = false;

  async generateId(count: number): Promise<cloudExtension.Result<Array<string>>> {
    console.info(`generate id, count: ${count}`);
    const ids: Array<string> = [];
    for (let i = 0; i < count; i++) {
      ids.push(`row-${this.nextRowId++}`);
    }
    return { code: cloudExtension.ErrorCode.SUCCESS, description: 'generateId succeeded', value: ids };
  }

  async insert(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<RowResult>> {
    console.info(`insert, table: ${table}`);
    return this.write(table, values, extensions);
  }

  async update(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<RowResult>> {
    console.info(`update, table: ${table}`);
    return this.write(table, values, extensions);
  }

  async delete(table: string, extensions: Array<Row>): Promise<Array<RowResult>> {
    console.info(`delete, table: ${table}`);
    const rows = this.table(table);
    return extensions.map((extension: Row): RowResult => {
      const id = extension['id'];
      if (typeof id !== 'string' || !rows.delete(id)) {
        return { code: cloudExtension.ErrorCode.UNKNOWN_ERROR, description: 'no such row' };
      }
      return { code: cloudExtension.ErrorCode.SUCCESS, value: extension };
    });
  }

  async query(
    table: string,
    fields: Array<string>,
    queryCount: number,
    queryCursor: string
  ): Promise<cloudExtension.Result<cloudExtension.CloudData>> {
    console.info(`query, table: ${table}`);
    const all = Array.from(this.table(table).values());
    const start = queryCursor === '' ? 0 : Number(queryCursor);
    const page = all.slice(start, start + queryCount).map((row: Row): Row => pick(row, fields));
    const end = start + page.length;
    return {
      code: cloudExtension.ErrorCode.SUCCESS,
      description: 'query succeeded',
      value: { nextCursor: String(end), hasMore: end < all.length, values: page }
    };
  }

  async lock(): Promise<cloudExtension.Result<cloudExtension.LockInfo>> {
    console.info('DB lock');
    if (this.locked) {
      return { code: cloudExtension.ErrorCode.LOCKED_BY_OTHERS, description: 'locked by another device' };
    }
    this.locked = true;
    this.lockId++;
    return {
      code: cloudExtension.ErrorCode.SUCCESS,
      description: 'lock succeeded',
      value: { interval: LOCK_INTERVAL_S, lockId: this.lockId }
    };
  }

  async heartbeat(lockId: number): Promise<cloudExtension.Result<cloudExtension.LockInfo>> {
    console.info(`heartbeat, lock: ${lockId}`);
    if (!this.locked || lockId !== this.lockId) {
      return { code: cloudExtension.ErrorCode.UNKNOWN_ERROR, description: 'lock not held' };
    }
    return {
      code: cloudExtension.ErrorCode.SUCCESS,
      description: 'heartbeat succeeded',
      value: { interval: LOCK_INTERVAL_S, lockId }
    };
  }

  async unlock(lockId: number): Promise<cloudExtension.Result<boolean>> {
    console.info(`unlock, lock: ${lockId}`);
    const released = this.locked && lockId === this.lockId;
    if (released) {
      this.locked = false;
    }
    return { code: cloudExtension.ErrorCode.SUCCESS, description: 'unlock succeeded', value: released };
  }

  private table(name: string): Map<string, Row> {
    let rows = this.tables.get(name);
    if (rows === undefined) {
      rows = new Map();
      this.tables.set(name, rows);
    }
    return rows;
  }

  private write(table: string, values: Array<Row>, extensions: Array<Row>): Array<RowResult> {
    const rows = this.table(table);
    return values.map((row: Row, index: number): RowResult => {
      const id = extensions[index]?.['id'];
      if (typeof id !== 'string') {
        return { code: cloudExtension.ErrorCode.UNKNOWN_ERROR, description: 'row without an id' };
      }
      const stored: Row = pick(row, Object.keys(row));
      stored['id'] = id;
      stored['modifyTime'] = Date.now();
      rows.set(id, stored);
      return { code: cloudExtension.ErrorCode.SUCCESS, value: stored };
    });
  }
}

/** The given columns of a row, in a new row; also how a row is copied (ArkTS has no object spread). */
function pick(row: Row, fields: Array<string>): Row {
  const picked: Row = {};
  for (const field of fields) {
    const value = row[field];
    if (value !== undefined) {
      picked[field] = value;
    }
  }
  return picked;
}
