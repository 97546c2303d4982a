/**
 * The device's ArkTS runtime provides a global `console`. A plain TypeScript project that has
 * neither the DOM nor Node.js types needs this declaration to compile the example; drop it where
 * `console` is already declared (it would then be a duplicate).
 */
declare const console: {
  /** Writes an informational line to the device log. */
  info(message: string, ...args: unknown[]): void;
  /** Writes an error line to the device log. */
  error(message: string, ...args: unknown[]): void;
};
