/**
 * The CloudService stub: decodes the system's requests, calls the vendor's CloudService and encodes
 * the results, as the device's `cloud_extension_stub.js` does (class at lines 86-284).
 *
 * There is no `try`/`catch` in this stub (92-150): a vendor throw, or a throw while writing, rejects
 * the handler. Whatever was written before stays in the reply.
 *
 * @packageDocumentation
 */

import rpc = require('../modules/ohos.rpc');
import { CloudServiceCode, ErrorCode, WaitTime } from './codes';
import { bindImplementation, callVendor } from './trace';
import { isRejectedCount, loopCount, type Reply, type Sequence, type VendorList, type VendorResult, type VendorValue } from './values';

type Option = rpc.MessageOption;

/** A field of a table, as the stub reads it from a request (cloud_extension_stub.js:267-273). */
export interface Field {
  /** The column's name in the cloud. */
  alias: string;
  /** The column's name on the device. */
  colName: string;
  /** Its `FieldType`, as read (any int32). */
  type: number;
  /** Whether it is (part of) the primary key. */
  primary: boolean;
  /** Whether it may hold null. */
  nullable: boolean;
}

/** A table, as the stub reads it from a request (cloud_extension_stub.js:257-262). */
export interface Table {
  /** The table's name in the cloud. */
  alias: string;
  /** The table's name on the device. */
  name: string;
  /** Its fields. */
  fields: Field[];
}

/** A database, as the stub reads it from a request and hands it to the vendor (cloud_extension_stub.js:245-283). */
export interface Database {
  /** The database's name in the cloud. */
  alias: string;
  /** The database's name on the device. */
  name: string;
  /** Its tables. */
  tables: Table[];
}

/** The CloudService methods the stub calls, unchecked: a missing one throws the engine's TypeError. */
interface CloudServiceCalls {
  getServiceInfo(): unknown;
  getAppBriefInfo(): unknown;
  getAppSchema(bundleName: string): unknown;
  subscribe(databases: Record<string, Database[]>, expirationTime: number): unknown;
  unsubscribe(ids: Record<string, string[]>): unknown;
  connectDB(bundleName: string, database: Database): unknown;
  connectAssetLoader(bundleName: string, database: Database): unknown;
  connectShareCenter(userId: number, bundleName: string): unknown;
}

/** What the stub reads of a ServiceInfo (cloud_extension_stub.js:152-158). */
interface ServiceInfoFields {
  readonly enableCloud: unknown;
  readonly id: unknown;
  readonly totalSpace: unknown;
  readonly remainingSpace: unknown;
  readonly user: unknown;
}

/** What the stub reads of one AppBriefInfo (cloud_extension_stub.js:163-169). */
interface AppBriefFields {
  readonly appId: unknown;
  readonly bundleName: unknown;
  readonly cloudSwitch: unknown;
  readonly instanceId: unknown;
}

/** What the stub reads of a schema field (cloud_extension_stub.js:186-190). */
interface SchemaFieldFields {
  readonly alias: unknown;
  readonly colName: unknown;
  readonly type: unknown;
  readonly primary: unknown;
  readonly nullable: unknown;
}

/** What the stub reads of a schema table (cloud_extension_stub.js:181-185). */
interface SchemaTableFields {
  readonly alias: unknown;
  readonly name: unknown;
  readonly fields: VendorList<SchemaFieldFields>;
}

/** What the stub reads of a schema database (cloud_extension_stub.js:177-180). */
interface SchemaDatabaseFields {
  readonly alias: unknown;
  readonly name: unknown;
  readonly tables: VendorList<SchemaTableFields>;
}

/** What the stub reads of an AppSchema (cloud_extension_stub.js:173-176). */
interface AppSchemaFields {
  readonly version: unknown;
  readonly bundleName: unknown;
  readonly databases: VendorList<SchemaDatabaseFields>;
}

