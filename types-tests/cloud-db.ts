/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type CloudDB = cloudExtension.CloudDB;
type Result<T> = cloudExtension.Result<T>;
type CloudData = cloudExtension.CloudData;
type LockInfo = cloudExtension.LockInfo;
type Row = Record<string, cloudExtension.CloudType>;

type CloudDBMethod = 'generateId' | 'insert' | 'update' | 'delete' | 'query' | 'lock' | 'heartbeat' | 'unlock';

// The methods, exactly.
expectType<CloudDBMethod>(null! as keyof CloudDB);
expectAssignable<keyof CloudDB>(null! as CloudDBMethod);

// Each method's parameter list and return type (both directions, so a narrower or wider type fails).
expectType<[count: number]>(null! as Parameters<CloudDB['generateId']>);
expectAssignable<Parameters<CloudDB['generateId']>>(null! as [count: number]);
expectType<Promise<Result<Array<string>>>>(null! as ReturnType<CloudDB['generateId']>);
expectAssignable<ReturnType<CloudDB['generateId']>>(null! as Promise<Result<Array<string>>>);

expectType<[table: string, values: Array<Row>, extensions: Array<Row>]>(null! as Parameters<CloudDB['insert']>);
expectAssignable<Parameters<CloudDB['insert']>>(null! as [table: string, values: Array<Row>, extensions: Array<Row>]);
expectType<Promise<Array<Result<Row>>>>(null! as ReturnType<CloudDB['insert']>);
expectAssignable<ReturnType<CloudDB['insert']>>(null! as Promise<Array<Result<Row>>>);

expectType<[table: string, values: Array<Row>, extensions: Array<Row>]>(null! as Parameters<CloudDB['update']>);
expectAssignable<Parameters<CloudDB['update']>>(null! as [table: string, values: Array<Row>, extensions: Array<Row>]);
expectType<Promise<Array<Result<Row>>>>(null! as ReturnType<CloudDB['update']>);
expectAssignable<ReturnType<CloudDB['update']>>(null! as Promise<Array<Result<Row>>>);

expectType<[table: string, extensions: Array<Row>]>(null! as Parameters<CloudDB['delete']>);
expectAssignable<Parameters<CloudDB['delete']>>(null! as [table: string, extensions: Array<Row>]);
expectType<Promise<Array<Result<Row>>>>(null! as ReturnType<CloudDB['delete']>);
expectAssignable<ReturnType<CloudDB['delete']>>(null! as Promise<Array<Result<Row>>>);

expectType<[table: string, fields: Array<string>, queryCount: number, queryCursor: string]>(null! as Parameters<CloudDB['query']>);
expectAssignable<Parameters<CloudDB['query']>>(null! as [table: string, fields: Array<string>, queryCount: number, queryCursor: string]);
expectType<Promise<Result<CloudData>>>(null! as ReturnType<CloudDB['query']>);
expectAssignable<ReturnType<CloudDB['query']>>(null! as Promise<Result<CloudData>>);

expectType<[]>(null! as Parameters<CloudDB['lock']>);
expectAssignable<Parameters<CloudDB['lock']>>(null! as []);
expectType<Promise<Result<LockInfo>>>(null! as ReturnType<CloudDB['lock']>);
expectAssignable<ReturnType<CloudDB['lock']>>(null! as Promise<Result<LockInfo>>);

expectType<[lockId: number]>(null! as Parameters<CloudDB['heartbeat']>);
expectAssignable<Parameters<CloudDB['heartbeat']>>(null! as [lockId: number]);
expectType<Promise<Result<LockInfo>>>(null! as ReturnType<CloudDB['heartbeat']>);
expectAssignable<ReturnType<CloudDB['heartbeat']>>(null! as Promise<Result<LockInfo>>);

expectType<[lockId: number]>(null! as Parameters<CloudDB['unlock']>);
expectAssignable<Parameters<CloudDB['unlock']>>(null! as [lockId: number]);
expectType<Promise<Result<boolean>>>(null! as ReturnType<CloudDB['unlock']>);
expectAssignable<ReturnType<CloudDB['unlock']>>(null! as Promise<Result<boolean>>);

