/**
 * Run and check an OpenHarmony cloud extension without a device: {@link connect} plays the
 * system's side of a connection through stubs that encode every call as the device's do, and
 * {@link check} runs the system's calls and reports what would go wrong on a device.
 *
 * @module ohos-cloud-extension-harness
 * @packageDocumentation
 */
export * from './system/connect';
export * from './system/connect-entry';
export * from './check/check';
export { FLEET_RULES, fleetRuleById, type FleetRuleId } from './fleet/fleet-rules';
export type { InterfaceName } from './stubs/codes';
export {
  Sandbox,
  SandboxPathError,
  DEFAULT_BUNDLE_NAME,
  DEFAULT_MODULE_NAME,
  type SandboxOptions,
  type HostPathOptions
} from './sandbox/sandbox';
export { currentSandbox, setCurrentSandbox } from './sandbox/current-sandbox';
export type { WriteEntry, WriteError, WriteLog, WriteMethod, WrittenValue } from './stubs/recording/write-log';