/** What the stub reads of one subscription (cloud_extension_stub.js:205-206). */
interface SubscriptionFields {
  readonly databaseAlias: unknown;
  readonly id: unknown;
}

/** What the stub reads of a SubscribeInfo (cloud_extension_stub.js:196-209). */
interface SubscribeInfoFields {
  readonly expirationTime: unknown;
  readonly subscribe: Readonly<Record<string, VendorList<SubscriptionFields>>>;
}

/** Calls the vendor's CloudService through the record of vendor calls. */
function callCloudService(stub: object, method: string, args: readonly unknown[], invoke: () => VendorValue): Promise<VendorValue> {
  return callVendor(stub, 'CloudService', method, args, invoke);
}

/**
 * Reads a Database: str **name**, str **alias**, i32 table count (negative → no tables); per table
 * str alias, str name, i32 field count (negative → no fields); per field str alias, str colName,
 * i32 type, bool primary, bool nullable (cloud_extension_stub.js:245-283).
 *
 * The object is created as `{ alias: '', name: '', tables: [] }` first, so its keys come in that
 * order (246-250).
 *
 * @param data - The request.
 * @returns The database as the vendor receives it.
 */
export function readDatabase(data: Sequence): Database {
  const database: Database = { alias: '', name: '', tables: [] };
  database.name = data.readString();
  database.alias = data.readString();
  database.tables = [];
  const tableCount = data.readInt();
  if (isRejectedCount(tableCount)) {
    return database;
  }
  for (let tableIndex = 0; tableIndex < loopCount(tableCount); tableIndex++) {
    const alias = data.readString();
    const name = data.readString();
    const table: Table = { alias, name, fields: [] };
    database.tables.push(table);
    const fieldCount = data.readInt();
    if (isRejectedCount(fieldCount)) {
      continue;
    }
    for (let fieldIndex = 0; fieldIndex < loopCount(fieldCount); fieldIndex++) {
      const field: Field = {
        alias: data.readString(),
        colName: data.readString(),
        type: data.readInt(),
        primary: data.readBoolean(),
        nullable: data.readBoolean()
      };
      database.tables[tableIndex].fields.push(field);
    }
  }
  return database;
}

/**
 * Reads Subscribe's databases: str bundleName, i32 count (negative → none), that many Databases,
 * into `{ [bundleName]: Database[] }` (cloud_extension_stub.js:211-223).
 */
function readSubscribeDatabases(data: Sequence): Record<string, Database[]> {
  const bundleName = data.readString();
  const databases: Record<string, Database[]> = {};
  const count = data.readInt();
  databases[bundleName] = [];
  if (isRejectedCount(count)) {
    return databases;
  }
  for (let index = 0; index < loopCount(count); index++) {
    databases[bundleName].push(readDatabase(data));
  }
  return databases;
}

/**
 * Reads Unsubscribe's ids: i32 bundle count (negative → `{}`); per bundle str bundleName, i32 id
 * count (negative → that bundle keeps `[]`), that many str ids (cloud_extension_stub.js:225-243).
 */
function readUnsubscribeIds(data: Sequence): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  const bundleCount = data.readInt();
  if (isRejectedCount(bundleCount)) {
    return ids;
  }
  for (let bundleIndex = 0; bundleIndex < loopCount(bundleCount); bundleIndex++) {
    const bundleName = data.readString();
    ids[bundleName] = [];
    const idCount = data.readInt();
    if (isRejectedCount(idCount)) {
      continue;
    }
    for (let idIndex = 0; idIndex < loopCount(idCount); idIndex++) {
      ids[bundleName].push(data.readString());
    }
  }
  return ids;
}

/** bool enableCloud, str id, i64 totalSpace, i64 remainingSpace, i32 user (cloud_extension_stub.js:152-158). */
function writeServiceInfo(reply: Reply, info: ServiceInfoFields): void {
  reply.writeBoolean(info.enableCloud);
  reply.writeString(info.id);
  reply.writeLong(info.totalSpace);
  reply.writeLong(info.remainingSpace);
  reply.writeInt(info.user);
}

