/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type AppBriefInfo = cloudExtension.AppBriefInfo;

interface AppBriefInfoShape {
  appId: string;
  bundleName: string;
  cloudSwitch: boolean;
  instanceId: number;
}

expectType<AppBriefInfoShape>(null! as AppBriefInfo);
expectAssignable<AppBriefInfo>(null! as AppBriefInfoShape);
expectType<keyof AppBriefInfoShape>(null! as keyof AppBriefInfo);
expectAssignable<keyof AppBriefInfo>(null! as keyof AppBriefInfoShape);

declare const app: AppBriefInfo;
expectType<string>(app.appId);
expectType<string>(app.bundleName);
expectType<boolean>(app.cloudSwitch);
expectType<number>(app.instanceId);

// Every member is required.
expectAssignable<AppBriefInfo>({ appId: 'app-1', bundleName: 'com.example.notes', cloudSwitch: true, instanceId: 0 });
// @ts-expect-error `appId` is required
expectAssignable<AppBriefInfo>(null! as Omit<AppBriefInfo, 'appId'>);
// @ts-expect-error `bundleName` is required
expectAssignable<AppBriefInfo>(null! as Omit<AppBriefInfo, 'bundleName'>);
// @ts-expect-error `cloudSwitch` is required
expectAssignable<AppBriefInfo>(null! as Omit<AppBriefInfo, 'cloudSwitch'>);
// @ts-expect-error `instanceId` is required
expectAssignable<AppBriefInfo>(null! as Omit<AppBriefInfo, 'instanceId'>);

// Wrong member types.
// @ts-expect-error `cloudSwitch` is a boolean
expectAssignable<Pick<AppBriefInfo, 'cloudSwitch'>>({ cloudSwitch: 'on' });
// @ts-expect-error `instanceId` is a number
expectAssignable<Pick<AppBriefInfo, 'instanceId'>>({ instanceId: '0' });
