/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type LockInfo = cloudExtension.LockInfo;

interface LockInfoShape {
  interval: number;
  lockId: number;
}

expectType<LockInfoShape>(null! as LockInfo);
expectAssignable<LockInfo>(null! as LockInfoShape);
expectType<keyof LockInfoShape>(null! as keyof LockInfo);
expectAssignable<keyof LockInfo>(null! as keyof LockInfoShape);

declare const lock: LockInfo;
expectType<number>(lock.interval);
expectType<number>(lock.lockId);

// Every member is required.
expectAssignable<LockInfo>({ interval: 30, lockId: 7 });
// @ts-expect-error `interval` is required
expectAssignable<LockInfo>(null! as Omit<LockInfo, 'interval'>);
// @ts-expect-error `lockId` is required
expectAssignable<LockInfo>(null! as Omit<LockInfo, 'lockId'>);

// Wrong member types.
// @ts-expect-error the lock id is a number
expectAssignable<LockInfo>({ interval: 30, lockId: 'lock-7' });
// @ts-expect-error the interval is a number of seconds
expectAssignable<LockInfo>({ interval: '30s', lockId: 7 });