/**
 * i32 `Object.keys` count; per key str key, str appId, str bundleName, i32 (cloudSwitch truthy ? 1 :
 * 0), i32 instanceId (cloud_extension_stub.js:160-171).
 */
function writeAppBriefInfo(reply: Reply, briefs: Readonly<Record<string, AppBriefFields>>): void {
  const keys = Object.keys(briefs);
  reply.writeInt(keys.length);
  keys.forEach((key) => {
    reply.writeString(key);
    const brief = briefs[key];
    reply.writeString(brief.appId);
    reply.writeString(brief.bundleName);
    reply.writeInt(brief.cloudSwitch ? 1 : 0);
    reply.writeInt(brief.instanceId);
  });
}

/**
 * i32 version, str bundleName, i32 database count; per database str **alias**, str **name**, i32
 * table count; per table str alias, str name, i32 field count; per field str alias, str colName,
 * i32 type, bool primary, bool nullable (cloud_extension_stub.js:173-194). Databases come alias
 * first here, name first in requests.
 */
function writeAppSchema(reply: Reply, schema: AppSchemaFields): void {
  reply.writeInt(schema.version);
  reply.writeString(schema.bundleName);
  reply.writeInt(schema.databases.length);
  schema.databases.forEach((database) => {
    reply.writeString(database.alias);
    reply.writeString(database.name);
    reply.writeInt(database.tables.length);
    database.tables.forEach((table) => {
      reply.writeString(table.alias);
      reply.writeString(table.name);
      reply.writeInt(table.fields.length);
      table.fields.forEach((field) => {
        reply.writeString(field.alias);
        reply.writeString(field.colName);
        reply.writeInt(field.type);
        reply.writeBoolean(field.primary);
        reply.writeBoolean(field.nullable);
      });
    });
  });
}

/**
 * i64 expirationTime, i32 `Object.keys(subscribe)` count; per key str key, i32 count, per
 * subscription str databaseAlias, str id (cloud_extension_stub.js:196-209).
 */
function writeSubscribeInfo(reply: Reply, info: SubscribeInfoFields): void {
  reply.writeLong(info.expirationTime);
  const keys = Object.keys(info.subscribe);
  reply.writeInt(keys.length);
  keys.forEach((key) => {
    reply.writeString(key);
    const subscriptions = info.subscribe[key];
    reply.writeInt(subscriptions.length);
    subscriptions.forEach((subscription) => {
      reply.writeString(subscription.databaseAlias);
      reply.writeString(subscription.id);
    });
  });
}

/**
 * Serves a vendor's CloudService (`cloudExtension.CloudServiceStub` at run time,
 * cloud_extension_stub.js:86-286).
 */
export class CloudServiceStub extends rpc.RemoteObject {
  /** The vendor's CloudService, read on every request (cloud_extension_stub.js:89). */
  cloudService: VendorValue;

  /**
   * @param descriptor - The RemoteObject descriptor (`'CloudServiceProxy'` from the factory).
   * @param cloudService - The vendor's CloudService.
   */
  constructor(descriptor: string, cloudService: VendorValue) {
    super(descriptor);
    this.cloudService = cloudService;
    bindImplementation(this, () => this.cloudService);
  }

