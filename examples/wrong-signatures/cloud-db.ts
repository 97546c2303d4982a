import cloudExtension from '@ohos.data.cloudExtension';
import { MyCloudDB } from '../vendor-extension/cloud-db';

/** `count` is a number of identifiers, not a string. */
export class StringCountDB extends MyCloudDB implements cloudExtension.CloudDB {
  // @ts-expect-error generateId
  override async generateId(count: string): Promise<cloudExtension.Result<Array<string>>> {
    return { code: cloudExtension.ErrorCode.SUCCESS, value: [count] };
  }
}

/** `query` must wrap the page in a `Result`. */
export class UnwrappedQueryDB extends MyCloudDB implements cloudExtension.CloudDB {
  // @ts-expect-error query
  override async query(table: string, fields: Array<string>, queryCount: number, queryCursor: string): Promise<cloudExtension.CloudData> {
    return { nextCursor: '', hasMore: false, values: [] };
  }
}

/** `lock` answers with a promise; a synchronous answer does not fit. */
export class SyncLockDB extends MyCloudDB implements cloudExtension.CloudDB {
  // @ts-expect-error lock
  override lock(): cloudExtension.Result<cloudExtension.LockInfo> {
    return { code: cloudExtension.ErrorCode.SUCCESS, value: { interval: 10, lockId: 1 } };
  }
}

/** Every `Result` needs a `code`. */
export class NoCodeDB extends MyCloudDB implements cloudExtension.CloudDB {
  override async unlock(lockId: number): Promise<cloudExtension.Result<boolean>> {
    // @ts-expect-error code
    return { description: 'unlocked', value: true };
  }
}
