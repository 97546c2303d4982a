/**
 * The CloudDB stub: decodes the system's requests, calls the vendor's CloudDB and encodes the
 * results, as the device's `cloud_extension_stub.js` does (class at lines 288-601).
 *
 * Insert, Update, Delete and Query catch any throw, including one half-way through writing the
 * reply, and then append an int32 UNKNOWN_ERROR (1) after whatever was written (320-326, 332-338,
 * 343-349, 359-368). GenerateIds, Lock, Unlock and Heartbeat catch nothing.
 *
 * @packageDocumentation
 */

import rpc = require('../modules/ohos.rpc');
import { CloudDbCode, ErrorCode, WaitTime } from './codes';
import { bindImplementation, callVendor } from './trace';
import {
  isRejectedCount,
  loopCount,
  MAX_SIZE,
  readValuesBuckets,
  type Reply,
  type RowValue,
  type Sequence,
  type VendorList,
  type VendorResult,
  type VendorValue,
  writeValueBucket,
  writeValuesBuckets
} from './values';

type Option = rpc.MessageOption;

/** A bucket as the stub hands it to the vendor. */
type Bucket = Record<string, RowValue>;

/** A bucket as the stub writes it: its keys, then each value, checked by its write. */
type BucketFields = Readonly<Record<string, unknown>>;

/** The CloudDB methods the stub calls, unchecked: a missing one throws the engine's TypeError. */
interface CloudDbCalls {
  generateId(count: number): unknown;
  insert(table: string, values: Bucket[], extensions: Bucket[]): unknown;
  update(table: string, values: Bucket[], extensions: Bucket[]): unknown;
  delete(table: string, extensions: Bucket[]): unknown;
  query(table: string, fields: string[], limit: number, cursor: string): unknown;
  lock(): unknown;
  heartbeat(lockId: number): unknown;
  unlock(lockId: number): unknown;
}

/** What the stub reads of Query's page (cloud_extension_stub.js:413-417). */
interface CloudDataFields {
  readonly nextCursor: unknown;
  readonly hasMore: unknown;
  readonly values: VendorList<BucketFields>;
}

/** What the stub reads of a lock (cloud_extension_stub.js:374-375, 383-384). */
interface LockFields {
  readonly interval: unknown;
  readonly lockId: unknown;
}

/** Calls the vendor's CloudDB through the record of vendor calls. */
function callCloudDb(stub: object, method: string, args: readonly unknown[], invoke: () => VendorValue): Promise<VendorValue> {
  return callVendor(stub, 'CloudDB', method, args, invoke);
}

/** Query's field names: i32 count (negative → `[]`), that many str (cloud_extension_stub.js:401-411). */
function readFieldNames(data: Sequence): string[] {
  const fields: string[] = [];
  const count = data.readInt();
  if (isRejectedCount(count)) {
    return fields;
  }
  for (let index = 0; index < loopCount(count); index++) {
    fields.push(data.readString());
  }
  return fields;
}

/**
 * Insert/Update/Delete results: nothing if `length > MAX_SIZE`; else i32 length and per result i32
 * code, then its bucket if `value` is truthy, otherwise i32 0 (an empty bucket) — whatever the
 * code (cloud_extension_stub.js:419-434).
 */
function writeBucketResults(reply: Reply, results: VendorList<VendorResult<BucketFields>>): void {
  if (results.length > MAX_SIZE) {
    return;
  }
  reply.writeInt(results.length);
  for (let index = 0; index < results.length; index++) {
    reply.writeInt(results[index].code);
    if (results[index].value) {
      const bucket = results[index].value;
      writeValueBucket(reply, bucket);
    } else {
      reply.writeInt(0);
    }
  }
}

/** Query's page: str nextCursor, bool hasMore, the buckets (cloud_extension_stub.js:413-417). */
function writeCloudData(reply: Reply, page: CloudDataFields): void {
  reply.writeString(page.nextCursor);
  reply.writeBoolean(page.hasMore);
  writeValuesBuckets(reply, page.values);
}

/**
 * What the device's Unlock handler throws after writing the code: it reads `a3`, the Heartbeat
 * case's `let`, whose initialisation the jump to the Unlock case skipped (cloud_extension_stub.js:380,
 * 391), so the read is in its temporal dead zone. The message is the ArkCompiler runtime's: the
 * variable's name followed by " is not initialized" (arkcompiler_ets_runtime
 * ecmascript/stubs/runtime_stubs-inl.h RuntimeThrowUndefinedIfHole, global_env_constants.h:401).
 */
function unlockDeadZoneError(): ReferenceError {
  return new ReferenceError('a3 is not initialized');
}

/**
 * Serves a vendor's CloudDB (`cloudExtension.CloudDbStub` at run time, cloud_extension_stub.js:288-603).
 */
export class CloudDbStub extends rpc.RemoteObject {
  /** The vendor's CloudDB, read on every request (cloud_extension_stub.js:291). */
  cloudDb: VendorValue;

  /**
   * @param descriptor - The RemoteObject descriptor (`'CloudDbProxy'` from the factory).
   * @param cloudDb - The vendor's CloudDB.
   */
  constructor(descriptor: string, cloudDb: VendorValue) {
    super(descriptor);
    this.cloudDb = cloudDb;
    bindImplementation(this, () => this.cloudDb);
  }

