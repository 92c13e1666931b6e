/**
 * Connections whose grant is gone: once a provider instance has said "re-auth required", the
 * scheduler makes no further call through it. The block lifts when the connection comes back
 * in the provider source as a new instance (the core builds a fresh provider after the owner
 * signed in again) or after the source has stopped offering it for a while.
 */
import type { Provider } from '../providers/provider';

/** How the scheduler names one connection of one provider. */
export function connectionKeyOf(provider: Pick<Provider, 'id' | 'connectionId'>): string {
  return `${provider.id}|${provider.connectionId ?? ''}`;
}

/** See the module comment. */
export class ConnectionBlocks {
  private readonly blocked = new Map<string, Provider>();

  /** No more calls through this instance. Returns false when it was already blocked. */
  block(provider: Provider): boolean {
    const key = connectionKeyOf(provider);
    if (this.blocked.get(key) === provider) return false;
    this.blocked.set(key, provider);
    return true;
  }

  /** True when calls through this instance must not be made. */
  isBlocked(provider: Provider): boolean {
    return this.blocked.get(connectionKeyOf(provider)) === provider;
  }

  /**
   * The usable providers of the source (one per connection, the first listed wins). Blocks of
   * connections the source no longer offers, or offers as another instance, are forgotten;
   * their keys are returned in `lifted` so the scheduler can clear what it kept about them.
   */
  usable(source: Iterable<Provider>): { providers: Provider[]; lifted: string[] } {
    const present = new Map<string, Provider>();
    for (const provider of source) {
      const key = connectionKeyOf(provider);
      if (!present.has(key)) present.set(key, provider);
    }
    const lifted: string[] = [];
    for (const [key, provider] of this.blocked) {
      if (present.get(key) !== provider) {
        this.blocked.delete(key);
        lifted.push(key);
      }
    }
    const providers = [...present.values()].filter((provider) => !this.isBlocked(provider));
    return { providers, lifted };
  }
}
