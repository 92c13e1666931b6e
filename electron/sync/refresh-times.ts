/**
 * When each connection was last refreshed and when it is due again: every provider kind has
 * its own interval (the demo every minute, Enphase as its budget allows), and a connection
 * never listed yet is due at once.
 */
import type { ProviderId } from '../../shared/domain';
import type { Provider } from '../providers/provider';
import { connectionKeyOf } from './connection-blocks';

/** A timer may fire a little early against a whole-second clock: this much early still counts. */
const DUE_TOLERANCE_SECONDS = 1;

/** See the module comment. */
export class RefreshTimes {
  private readonly listedAt = new Map<string, number>();

  constructor(private readonly intervalOf: (provider: ProviderId) => number) {}

  /** The connection was listed at `at` (a tick's start). */
  listed(provider: Provider, at: number): void {
    this.listedAt.set(connectionKeyOf(provider), at);
  }

  /** Makes a connection due at once (by its connectionKeyOf key). */
  forget(connectionKey: string): void {
    this.listedAt.delete(connectionKey);
  }

  /** True when the connection's interval has passed since it was last listed. */
  isDue(provider: Provider, now: number): boolean {
    const last = this.listedAt.get(connectionKeyOf(provider));
    if (last === undefined || now < last) return true;
    return now + DUE_TOLERANCE_SECONDS >= last + this.intervalOf(provider.id);
  }

  /** The instant the first of `providers` is due (`now` for one never listed), or null. */
  nextDue(providers: readonly Provider[], now: number): number | null {
    let next: number | null = null;
    for (const provider of providers) {
      const last = this.listedAt.get(connectionKeyOf(provider));
      const due = last === undefined ? now : last + this.intervalOf(provider.id);
      next = next === null ? due : Math.min(next, due);
    }
    return next;
  }
}
