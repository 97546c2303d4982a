import type { Database } from 'ohos-cloud-extension-types';
import type { SystemSubscribeInfo } from '../../system/cloud-service-client';
import type { SystemSide } from '../../system/connect';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';
import type { DatabaseShape } from '../sample-database';

/** How far ahead the system sets a subscription's expiry: 144 hours, in ms (datamgr_service cloud_server_impl.h:59). */
export const SUBSCRIPTION_SPAN_MS = 144 * 60 * 60 * 1000;

/**
 * Subscribe, one call per bundle with its databases and an expiry of now + 144 h in ms, then
 * Unsubscribe with the ids the extension gave (datamgr_service cloud_service.rs:76-105).
 */
export async function runSubscription(
  context: CheckContext,
  system: SystemSide,
  bundles: readonly { readonly bundleName: string; readonly databases: readonly DatabaseShape[] }[]
): Promise<void> {
  const subscriptions: Record<string, string[]> = {};
  for (const bundle of bundles) {
    const expirationTime = Date.now() + SUBSCRIPTION_SPAN_MS;
    const shown = `subscribe({ ${show(bundle.bundleName)}: ${bundle.databases.length} databases }, ${expirationTime})`;
    const outcome = await context.call('CloudService.subscribe', shown, () =>
      system.subscribe(bundle.bundleName, bundle.databases as unknown as Database[], expirationTime)
    );
    const ids: string[] = [];
    const info = outcome.value?.code === 0 ? outcome.value.value : undefined;
    if (info !== undefined) {
      checkSubscription(context, shown, bundle, info, expirationTime);
      for (const entries of Object.values(info.subscribe)) {
        for (const entry of entries) {
          ids.push(entry.id);
        }
      }
    }
    subscriptions[bundle.bundleName] = ids;
  }

  const shown = `unsubscribe({ ${Object.keys(subscriptions)
    .map((name) => show(name))
    .join(', ')} })`;
  const outcome = await context.call('CloudService.unsubscribe', shown, () => system.unsubscribe(subscriptions));
  // cloud_extension_stub.js:124: only a result greater than 0 is sent as SUCCESS.
  if (outcome.returned && !((outcome.vendorValue as number) > 0)) {
    context.report(
      'unsubscribe-not-positive',
      'CloudService.unsubscribe',
      `${shown} resolved ${show(outcome.vendorValue)}; the device's stub sends SUCCESS only when the result is greater than 0, so the system reads UNKNOWN_ERROR (1) and takes the unsubscription as failed.`
    );
  }
}

/** Warns about an expiry that is not in the future and about databases left without an id. */
function checkSubscription(
  context: CheckContext,
  shown: string,
  bundle: { readonly bundleName: string; readonly databases: readonly DatabaseShape[] },
  info: SystemSubscribeInfo,
  requested: number
): void {
  const expiry = Number(info.expirationTime);
  if (expiry <= Date.now()) {
    context.report(
      'subscription-expired',
      'CloudService.subscribe',
      `${shown} confirmed the subscription with expirationTime ${String(info.expirationTime)}, which is not in the future (the system asked for ${requested}).`
    );
  }
  const given = new Set((info.subscribe[bundle.bundleName] ?? []).map((entry) => entry.databaseAlias));
  const missing = bundle.databases.filter((database) => !given.has(database.alias)).map((database) => show(database.alias));
  if (missing.length > 0) {
    context.report(
      'subscription-incomplete',
      'CloudService.subscribe',
      `${shown} returned no subscription id for the database${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${show(bundle.bundleName)}.`
    );
  }
}
