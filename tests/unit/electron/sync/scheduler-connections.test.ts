/**
 * The scheduler with one provider per connection: two accounts of the same provider side by
 * side, a connection whose grant is lost, one that leaves the source, and providers refreshed
 * at their own intervals.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReauthRequiredError } from '../../../../electron/errors';
import { DemoProvider } from '../../../../electron/providers/demo/demo-provider';
import type { Provider, ProviderSite } from '../../../../electron/providers/provider';
import type { Rig } from './fixtures';
import type { FakeClock } from './fixtures';
import { makeRig, threeSites } from './fixtures';

/** A demo fleet posing as one Enphase owner account; can lose its grant on demand. */
class AccountProvider implements Provider {
  readonly id = 'enphase' as const;
  readonly calls: string[] = [];
  grantLost = false;
  private readonly inner: DemoProvider;

  constructor(
    readonly connectionId: string,
    clock: FakeClock,
    slugs: string[],
  ) {
    this.inner = new DemoProvider({
      clock,
      sites: threeSites.filter((s) => slugs.includes(s.slug)),
    });
  }

  private guard(method: string): void {
    this.calls.push(method);
    if (this.grantLost) throw new ReauthRequiredError(this.connectionId);
  }
  async listSites() {
    this.guard('listSites');
    return this.inner.listSites();
  }
  async fetchDaily(site: ProviderSite, from: string, to: string) {
    this.guard('fetchDaily');
    return this.inner.fetchDaily(site, from, to);
  }
  async fetchIntervals(site: ProviderSite, since: number) {
    this.guard('fetchIntervals');
    return this.inner.fetchIntervals(site, since);
  }
  async fetchDevices(site: ProviderSite) {
    this.guard('fetchDevices');
    return this.inner.fetchDevices(site);
  }
}

const [berlin, denver, sydney] = threeSites.map((s) => s.slug) as [string, string, string];

let rig: Rig;
afterEach(async () => {
  await rig.close();
});

/** A rig whose source is the `accounts` array (the test changes it as the core would). */
function accountsRig(accounts: Provider[], reauths: string[] = [], messages: string[] = []): Rig {
  const made = makeRig({
    options: {
      providers: () => accounts,
      pauseAtNight: () => false,
    },
  });
  made.scheduler.onConnectionLost((connectionId, message) => {
    reauths.push(connectionId);
    messages.push(message);
  });
  return made;
}