// Rows are records keyed by column name. Their key type is pinned on its own: assignability in both
// directions does not tell a string-keyed record from a number-keyed or key-less one.
type RowKeys<T> = T extends Array<infer R> ? keyof NonNullable<R> : never;
type ResultRowKeys<T> = T extends Promise<Array<Result<infer R>>> ? keyof R : never;
expectType<string>(null! as RowKeys<Parameters<CloudDB['insert']>[1]>);
expectAssignable<RowKeys<Parameters<CloudDB['insert']>[1]>>(null! as string);
expectType<string>(null! as RowKeys<Parameters<CloudDB['insert']>[2]>);
expectAssignable<RowKeys<Parameters<CloudDB['insert']>[2]>>(null! as string);
expectType<string>(null! as ResultRowKeys<ReturnType<CloudDB['insert']>>);
expectAssignable<ResultRowKeys<ReturnType<CloudDB['insert']>>>(null! as string);
expectType<string>(null! as RowKeys<Parameters<CloudDB['update']>[1]>);
expectAssignable<RowKeys<Parameters<CloudDB['update']>[1]>>(null! as string);
expectType<string>(null! as RowKeys<Parameters<CloudDB['update']>[2]>);
expectAssignable<RowKeys<Parameters<CloudDB['update']>[2]>>(null! as string);
expectType<string>(null! as ResultRowKeys<ReturnType<CloudDB['update']>>);
expectAssignable<ResultRowKeys<ReturnType<CloudDB['update']>>>(null! as string);
expectType<string>(null! as RowKeys<Parameters<CloudDB['delete']>[1]>);
expectAssignable<RowKeys<Parameters<CloudDB['delete']>[1]>>(null! as string);
expectType<string>(null! as ResultRowKeys<ReturnType<CloudDB['delete']>>);
expectAssignable<ResultRowKeys<ReturnType<CloudDB['delete']>>>(null! as string);

// A complete vendor implementation compiles, and the system can call it.
export class MemoryCloudDB implements CloudDB {
  private readonly rows = new Map<string, Row>();
  private issued = 0;
  private currentLock = 0;

  async generateId(count: number): Promise<Result<Array<string>>> {
    const ids: Array<string> = [];
    while (ids.length < count) {
      ids.push(`row-${++this.issued}`);
    }
    return { code: cloudExtension.ErrorCode.SUCCESS, value: ids };
  }

