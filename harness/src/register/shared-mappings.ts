/**
 * The vendor's module mappings in memory shared between the main thread, which writes them, and
 * the loader hooks' thread, which reads them synchronously at each `import` it resolves.
 *
 * Layout: an `Int32Array` header `[version, byteLength]`, then the mappings as UTF-8 JSON. The
 * writer bumps the version to an odd number, writes, then to the next even number; a reader that
 * sees an odd or changed version reads again.
 *
 * @packageDocumentation
 */
import { ModuleMappingError } from './module-map';

/** Bytes of JSON the mappings may take: far more than any project maps. */
const CAPACITY = 256 * 1024;
/** Bytes of the header. */
const HEADER = 8;

/** The mappings in shared memory. */
export class SharedMappings {
  /** The memory, to hand to the hooks' thread. */
  readonly buffer: SharedArrayBuffer;
  private readonly header: Int32Array;
  private readonly bytes: Uint8Array;
  private seenVersion = 0;
  private seen: Record<string, string> = {};

  /** @param buffer - Memory made by another instance, or none for new memory. */
  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(HEADER + CAPACITY)) {
    this.buffer = buffer;
    this.header = new Int32Array(buffer, 0, 2);
    this.bytes = new Uint8Array(buffer, HEADER);
  }

  /**
   * Replaces the mappings.
   *
   * @throws {@link ModuleMappingError} when they do not fit.
   */
  write(mappings: Readonly<Record<string, string>>): void {
    const encoded = new TextEncoder().encode(JSON.stringify(mappings));
    if (encoded.byteLength > this.bytes.byteLength) {
      throw new ModuleMappingError(`the module mappings take ${encoded.byteLength} bytes, more than the ${this.bytes.byteLength} they may`);
    }
    Atomics.add(this.header, 0, 1);
    this.bytes.set(encoded);
    Atomics.store(this.header, 1, encoded.byteLength);
    Atomics.add(this.header, 0, 1);
  }

  /** The mappings as last written (an empty object before any). */
  read(): Readonly<Record<string, string>> {
    for (;;) {
      const version = Atomics.load(this.header, 0);
      if (version === this.seenVersion) {
        return this.seen;
      }
      if (version % 2 === 0) {
        const length = Atomics.load(this.header, 1);
        const text = new TextDecoder().decode(this.bytes.slice(0, length));
        if (Atomics.load(this.header, 0) === version) {
          this.seen = JSON.parse(text) as Record<string, string>;
          this.seenVersion = version;
          return this.seen;
        }
      }
    }
  }
}