describe('SyncScheduler with one provider per connection', () => {
  it('syncs two accounts of the same provider, each through its own instance', async () => {
    const accounts: Provider[] = [];
    rig = accountsRig(accounts);
    const a = new AccountProvider('conn-a', rig.clock, [berlin, denver]);
    const b = new AccountProvider('conn-b', rig.clock, [sydney]);
    accounts.push(a, b);
    await rig.scheduler.refreshNow();

    expect(rig.cache.getSite(`enphase:${berlin}`)?.connectionId).toBe('conn-a');
    expect(rig.cache.getSite(`enphase:${denver}`)?.connectionId).toBe('conn-a');
    expect(rig.cache.getSite(`enphase:${sydney}`)?.connectionId).toBe('conn-b');
    expect(a.calls.filter((c) => c !== 'listSites')).toHaveLength(4);
    expect(b.calls.filter((c) => c !== 'listSites')).toHaveLength(2);
    expect(rig.scheduler.status().refresh).toEqual([
      { provider: 'enphase', sites: 3, intervalSeconds: 60 },
    ]);
  });

  it('leaves the sites of a connection that left the source alone, data and all', async () => {
    const accounts: Provider[] = [];
    rig = accountsRig(accounts);
    const a = new AccountProvider('conn-a', rig.clock, [berlin]);
    accounts.push(a);
    await rig.scheduler.refreshNow();
    const stored = rig.cache.lastIntervalAt(`enphase:${berlin}`);
    accounts.length = 0;
    rig.clock.advance(3600);
    await rig.scheduler.refreshNow();
    expect(a.calls).toHaveLength(3);
    expect(rig.cache.getSite(`enphase:${berlin}`)).toMatchObject({ connectionId: 'conn-a' });
    expect(rig.cache.lastIntervalAt(`enphase:${berlin}`)).toBe(stored);
  });

  it('stops a connection whose grant is gone and reports it once: no call follows', async () => {
    const accounts: Provider[] = [];
    const reauths: string[] = [];
    const messages: string[] = [];
    rig = accountsRig(accounts, reauths, messages);
    const a = new AccountProvider('conn-a', rig.clock, [berlin, denver]);
    const b = new AccountProvider('conn-b', rig.clock, [sydney]);
    accounts.push(a, b);
    await rig.scheduler.refreshNow();

    a.grantLost = true;
    rig.clock.advance(600);
    await rig.scheduler.refreshNow();
    expect(reauths).toEqual(['conn-a']);
    expect(messages).toEqual(['This account needs to be reconnected.']);
    // The site rows are the connection lifecycle's to mark (connections/lifecycle.ts), not ours.
    for (const slug of [berlin, denver, sydney])
      expect(rig.cache.getSite(`enphase:${slug}`)?.status).toBe('normal');
    expect(rig.scheduler.status().lastError).toBe(
      'Enphase account: This account needs to be reconnected.',
    );

    const callsBefore = a.calls.length;
    const bBefore = b.calls.length;
    for (let i = 0; i < 3; i++) {
      rig.clock.advance(600);
      await rig.scheduler.refreshNow();
    }
    expect(a.calls).toHaveLength(callsBefore);
    expect(b.calls.length).toBeGreaterThan(bBefore);
    expect(reauths).toEqual(['conn-a']);
    // Its cached history stays; it is not counted as refreshing.
    expect(rig.cache.lastIntervalAt(`enphase:${berlin}`)).not.toBeNull();
    expect(rig.scheduler.status().refresh).toEqual([
      { provider: 'enphase', sites: 1, intervalSeconds: 60 },
    ]);

    // The owner signs in again: the core offers a fresh instance, which picks up at once.
    const again = new AccountProvider('conn-a', rig.clock, [berlin, denver]);
    accounts[0] = again;
    rig.clock.advance(600);
    await rig.scheduler.refreshNow();
    expect(again.calls.filter((c) => c === 'fetchIntervals')).toHaveLength(2);
    expect(rig.scheduler.status().lastError).toBeNull();
  });

  it('reports the loss when listing is what finds the grant gone, and writes no site', async () => {
    const accounts: Provider[] = [];
    const reauths: string[] = [];
    rig = accountsRig(accounts, reauths);
    const a = new AccountProvider('conn-a', rig.clock, [berlin]);
    accounts.push(a);
    await rig.scheduler.refreshNow();
    a.grantLost = true;
    rig.clock.advance(600);
    await rig.scheduler.refreshNow();
    expect(a.calls.at(-1)).toBe('listSites');
    expect(reauths).toEqual(['conn-a']);
    expect(rig.cache.getSite(`enphase:${berlin}`)?.status).toBe('normal');
  });

  it('refreshes each provider at its own interval, and a changed connection at once', async () => {
    const accounts: Provider[] = [];
    rig = makeRig({
      options: {
        providers: () => accounts,
        pauseAtNight: () => false,
        intervalSeconds: (provider) => (provider === 'demo' ? 60 : 900),
      },
    });
    const demo = new DemoProvider({ clock: rig.clock, sites: [threeSites[0]!] });
    const listed = { demo: 0, enphase: 0 };
    const counting = (provider: Provider): Provider =>
      new Proxy(provider, {
        get(target, name, receiver) {
          if (name === 'listSites') {
            return () => {
              listed[target.id as 'demo' | 'enphase'] += 1;
              return target.listSites();
            };
          }
          const value = Reflect.get(target, name, receiver) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    accounts.push(counting(demo), counting(new AccountProvider('conn-a', rig.clock, [sydney])));
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    expect([...rig.timers.pending.values()][0]?.ms).toBe(60_000);
    for (let minute = 1; minute <= 30; minute++) {
      rig.clock.advance(60);
      rig.timers.fireAll();
      await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    }
    expect(listed).toEqual({ demo: 31, enphase: 3 });
    expect(rig.scheduler.status().intervalSeconds).toBe(900);
    expect(rig.scheduler.intervalSecondsFor('demo')).toBe(60);

    await rig.scheduler.refreshConnection('conn-a');
    expect(listed).toEqual({ demo: 31, enphase: 4 });
  });

  it('sets its timer again when the intervals change (a plan upgrade)', async () => {
    let enphaseSeconds = 6 * 3600;
    const accounts: Provider[] = [];
    rig = makeRig({
      options: {
        providers: () => accounts,
        pauseAtNight: () => false,
        intervalSeconds: () => enphaseSeconds,
      },
    });
    accounts.push(new AccountProvider('conn-a', rig.clock, [sydney]));
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    expect([...rig.timers.pending.values()][0]?.ms).toBe(6 * 3600 * 1000);
    enphaseSeconds = 900;
    rig.clock.advance(60);
    rig.scheduler.reschedule();
    expect([...rig.timers.pending.values()].map((t) => t.ms)).toEqual([840 * 1000]);
  });
});
