/**
 * The fleet's seeded random source. Every choice of a fleet run (the workload, the interleaving
 * of the devices' calls, the faults) is drawn from one of these, so a run replays exactly from its
 * seed against a deterministic cloud.
 *
 * @packageDocumentation
 */

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/**
 * A small, fast, seeded generator (mulberry32). Not for cryptography; for reproducible runs.
 */
export class SeededRandom {
  private state: number;

  /** @param seed - An unsigned 32-bit integer; the same seed gives the same sequence. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** `true` with probability `p` (0 never, 1 always). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('cannot pick from an empty list');
    }
    return items[this.int(0, items.length - 1)];
  }

  /** A shuffled copy of `items` (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A fresh seed drawn from this generator, for a sub-generator of its own. */
  fork(): SeededRandom {
    return new SeededRandom(this.int(0, MAX_SEED));
  }
}

/** A seed from its decimal text, or `undefined` when the text is not an integer in [0, 2^32 - 1]. */
export function parseSeed(text: string): number | undefined {
  if (!/^\d{1,10}$/.test(text)) {
    return undefined;
  }
  const seed = Number(text);
  return seed <= MAX_SEED ? seed : undefined;
}

/** A seed for a run that was given none: random, and printed so that the run can be replayed. */
export function randomSeed(): number {
  return Math.floor(Math.random() * (MAX_SEED + 1));
}
