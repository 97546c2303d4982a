/**
 * Run and check an OpenHarmony cloud extension without a device.
 *
 * @packageDocumentation
 */
export * from './system/connect';
export * from './check/check';
