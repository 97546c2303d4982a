import type { SystemSide } from '../../system/connect';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';
import type { DatabaseShape } from '../sample-database';

/** Most bundles the check follows from getAppBriefInfo; the rest are ignored. */
export const MAX_BUNDLES = 8;

/** A bundle the extension serves, with the databases its schema names. */
export interface DiscoveredBundle {
  /** The bundle name (the key of getAppBriefInfo's record). */
  readonly bundleName: string;
  /** The databases of its schema; empty when the schema failed or named none. */
  readonly databases: readonly DatabaseShape[];
}

/** What discovery learned: the user, and the bundles with their schemas. */
export interface Discovery {
  /** The user id getServiceInfo reported, or 100 when it could not be read. */
  readonly user: number;
  /** The bundles, in the order getAppBriefInfo listed them. */
  readonly bundles: readonly DiscoveredBundle[];
}

/** The bundle the check uses when getAppBriefInfo names none. */
export const FALLBACK_BUNDLE = 'com.example.harness';

/**
 * Discovery, as the system starts: GetServiceInfo, GetAppBriefInfo, then GetAppSchema for each
 * bundle (datamgr_service cloud_service.rs:43-59).
 */
export async function runDiscovery(context: CheckContext, system: SystemSide): Promise<Discovery> {
  const info = await context.call('CloudService.getServiceInfo', 'getServiceInfo()', () => system.getServiceInfo());
  const user = info.value !== undefined && typeof info.value.user === 'number' ? info.value.user : 100;

  const brief = await context.call('CloudService.getAppBriefInfo', 'getAppBriefInfo()', () => system.getAppBriefInfo());
  const names = brief.value === undefined ? [] : Object.keys(brief.value).slice(0, MAX_BUNDLES);
  if (names.length === 0) {
    names.push(FALLBACK_BUNDLE);
  }

  const bundles: DiscoveredBundle[] = [];
  for (const bundleName of names) {
    const shown = `getAppSchema(${show(bundleName)})`;
    const schema = await context.call('CloudService.getAppSchema', shown, () => system.getAppSchema(bundleName));
    const value = schema.value?.code === 0 ? schema.value.value : undefined;
    if (value !== undefined && value.bundleName !== bundleName) {
      context.report('schema-bundle-mismatch', 'CloudService.getAppSchema', `${shown} answered a schema for ${show(value.bundleName)}.`);
    }
    bundles.push({ bundleName, databases: value === undefined ? [] : value.databases.filter(isUsableDatabase) });
  }
  return { user, bundles };
}

/** A database the sync round can walk: named, with tables that have names and fields. */
function isUsableDatabase(database: DatabaseShape): boolean {
  return database.tables.length > 0;
}
