/**
 * `@kit.ArkData` as far as the harness implements it: `{ cloudExtension, cloudData,
 * relationalStore, preferences }` (interface_sdk-js kits/@kit.ArkData.d.ts re-exports each module's default
 * export under its name).
 *
 * @packageDocumentation
 */
import cloudData = require('./ohos.data.cloudData');
import cloudExtension = require('./ohos.data.cloudExtension');
import relationalStore = require('./ohos.data.relationalStore');
import preferences = require('./ohos.data.preferences');

export = { cloudExtension, cloudData, relationalStore, preferences };
