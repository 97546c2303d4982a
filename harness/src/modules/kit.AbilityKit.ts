/**
 * `@kit.AbilityKit` as far as the harness implements it: `{ ServiceExtensionAbility, Want }`
 * (interface_sdk-js kits/@kit.AbilityKit.d.ts re-exports the default export of each module under
 * its name).
 *
 * @packageDocumentation
 */
import ServiceExtensionAbility = require('./ohos.app.ability.ServiceExtensionAbility');
import Want = require('./ohos.app.ability.Want');

export = { ServiceExtensionAbility, Want };
