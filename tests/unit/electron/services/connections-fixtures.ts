/** Shared set-up for the connection handler tests (connect/choose and manage). */
import { NotKeyProviderError, providerNameOf } from '../../../../electron/providers/registry';
import {
  invokeContract,
  type EventPayload,
  type InvokeChannel,
  type ResponseOf,
} from '../../../../shared/contract';
import type { SiteRecord } from '../../../../electron/cache/types';
import type { SignedInTokens } from '../../../../electron/oauth/flow';
import { silentLogger } from '../../../../electron/ports';
import type { RemoteSystemInfo } from '../../../../electron/providers/provider';
import {
  createConnectionHandlers,
  type AccountApi,
  type ConnectionCache,
} from '../../../../electron/services/connections';
import { ConnectionLifecycle } from '../../../../electron/connections/lifecycle';
import { ConnectionRecords } from '../../../../electron/vault/records';
import { TokenVault } from '../../../../electron/vault/vault';
import { FakeCipher, ManualClock, RecordingStore, tokenSet } from '../vault/fixtures';
import { said } from '../../../harness/said';
import type { Words } from '../../../../electron/i18n/words';

/** A system as the account's listing returns it. */
export function system(externalId: string, name = `System ${externalId}`): RemoteSystemInfo {
  return {
    externalId,
    name,
    city: 'Denver',
    timeZone: 'America/Denver',
    capacityW: 10_000,
    status: 'normal',
  };
}

/** The cache rows the handlers touch, in memory, with every delete noted. */
/** The cache operations the handlers use, in memory. */
export class FakeSites implements ConnectionCache {
  readonly rows = new Map<string, SiteRecord>();
  readonly deleted: { siteId: string; withData: boolean }[] = [];
  getSite(siteId: string) {
    return this.rows.get(siteId) ?? null;
  }
  upsertSite(site: SiteRecord) {
    this.rows.set(site.id, site);
  }
  deleteSite(siteId: string, withData: boolean) {
    this.deleted.push({ siteId, withData });
    this.rows.delete(siteId);
  }
  setSiteStatus(siteId: string, status: SiteRecord['status'], detail: string | null) {
    const row = this.rows.get(siteId);
    if (row) this.rows.set(siteId, { ...row, status, statusDetail: detail });
  }
  /** What the core does when told the sites changed: store the chosen systems as sites. */
  storeChosen(connectionId: string, externalIds: string[]) {
    for (const externalId of externalIds) {
      const id = `enphase:${externalId}`;
      if (this.rows.has(id)) continue;
      this.rows.set(id, {
        id,
        provider: 'enphase',
        externalId,
        connectionId,
        name: externalId,
        city: 'Denver',
        country: 'US',
        timeZone: 'America/Denver',
        latitude: 39.7,
        longitude: -105,
        capacityW: 10_000,
        status: 'normal',
        statusDetail: null,
        addedAt: 0,
      });
    }
  }
}

/** The handlers over an in-memory vault, sites and a scripted sign-in. */
export function setup(
  options: { listing?: () => Promise<RemoteSystemInfo[]>; words?: Words } = {},
) {
  const store = new RecordingStore();
  const cipher = new FakeCipher();
  const clock = new ManualClock();
  const refresh = { next: () => Promise.resolve(tokenSet()) };
  const vault = new TokenVault({
    records: new ConnectionRecords(store, silentLogger),
    cipher,
    refreshers: { enphase: { refresh: () => refresh.next() } },
    clock,
    log: silentLogger,
    providerName: (provider) => providerNameOf(provider),
  });
  const sites = new FakeSites();
  const events: EventPayload<'connection-changed'>[] = [];
  const sitesChanged: string[] = [];
  const signIns: SignedInTokens[] = [];
  let nextSignIn: () => Promise<SignedInTokens> = async () => tokenSet();
  let listCalls = 0;
  const test: { result: Awaited<ReturnType<AccountApi['testConnection']>> } = {
    result: { ok: true, message: said('Connected: 3 systems visible.') },
  };
  const listing = options.listing ?? (async () => [system('101'), system('102'), system('103')]);
  const lifecycle = new ConnectionLifecycle({
    vault,
    cache: sites,
    providers: { reconcile: () => {}, drop: () => {} },
    invalidate: () => {},
    emit: (payload) => events.push(payload),
    providerName: (provider) => providerNameOf(provider),
    log: silentLogger,
  });
  // What the scheduler does on this event, in miniature: store the chosen systems as sites.
  lifecycle.onSitesChanged((connectionId) => {
    sitesChanged.push(connectionId);
    const record = vault.records.get(connectionId);
    if (record) sites.storeChosen(connectionId, record.siteExternalIds);
  });
  const handlers = createConnectionHandlers({
    vault,
    words: options.words,
    validateKey: (provider) => Promise.reject(new NotKeyProviderError(provider)),
    signIn: async () => {
      const tokens = await nextSignIn();
      signIns.push(tokens);
      return tokens;
    },
    accounts: (connection, tokens) => ({
      listSystems: async () => {
        listCalls += 1;
        await tokens.accessToken();
        return listing();
      },
      testConnection: async () => {
        await tokens.accessToken();
        return test.result;
      },
    }),
    cache: sites,
    lifecycle,
    budgets: () => [],
    keyringProtected: true,
    providerName: (provider) => providerNameOf(provider),
    clock,
    log: silentLogger,
  });
  return {
    store,
    cipher,
    clock,
    vault,
    sites,
    events,
    sitesChanged,
    signIns,
    handlers,
    test,
    refresh,
    listCalls: () => listCalls,
    signInWith: (fn: () => Promise<SignedInTokens>) => {
      nextSignIn = fn;
    },
  };
}

/** Parses a handler's answer with the contract, as the dispatcher would. */
export async function answer<C extends InvokeChannel>(
  channel: C,
  value: unknown,
): Promise<ResponseOf<C>> {
  return invokeContract[channel].response.parse(await value) as ResponseOf<C>;
}
