/**
 * The status bar's sentence about syncing ("6 demo sites: refreshed every minute") in the
 * language in use, from the facts main sends with it (SyncStatus.refresh), so it follows a
 * language change at once. It is the one writer of this sentence.
 */
import type { ProviderId, SyncStatus } from '../../../shared/domain';
import { t } from '../i18n/t';

/** "every minute", "every 15 min", "every 2 h" (main's describeEvery, in the language in use). */
export function everyText(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s === 60) return t('every.minute');
  if (s === 3600) return t('every.hour');
  if (s < 120) return t('every.seconds', { count: s });
  if (s < 2 * 3600 || s % 3600 !== 0) return t('every.minutes', { count: Math.round(s / 60) });
  return t('every.hours', { count: s / 3600 });
}

function providerWord(provider: ProviderId): string {
  // Brand names stay as they are; the demo fleet is a word of the language.
  return provider === 'demo'
    ? t('sync.provider.demo')
    : provider === 'enphase'
      ? 'Enphase'
      : provider === 'solaredge'
        ? 'SolarEdge'
        : 'Tesla';
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return t('sync.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
}

/** The sentence; providers refreshed at the same pace share a clause. */
export function syncExplanation(sync: Pick<SyncStatus, 'paused' | 'online' | 'refresh'>): string {
  if (sync.paused) return t('sync.paused');
  if (!sync.online) return t('sync.offline');
  const groups = new Map<string, string[]>();
  for (const { provider, sites, intervalSeconds } of sync.refresh) {
    const every = everyText(intervalSeconds);
    const part = t('sync.sites', { count: sites, provider: providerWord(provider) });
    groups.set(every, [...(groups.get(every) ?? []), part]);
  }
  if (groups.size === 0) return t('sync.none');
  return [...groups]
    .map(([every, parts]) => t('sync.group', { sites: joinAnd(parts), every }))
    .join('; ');
}
