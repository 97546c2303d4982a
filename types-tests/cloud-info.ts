/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type CloudInfo = cloudExtension.CloudInfo;
type ServiceInfo = cloudExtension.ServiceInfo;
type AppBriefInfo = cloudExtension.AppBriefInfo;

interface CloudInfoShape {
  cloudInfo: ServiceInfo;
  apps: Record<string, AppBriefInfo>;
}

expectType<CloudInfoShape>(null! as CloudInfo);
expectAssignable<CloudInfo>(null! as CloudInfoShape);
expectType<keyof CloudInfoShape>(null! as keyof CloudInfo);
expectAssignable<keyof CloudInfo>(null! as keyof CloudInfoShape);

declare const info: CloudInfo;
expectType<ServiceInfo>(info.cloudInfo);
expectAssignable<typeof info.cloudInfo>(null! as ServiceInfo);
expectType<Record<string, AppBriefInfo>>(info.apps);
expectAssignable<typeof info.apps>(null! as Record<string, AppBriefInfo>);
expectType<string>(null! as keyof typeof info.apps);
expectAssignable<keyof typeof info.apps>(null! as string);

// Every member is required.
declare const service: ServiceInfo;
declare const app: AppBriefInfo;
expectAssignable<CloudInfo>({ cloudInfo: service, apps: { 'com.example.notes': app } });
expectAssignable<CloudInfo>({ cloudInfo: service, apps: {} });
// @ts-expect-error `cloudInfo` is required
expectAssignable<CloudInfo>(null! as Omit<CloudInfo, 'cloudInfo'>);
// @ts-expect-error `apps` is required
expectAssignable<CloudInfo>(null! as Omit<CloudInfo, 'apps'>);

// Wrong member types.
// @ts-expect-error `apps` is keyed by bundle name, not a list
expectAssignable<Pick<CloudInfo, 'apps'>>({ apps: [app] });
// @ts-expect-error `cloudInfo` is the account's service info, not an application's
expectAssignable<Pick<CloudInfo, 'cloudInfo'>>({ cloudInfo: app });
