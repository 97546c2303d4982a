/**
 * Lets the fleet's devices take turns at the cloud: one call at a time, the next one picked by
 * seed from every device waiting to call. A device paging through a table can thus see another
 * device's upload land between two of its pages, and a run replays exactly from its seed.
 *
 * @packageDocumentation
 */
import type { SeededRandom } from './random';

/** Hands out turns among the devices that have joined. */
export class Interleaver {
  private readonly participants = new Set<number>();
  private readonly waiting = new Map<number, () => void>();
  private holder: number | undefined;

  /** @param random - Picks which waiting device goes next. */
  constructor(private readonly random: SeededRandom) {}

  /** Adds a device: turns are handed out only once every device that joined waits or has left. */
  join(device: number): void {
    this.participants.add(device);
  }

  /** Removes a device (its sync ended, or it died); it no longer holds anyone up. */
  leave(device: number): void {
    this.participants.delete(device);
    this.waiting.delete(device);
    if (this.holder === device) {
      this.holder = undefined;
    }
    this.dispatch();
  }

  /** Waits for `device`'s turn to call the cloud. */
  turn(device: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.set(device, resolve);
      this.dispatch();
    });
  }

  /** Ends `device`'s turn: its call is done. */
  release(device: number): void {
    if (this.holder === device) {
      this.holder = undefined;
    }
    this.dispatch();
  }

  private dispatch(): void {
    if (this.holder !== undefined || this.waiting.size === 0 || this.waiting.size < this.participants.size) {
      return;
    }
    const device = this.random.pick([...this.waiting.keys()].sort((a, b) => a - b));
    const resume = this.waiting.get(device);
    this.waiting.delete(device);
    this.holder = device;
    resume?.();
  }
}
