/// <reference types="ohos-cloud-extension-types" />
import Want from '@ohos.app.ability.Want';
import { expectAssignable, expectType } from 'tsd';

// Every field is optional.
interface WantShape {
  bundleName?: string;
  abilityName?: string;
  deviceId?: string;
  uri?: string;
  type?: string;
  flags?: number;
  action?: string;
  parameters?: Record<string, Object>;
  entities?: Array<string>;
  moduleName?: string;
}
expectType<WantShape>(null! as Want);
expectAssignable<Want>(null! as WantShape);
expectType<keyof WantShape>(null! as keyof Want);
expectAssignable<keyof Want>(null! as keyof WantShape);

declare const want: Want;
expectType<string | undefined>(want.bundleName);
expectType<string | undefined>(want.abilityName);
expectType<string | undefined>(want.deviceId);
expectType<string | undefined>(want.uri);
expectType<string | undefined>(want.type);
expectType<number | undefined>(want.flags);
expectType<string | undefined>(want.action);
expectType<Record<string, Object> | undefined>(want.parameters);
expectAssignable<typeof want.parameters>(null! as Record<string, Object> | undefined);
expectType<string>(null! as keyof NonNullable<typeof want.parameters>);
expectAssignable<keyof NonNullable<typeof want.parameters>>(null! as string);
expectType<Array<string> | undefined>(want.entities);
expectAssignable<typeof want.entities>(null! as Array<string> | undefined);
expectType<string | undefined>(want.moduleName);

// A class with a no-argument constructor, and any object literal with some of its fields is a Want.
expectType<[]>(null! as ConstructorParameters<typeof Want>);
expectType<Want>(new Want());
expectAssignable<Want>({});
expectAssignable<Want>({
  bundleName: 'com.example.cloud',
  abilityName: 'CloudExtension',
  deviceId: '',
  uri: '',
  type: '',
  flags: 0,
  action: 'ohos.want.action.viewData',
  parameters: { userId: 100 },
  entities: ['entity.system.default'],
  moduleName: 'entry'
});

// Wrong field types.
// @ts-expect-error `flags` is a number
expectAssignable<Want>({ flags: '0' });
// @ts-expect-error `entities` is a list
expectAssignable<Want>({ entities: 'entity.system.default' });
// @ts-expect-error `parameters` is a record
expectAssignable<Want>({ parameters: 'userId=100' });
// @ts-expect-error `bundleName` is a string
expectAssignable<Want>({ bundleName: 1 });