  /**
   * Handles one request as the device does (cloud_extension_stub.js:92-150). Resolves `true` when a
   * reply was written, `false` for an unknown code or a `null`/`undefined` ShareCenter.
   *
   * @param code - A {@link CloudServiceCode}.
   * @param data - The request.
   * @param reply - The reply to write.
   * @param option - The call's option; its wait time is set to 1000.
   */
  override async onRemoteMessageRequest(code: number, data: Sequence, reply: Reply, option: Option): Promise<boolean> {
    // cloud_extension_stub.js:93-94: wait time first, then the (unused) descriptor.
    option.setWaitTime(WaitTime.CloudService);
    this.getDescriptor();
    switch (code) {
      case CloudServiceCode.GetServiceInfo: {
        // :96-99: nothing read; a null result throws before anything is written.
        const info = await callCloudService(this, 'getServiceInfo', [], () => (this.cloudService as CloudServiceCalls).getServiceInfo());
        writeServiceInfo(reply, info as ServiceInfoFields);
        return true;
      }
      case CloudServiceCode.GetAppBriefInfo: {
        // :100-103
        const briefs = await callCloudService(this, 'getAppBriefInfo', [], () =>
          (this.cloudService as CloudServiceCalls).getAppBriefInfo()
        );
        writeAppBriefInfo(reply, briefs as Readonly<Record<string, AppBriefFields>>);
        return true;
      }
      case CloudServiceCode.GetAppSchema: {
        // :104-111: the code, then the schema only for SUCCESS; a success without `value` throws
        // after the code is written.
        const bundleName = data.readString();
        const result = (await callCloudService(this, 'getAppSchema', [bundleName], () =>
          (this.cloudService as CloudServiceCalls).getAppSchema(bundleName)
        )) as VendorResult<AppSchemaFields>;
        reply.writeInt(result.code);
        if (result.code === ErrorCode.SUCCESS) {
          writeAppSchema(reply, result.value);
        }
        return true;
      }
      case CloudServiceCode.Subscribe: {
        // :112-120: expirationTime is read first but passed second.
        const expirationTime = data.readLong();
        const databases = readSubscribeDatabases(data);
        const result = (await callCloudService(this, 'subscribe', [databases, expirationTime], () =>
          (this.cloudService as CloudServiceCalls).subscribe(databases, expirationTime)
        )) as VendorResult<SubscribeInfoFields>;
        reply.writeInt(result.code);
        if (result.code === ErrorCode.SUCCESS) {
          writeSubscribeInfo(reply, result.value);
        }
        return true;
      }
      case CloudServiceCode.Unsubscribe: {
        // :121-125: success only when the result is `> 0` (JavaScript comparison), so
        // ErrorCode.SUCCESS (0) is reported as UNKNOWN_ERROR and 1 as SUCCESS.
        const ids = readUnsubscribeIds(data);
        const result = await callCloudService(this, 'unsubscribe', [ids], () => (this.cloudService as CloudServiceCalls).unsubscribe(ids));
        // Whatever the vendor returned, compared with 0 as JavaScript compares any value.
        reply.writeInt((result as number) > 0 ? ErrorCode.SUCCESS : ErrorCode.UNKNOWN_ERROR);
        return true;
      }
      case CloudServiceCode.ConnectDatabase: {
        // :126-131
        const bundleName = data.readString();
        const database = readDatabase(data);
        const cloudDb = await callCloudService(this, 'connectDB', [bundleName, database], () =>
          (this.cloudService as CloudServiceCalls).connectDB(bundleName, database)
        );
        reply.writeRemoteObject(cloudDb);
        return true;
      }
      case CloudServiceCode.ConnectAssetLoader: {
        // :132-137
        const bundleName = data.readString();
        const database = readDatabase(data);
        const assetLoader = await callCloudService(this, 'connectAssetLoader', [bundleName, database], () =>
          (this.cloudService as CloudServiceCalls).connectAssetLoader(bundleName, database)
        );
        reply.writeRemoteObject(assetLoader);
        return true;
      }
      case CloudServiceCode.ConnectShareCenter: {
        // :138-146: a null or undefined ShareCenter resolves false with nothing written.
        const userId = data.readInt();
        const bundleName = data.readString();
        const shareCenter = await callCloudService(this, 'connectShareCenter', [userId, bundleName], () =>
          (this.cloudService as CloudServiceCalls).connectShareCenter(userId, bundleName)
        );
        if (shareCenter == null) {
          return false;
        }
        reply.writeRemoteObject(shareCenter);
        return true;
      }
      default:
        // :147-148
        return false;
    }
  }
}