  /**
   * Handles one request as the device does (cloud_extension_stub.js:294-399). Resolves `true` when a
   * reply was written, `false` for an unknown code or when the stub holds no CloudDB.
   *
   * @param code - A {@link CloudDbCode}.
   * @param data - The request.
   * @param reply - The reply to write.
   * @param option - The call's option; its wait time is set to 1500.
   */
  override async onRemoteMessageRequest(code: number, data: Sequence, reply: Reply, option: Option): Promise<boolean> {
    // cloud_extension_stub.js:295-297: only `undefined` counts as missing (null goes on and throws).
    if (this.cloudDb === undefined) {
      return false;
    }
    // :298-299: the (unused) descriptor, then the wait time.
    this.getDescriptor();
    option.setWaitTime(WaitTime.CloudDB);
    switch (code) {
      case CloudDbCode.GenerateIds: {
        // :301-311: no try/catch; ids are written as returned, whatever the count asked for.
        const count = data.readInt();
        const result = (await callCloudDb(this, 'generateId', [count], () =>
          (this.cloudDb as CloudDbCalls).generateId(count)
        )) as VendorResult<VendorList<unknown>>;
        reply.writeInt(result.code);
        if (result.code === 0) {
          reply.writeInt(result.value.length);
          result.value.forEach((id) => {
            reply.writeString(id);
          });
        }
        return true;
      }
      case CloudDbCode.Insert: {
        const table = data.readString();
        const values = readValuesBuckets(data);
        const extensions = readValuesBuckets(data);
        // :316-319: no rows → reply 0 without calling the vendor.
        if (values.length === 0) {
          reply.writeInt(0);
          return true;
        }
        // :320-326
        try {
          const results = await callCloudDb(this, 'insert', [table, values, extensions], () =>
            (this.cloudDb as CloudDbCalls).insert(table, values, extensions)
          );
          writeBucketResults(reply, results as VendorList<VendorResult<BucketFields>>);
        } catch {
          reply.writeInt(ErrorCode.UNKNOWN_ERROR);
        }
        return true;
      }
      case CloudDbCode.Update: {
        // :328-339: called even with no rows.
        const table = data.readString();
        const values = readValuesBuckets(data);
        const extensions = readValuesBuckets(data);
        try {
          const results = await callCloudDb(this, 'update', [table, values, extensions], () =>
            (this.cloudDb as CloudDbCalls).update(table, values, extensions)
          );
          writeBucketResults(reply, results as VendorList<VendorResult<BucketFields>>);
        } catch {
          reply.writeInt(ErrorCode.UNKNOWN_ERROR);
        }
        return true;
      }
      case CloudDbCode.Delete: {
        // :340-350
        const table = data.readString();
        const extensions = readValuesBuckets(data);
        try {
          const results = await callCloudDb(this, 'delete', [table, extensions], () =>
            (this.cloudDb as CloudDbCalls).delete(table, extensions)
          );
          writeBucketResults(reply, results as VendorList<VendorResult<BucketFields>>);
        } catch {
          reply.writeInt(ErrorCode.UNKNOWN_ERROR);
        }
        return true;
      }
      case CloudDbCode.Query: {
        // :351-369
        const table = data.readString();
        const fields = readFieldNames(data);
        const limit = data.readInt();
        let cursor = data.readString();
        // :356-358: an empty cursor reaches the vendor as '0'.
        if (cursor === '') {
          cursor = '0';
        }
        try {
          const result = (await callCloudDb(this, 'query', [table, fields, limit, cursor], () =>
            (this.cloudDb as CloudDbCalls).query(table, fields, limit, cursor)
          )) as VendorResult<CloudDataFields>;
          reply.writeInt(result.code);
          if (result.code === 0) {
            writeCloudData(reply, result.value);
          }
        } catch {
          reply.writeInt(ErrorCode.UNKNOWN_ERROR);
        }
        return true;
      }
      case CloudDbCode.Lock: {
        // :370-377: the request's payload is not read.
        const result = (await callCloudDb(this, 'lock', [], () => (this.cloudDb as CloudDbCalls).lock())) as VendorResult<LockFields>;
        reply.writeInt(result.code);
        if (result.code === 0) {
          reply.writeInt(result.value.interval);
          reply.writeInt(result.value.lockId);
        }
        return true;
      }
      case CloudDbCode.Heartbeat: {
        // :378-386
        const lockId = data.readInt();
        const result = (await callCloudDb(this, 'heartbeat', [lockId], () =>
          (this.cloudDb as CloudDbCalls).heartbeat(lockId)
        )) as VendorResult<LockFields>;
        reply.writeInt(result.code);
        if (result.code === 0) {
          reply.writeInt(result.value.interval);
          reply.writeInt(result.value.lockId);
        }
        return true;
      }
      case CloudDbCode.Unlock: {
        // :387-394: the code is written, then reading Heartbeat's `a3` throws, so the boolean is
        // never written and the handler rejects.
        const lockId = data.readInt();
        const result = (await callCloudDb(this, 'unlock', [lockId], () =>
          (this.cloudDb as CloudDbCalls).unlock(lockId)
        )) as VendorResult<unknown>;
        reply.writeInt(result.code);
        throw unlockDeadZoneError();
      }
      default:
        // :395-398
        return false;
    }
  }
}
