/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type ServiceInfo = cloudExtension.ServiceInfo;

interface ServiceInfoShape {
  enableCloud: boolean;
  id: string;
  totalSpace: number;
  remainingSpace: number;
  user: number;
}

expectType<ServiceInfoShape>(null! as ServiceInfo);
expectAssignable<ServiceInfo>(null! as ServiceInfoShape);
expectType<keyof ServiceInfoShape>(null! as keyof ServiceInfo);
expectAssignable<keyof ServiceInfo>(null! as keyof ServiceInfoShape);

declare const info: ServiceInfo;
expectType<boolean>(info.enableCloud);
expectType<string>(info.id);
expectType<number>(info.totalSpace);
expectType<number>(info.remainingSpace);
expectType<number>(info.user);

// Every member is required.
expectAssignable<ServiceInfo>({ enableCloud: true, id: 'account-1', totalSpace: 5 * 1024 ** 3, remainingSpace: 1024 ** 3, user: 100 });
// @ts-expect-error nothing is optional
expectAssignable<ServiceInfo>({});
// @ts-expect-error `enableCloud` is required
expectAssignable<ServiceInfo>(null! as Omit<ServiceInfo, 'enableCloud'>);
// @ts-expect-error `id` is required
expectAssignable<ServiceInfo>(null! as Omit<ServiceInfo, 'id'>);
// @ts-expect-error `totalSpace` is required
expectAssignable<ServiceInfo>(null! as Omit<ServiceInfo, 'totalSpace'>);
// @ts-expect-error `remainingSpace` is required
expectAssignable<ServiceInfo>(null! as Omit<ServiceInfo, 'remainingSpace'>);
// @ts-expect-error `user` is required
expectAssignable<ServiceInfo>(null! as Omit<ServiceInfo, 'user'>);

// Wrong member types.
// @ts-expect-error `enableCloud` is a boolean switch
expectAssignable<Pick<ServiceInfo, 'enableCloud'>>({ enableCloud: 1 });
// @ts-expect-error `user` is the numeric OS user id
expectAssignable<Pick<ServiceInfo, 'user'>>({ user: '100' });
// @ts-expect-error sizes are numbers
expectAssignable<Pick<ServiceInfo, 'totalSpace'>>({ totalSpace: '5G' });
