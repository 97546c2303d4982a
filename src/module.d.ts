/**
 * The surface of `@ohos.data.cloudExtension`, exactly as the OpenHarmony SDK declares it: what a
 * vendor's cloud service extension implements and the stub functions that hand it to the system.
 *
 * @remarks
 * Import it as the platform module (`import cloudExtension from '@ohos.data.cloudExtension'`);
 * the device provides its values at run time. The package root re-exports the same types for
 * `import type`.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 *
 * @module \@ohos.data.cloudExtension
 * @packageDocumentation
 */
export * from './result';
export * from './cloud-asset';
export * from './cloud-type';
export * from './cloud-info';
export * from './service-info';
export * from './app-brief-info';
export * from './field-type';
export * from './field';
export * from './table';
export * from './database';
export * from './app-schema';
export * from './cloud-data';
export * from './subscribe-info';
export * from './subscribe-id';
export * from './flag';
export * from './extension-value';
export * from './lock-info';
export * from './error-code';
export * from './stubs';
export * from './cloud-db';
export * from './asset-loader';
export * from './share-center';
export * from './cloud-service';
