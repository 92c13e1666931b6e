/** How a connected account reads on its card: state, sites, dates. Pure, so it is tested with tables. */
import type { Connection, ConnectionState, ProviderId, ProviderInfo } from '../../../shared/domain';
import { signInProviders, type SignInProviderId } from '../../../shared/sign-in-providers';
import { formatAgo } from '../i18n/relative';
import { formatLocale } from '../../../shared/format';
import { t } from '../i18n/t';

/** The card's state pill. */
export const CONNECTION_STATE_LABEL: Readonly<Record<ConnectionState, string>> = {
  // Getters: read in the language in use at the moment of reading.
  get connected() {
    return t('conn.state.connected');
  },
  get needs_reauth() {
    return t('conn.state.needs_reauth');
  },
};

/** The provider's name as its descriptor declares it (`providers.list`); its id until that loaded. */
export function providerName(
  providers: readonly ProviderInfo[] | undefined,
  id: ProviderId,
): string {
  return providers?.find((provider) => provider.id === id)?.name ?? id;
}

/** True when `connections.connect` signs in with the provider (the contract's own list). */
export function signsIn(provider: ProviderId): provider is SignInProviderId {
  return (signInProviders as readonly string[]).includes(provider);
}

/** The providers a person can connect an account of, in the registry's order. */
export function connectableProviders(providers: readonly ProviderInfo[]): ProviderInfo[] {
  return providers.filter((provider) => provider.connect.length > 0);
}

/** "1 site", "12 sites", "No sites chosen yet". */
export function siteCountText(count: number): string {
  return t('conn.sites', { count });
}

/** "14 Oct 2026" in the computer's own time zone (or the one given, for tests). */
export function formatSinceDate(atSeconds: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(formatLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(new Date(atSeconds * 1000));
}

/** When the sign-in was last renewed: "3 min ago", or "not since connecting". */
export function refreshedText(refreshedAt: number | null, nowSeconds: number): string {
  return refreshedAt === null ? t('conn.notRenewed') : formatAgo(refreshedAt, nowSeconds);
}

/** Connections in the order a person scans them: the ones needing action first, then by name. */
export function sortConnections(connections: readonly Connection[]): Connection[] {
  const rank = (c: Connection) => (c.state === 'needs_reauth' ? 0 : 1);
  return [...connections].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.accountLabel.localeCompare(b.accountLabel) ||
      a.createdAt - b.createdAt,
  );
}
