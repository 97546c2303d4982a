import type { AppBriefInfo, AppSchema, Database, Field, SubscribeId, Table } from 'ohos-cloud-extension-types';
import { CloudServiceCode } from '../stubs/codes';
import type { Int64, ReplyReader } from './reply-reader';
import type { RequestWriter } from './request-writer';
import { describe } from './request-writer';
import { setOwn } from './row-values';
import type { CodeAndValue, SystemReply } from './system-reply';
import type { TransportOptions } from './transport';
import { call, readRemoteObject } from './transport';

/**
 * The account's service information as the system reads it (cloud_extension_stub.js:152-158):
 * bool, String16, two int64, int32. The two sizes are {@link Int64}: exact, a bigint only beyond 2^53.
 */
export interface SystemServiceInfo {
  /** Whether cloud sync is enabled for the account. */
  enableCloud: boolean;
  /** The account id. */
  id: string;
  /** Total cloud space (the vendor's unit, bytes by the API's documentation). */
  totalSpace: Int64;
  /** Remaining cloud space (same unit). */
  remainingSpace: Int64;
  /** The user id, an int32. */
  user: number;
}

/**
 * The subscription the vendor confirmed, as the system reads it (cloud_extension_stub.js:196-209):
 * the expiry as an int64 and, per bundle, the database alias and the subscription id.
 */
export interface SystemSubscribeInfo {
  /** When the subscription expires (milliseconds, as the system sent it). */
  expirationTime: Int64;
  /** Per bundle name, the subscription ids per database alias. */
  subscribe: Record<string, SubscribeId[]>;
}

/** Writes a Database as the stub reads it: name, then alias, then tables (cloud_extension_stub.js:245-283). */
export function writeDatabase(writer: RequestWriter, database: Database, field: string): void {
  if (database === null || typeof database !== 'object') {
    throw new TypeError(`${field} must be a Database, got ${describe(database)}`);
  }
  // cloud_extension_stub.js:251-252: name is read first, alias second.
  writer.string(database.name, `${field}.name`);
  writer.string(database.alias, `${field}.alias`);
  const tables = database.tables;
  writer.count(tables.length, `${field}.tables.length`);
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    const at = `${field}.tables[${t}]`;
    // cloud_extension_stub.js:259-260: alias, then name.
    writer.string(table.alias, `${at}.alias`);
    writer.string(table.name, `${at}.name`);
    writer.count(table.fields.length, `${at}.fields.length`);
    for (let f = 0; f < table.fields.length; f++) {
      const column = table.fields[f];
      const where = `${at}.fields[${f}]`;
      // cloud_extension_stub.js:272-278: alias, colName, type, primary, nullable.
      writer.string(column.alias, `${where}.alias`);
      writer.string(column.colName, `${where}.colName`);
      writer.int32(column.type, `${where}.type`);
      writer.bool(column.primary, `${where}.primary`);
      writer.bool(column.nullable, `${where}.nullable`);
    }
  }
}

/** Reads the schema the stub writes: alias before name here (cloud_extension_stub.js:173-194). */
export function readAppSchema(reader: ReplyReader, field: string, schema: Partial<AppSchema>): AppSchema {
  schema.version = reader.int32(`${field}.version`);
  schema.bundleName = reader.string(`${field}.bundleName`);
  const databases: Database[] = [];
  schema.databases = databases;
  const dbCount = reader.count(`${field}.databases.length`);
  for (let d = 0; d < dbCount; d++) {
    const at = `${field}.databases[${d}]`;
    const database: Database = { name: '', alias: '', tables: [] };
    databases.push(database);
    // cloud_extension_stub.js:178-179: alias first, then name (the request order is the reverse).
    database.alias = reader.string(`${at}.alias`);
    database.name = reader.string(`${at}.name`);
    const tableCount = reader.count(`${at}.tables.length`);
    for (let t = 0; t < tableCount; t++) {
      const where = `${at}.tables[${t}]`;
      const table: Table = { alias: '', name: '', fields: [] };
      database.tables.push(table);
      table.alias = reader.string(`${where}.alias`);
      table.name = reader.string(`${where}.name`);
      const fieldCount = reader.count(`${where}.fields.length`);
      for (let f = 0; f < fieldCount; f++) {
        const place = `${where}.fields[${f}]`;
        const column: Partial<Field> = {};
        table.fields.push(column as Field);
        column.alias = reader.string(`${place}.alias`);
        column.colName = reader.string(`${place}.colName`);
        column.type = reader.int32(`${place}.type`);
        column.primary = reader.bool(`${place}.primary`);
        column.nullable = reader.bool(`${place}.nullable`);
      }
    }
  }
  return schema as AppSchema;
}