  async insert(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<Result<Row>>> {
    return values.map((row, i) => {
      const id = extensions[i]?.['id'];
      if (typeof id !== 'string') {
        return { code: cloudExtension.ErrorCode.UNKNOWN_ERROR, description: `row ${i} of ${table} has no id` };
      }
      this.rows.set(`${table}/${id}`, row);
      return { code: cloudExtension.ErrorCode.SUCCESS, value: row };
    });
  }

  async update(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<Result<Row>>> {
    return this.insert(table, values, extensions);
  }

  async delete(table: string, extensions: Array<Row>): Promise<Array<Result<Row>>> {
    return extensions.map((extension) => {
      this.rows.delete(`${table}/${String(extension['id'])}`);
      return { code: cloudExtension.ErrorCode.SUCCESS };
    });
  }

  async query(table: string, fields: Array<string>, queryCount: number, queryCursor: string): Promise<Result<CloudData>> {
    const start = Number(queryCursor || '0');
    const keys = [...this.rows.keys()].filter((key) => key.startsWith(`${table}/`));
    const values = keys.slice(start, start + queryCount).map((key) => {
      const stored = this.rows.get(key) ?? {};
      const row: Row = {};
      for (const field of fields) {
        row[field] = stored[field] ?? null;
      }
      return row;
    });
    const next = start + values.length;
    return { code: cloudExtension.ErrorCode.SUCCESS, value: { nextCursor: String(next), hasMore: next < keys.length, values } };
  }

  async lock(): Promise<Result<LockInfo>> {
    if (this.currentLock !== 0) {
      return { code: cloudExtension.ErrorCode.LOCKED_BY_OTHERS };
    }
    this.currentLock = Date.now();
    return { code: cloudExtension.ErrorCode.SUCCESS, value: { interval: 30, lockId: this.currentLock } };
  }

  async heartbeat(lockId: number): Promise<Result<LockInfo>> {
    return { code: cloudExtension.ErrorCode.SUCCESS, value: { interval: 30, lockId } };
  }

  async unlock(lockId: number): Promise<Result<boolean>> {
    const released = lockId === this.currentLock;
    this.currentLock = released ? 0 : this.currentLock;
    return { code: cloudExtension.ErrorCode.SUCCESS, value: released };
  }
}
expectAssignable<CloudDB>(new MemoryCloudDB());

// How the system calls it: every argument is required.
declare const db: CloudDB;
expectType<Promise<Result<CloudData>>>(db.query('notes_cloud', ['title', 'body'], 100, ''));
// Rows travel as records keyed by column name, in and out.
expectType<Promise<Array<Result<Row>>>>(db.insert('notes_cloud', [{ title: 'note', words: 120 }], [{ id: 'row-1' }]));
expectType<Promise<Array<Result<Row>>>>(db.update('notes_cloud', [{ title: 'note 2' }], [{ id: 'row-1' }]));
expectType<Promise<Array<Result<Row>>>>(db.delete('notes_cloud', [{ id: 'row-1' }]));
expectAssignable<Awaited<ReturnType<CloudDB['insert']>>>([{ code: 0, value: { title: 'note' } }]);
expectAssignable<Awaited<ReturnType<CloudDB['update']>>>([{ code: 0, value: { title: 'note 2' } }]);
expectAssignable<Awaited<ReturnType<CloudDB['delete']>>>([{ code: 0, value: { id: 'row-1' } }]);
// @ts-expect-error the cursor is required (pass '' for the first page)
db.query('notes_cloud', ['title', 'body'], 100);
// @ts-expect-error the extensions are required
db.insert('notes_cloud', [{ title: 'note' }]);
// @ts-expect-error the lock id is required
db.heartbeat();
// @ts-expect-error rows hold cloud values only
db.update('notes_cloud', [{ title: undefined }], [{}]);

// Vendor mistakes the compiler must catch.
// @ts-expect-error `unlock` is missing
export declare class MissingUnlock implements CloudDB {
  generateId: CloudDB['generateId'];
  insert: CloudDB['insert'];
  update: CloudDB['update'];
  delete: CloudDB['delete'];
  query: CloudDB['query'];
  lock: CloudDB['lock'];
  heartbeat: CloudDB['heartbeat'];
}
// @ts-expect-error `unlock` is missing
expectAssignable<CloudDB>(null! as MissingUnlock);

export declare class WrongParameterType implements CloudDB {
  // @ts-expect-error the count is a number
  generateId(count: string): Promise<Result<Array<string>>>;
  insert: CloudDB['insert'];
  update: CloudDB['update'];
  delete: CloudDB['delete'];
  // @ts-expect-error the fields are a list of names
  query(table: string, fields: string, queryCount: number, queryCursor: string): Promise<Result<CloudData>>;
  lock: CloudDB['lock'];
  heartbeat: CloudDB['heartbeat'];
  unlock: CloudDB['unlock'];
}

export declare class WrongReturnType implements CloudDB {
  // @ts-expect-error the ids come as a list
  generateId(count: number): Promise<Result<string>>;
  insert: CloudDB['insert'];
  update: CloudDB['update'];
  // @ts-expect-error one result per row, not one for all
  delete(table: string, extensions: Array<Row>): Promise<Result<Row>>;
  query: CloudDB['query'];
  lock: CloudDB['lock'];
  heartbeat: CloudDB['heartbeat'];
  // @ts-expect-error unlock reports a boolean
  unlock(lockId: number): Promise<Result<number>>;
}

export declare class UnwrappedPromise implements CloudDB {
  generateId: CloudDB['generateId'];
  insert: CloudDB['insert'];
  update: CloudDB['update'];
  delete: CloudDB['delete'];
  query: CloudDB['query'];
  // @ts-expect-error the result must come in a Promise
  lock(): Result<LockInfo>;
  // @ts-expect-error a bare LockInfo is not a Result
  heartbeat(lockId: number): Promise<LockInfo>;
  unlock: CloudDB['unlock'];
}

export declare class ExtraParameter implements CloudDB {
  generateId: CloudDB['generateId'];
  insert: CloudDB['insert'];
  update: CloudDB['update'];
  delete: CloudDB['delete'];
  query: CloudDB['query'];
  // @ts-expect-error the system passes no arguments to lock
  lock(owner: string): Promise<Result<LockInfo>>;
  heartbeat: CloudDB['heartbeat'];
  unlock: CloudDB['unlock'];
}