/**
 * The system's caller of a CloudService stub: one method per request code
 * (cloud_extension_stub.js:47-57), each writing the request in the order the stub reads it and
 * reading the reply in the order the stub writes it.
 */
export class CloudServiceClient {
  /** The CloudService stub. */
  readonly remote: object;
  private readonly options: TransportOptions;

  /** Calls `remote` with the given time limit. */
  constructor(remote: object, options: TransportOptions = {}) {
    this.remote = remote;
    this.options = options;
  }

  /**
   * GetServiceInfo (code 4): empty request; reply bool enableCloud, str id, i64 totalSpace,
   * i64 remainingSpace, i32 user (cloud_extension_stub.js:96-99, 152-158).
   */
  getServiceInfo(): Promise<SystemReply<SystemServiceInfo>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method: 'getServiceInfo', code: CloudServiceCode.GetServiceInfo },
      () => undefined,
      (reader) => {
        const info: Partial<SystemServiceInfo> = {};
        reader.partial = info;
        info.enableCloud = reader.bool('enableCloud');
        info.id = reader.string('id');
        info.totalSpace = reader.int64('totalSpace');
        info.remainingSpace = reader.int64('remainingSpace');
        info.user = reader.int32('user');
        return info as SystemServiceInfo;
      },
      this.options
    );
  }

  /**
   * GetAppBriefInfo (code 3): empty request; reply i32 count, then per app str key, str appId,
   * str bundleName, i32 cloudSwitch (read as non-zero), i32 instanceId (cloud_extension_stub.js:100-103, 160-171).
   */
  getAppBriefInfo(): Promise<SystemReply<Record<string, AppBriefInfo>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method: 'getAppBriefInfo', code: CloudServiceCode.GetAppBriefInfo },
      () => undefined,
      (reader) => {
        const apps: Record<string, AppBriefInfo> = {};
        reader.partial = apps;
        const count = reader.count('apps.length');
        for (let index = 0; index < count; index++) {
          const key = reader.string(`apps key ${index}`);
          const app: Partial<AppBriefInfo> = {};
          setOwn(apps, key, app as AppBriefInfo);
          app.appId = reader.string(`apps.${key}.appId`);
          app.bundleName = reader.string(`apps.${key}.bundleName`);
          app.cloudSwitch = reader.int32(`apps.${key}.cloudSwitch`) !== 0;
          app.instanceId = reader.int32(`apps.${key}.instanceId`);
        }
        return apps;
      },
      this.options
    );
  }

  /**
   * GetAppSchema (code 5): request str bundleName (cloud_extension_stub.js:105); reply i32 code
   * and, only when it is 0, the schema (107-110, 173-194).
   */
  getAppSchema(bundleName: string): Promise<SystemReply<CodeAndValue<AppSchema>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method: 'getAppSchema', code: CloudServiceCode.GetAppSchema },
      (writer) => writer.string(bundleName, 'bundleName'),
      (reader) => {
        const result: CodeAndValue<AppSchema> = { code: reader.int32('code') };
        reader.partial = result;
        if (result.code === 0) {
          const schema: Partial<AppSchema> = {};
          result.value = schema as AppSchema;
          readAppSchema(reader, 'value', schema);
        }
        return result;
      },
      this.options
    );
  }

  /**
   * Subscribe (code 6) for one bundle, as the system sends it (one request per bundle):
   * i64 expirationTime, str bundleName, i32 count, the databases (cloud_extension_stub.js:113-114,
   * 211-223). Reply i32 code and, only when it is 0, i64 expirationTime and the ids per bundle
   * (116-119, 196-209).
   *
   * @param expirationTime - Expiry in milliseconds; an integer number or a bigint (int64).
   */
  subscribe(
    bundleName: string,
    databases: readonly Database[],
    expirationTime: number | bigint
  ): Promise<SystemReply<CodeAndValue<SystemSubscribeInfo>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method: 'subscribe', code: CloudServiceCode.Subscribe },
      (writer) => {
        // cloud_extension_stub.js:113: the expiry comes first, before the bundle name.
        writer.int64(expirationTime, 'expirationTime');
        writer.string(bundleName, 'bundleName');
        writer.count(databases.length, 'databases.length');
        for (let index = 0; index < databases.length; index++) {
          writeDatabase(writer, databases[index], `databases[${index}]`);
        }
      },
      (reader) => {
        const result: CodeAndValue<SystemSubscribeInfo> = { code: reader.int32('code') };
        reader.partial = result;
        if (result.code === 0) {
          const info: Partial<SystemSubscribeInfo> = {};
          result.value = info as SystemSubscribeInfo;
          info.expirationTime = reader.int64('value.expirationTime');
          const subscribe: Record<string, SubscribeId[]> = {};
          info.subscribe = subscribe;
          const count = reader.count('value.subscribe.length');
          for (let index = 0; index < count; index++) {
            const key = reader.string(`value.subscribe key ${index}`);
            const ids: SubscribeId[] = [];
            setOwn(subscribe, key, ids);
            const idCount = reader.count(`value.subscribe.${key}.length`);
            for (let i = 0; i < idCount; i++) {
              const id: Partial<SubscribeId> = {};
              ids.push(id as SubscribeId);
              id.databaseAlias = reader.string(`value.subscribe.${key}[${i}].databaseAlias`);
              id.id = reader.string(`value.subscribe.${key}[${i}].id`);
            }
          }
        }
        return result;
      },
      this.options
    );
  }

  /**
   * Unsubscribe (code 7): i32 bundle count; per bundle str bundleName, i32 id count, str ids
   * (cloud_extension_stub.js:225-243). Reply one i32: 0 when the vendor returned a value `> 0`,
   * else 1 (124).
   *
   * @param subscriptions - Per bundle name, the subscription ids to cancel.
   * @returns The code the stub wrote.
   */
  unsubscribe(subscriptions: Readonly<Record<string, readonly string[]>>): Promise<SystemReply<number>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method: 'unsubscribe', code: CloudServiceCode.Unsubscribe },
      (writer) => {
        const keys = Object.keys(subscriptions);
        writer.count(keys.length, 'bundles.length');
        for (const key of keys) {
          const ids = subscriptions[key];
          writer.string(key, 'bundleName');
          writer.count(ids.length, `${key}.length`);
          for (let index = 0; index < ids.length; index++) {
            writer.string(ids[index], `${key}[${index}]`);
          }
        }
      },
      (reader) => reader.int32('code'),
      this.options
    );
  }

  /**
   * ConnectDatabase (code 2): str bundleName, Database (cloud_extension_stub.js:127-128); reply a
   * remote object, the CloudDB stub (130).
   */
  connectDB(bundleName: string, database: Database): Promise<SystemReply<object>> {
    return this.connectWith('connectDB', CloudServiceCode.ConnectDatabase, bundleName, database);
  }

  /**
   * ConnectAssetLoader (code 1): str bundleName, Database (cloud_extension_stub.js:133-134); reply
   * a remote object, the AssetLoader stub (136).
   */
  connectAssetLoader(bundleName: string, database: Database): Promise<SystemReply<object>> {
    return this.connectWith('connectAssetLoader', CloudServiceCode.ConnectAssetLoader, bundleName, database);
  }

  /**
   * ConnectShareCenter (code 0): i32 userId, str bundleName (cloud_extension_stub.js:139-140);
   * reply a remote object, or a failed transaction when the vendor gave `null` (142-144).
   */
  connectShareCenter(userId: number, bundleName: string): Promise<SystemReply<object>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method: 'connectShareCenter', code: CloudServiceCode.ConnectShareCenter },
      (writer) => {
        writer.int32(userId, 'userId');
        writer.string(bundleName, 'bundleName');
      },
      (reader) => readRemoteObject(reader, 'shareCenter'),
      this.options
    );
  }

  private connectWith(method: string, code: number, bundleName: string, database: Database): Promise<SystemReply<object>> {
    return call(
      this.remote,
      { interfaceName: 'CloudService', method, code },
      (writer) => {
        writer.string(bundleName, 'bundleName');
        writeDatabase(writer, database, 'database');
      },
      (reader) => readRemoteObject(reader, method === 'connectDB' ? 'cloudDB' : 'assetLoader'),
      this.options
    );
  }
}
