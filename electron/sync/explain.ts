/**
 * The one sentence the status bar shows about syncing ("6 demo sites: refreshed every minute"),
 * so a facility manager knows how fresh the numbers can be and why.
 */
import type { ProviderId } from '../../shared/domain';
import { englishWords, type Words } from '../i18n/words';
import { describeEvery } from '../model/every';

const providerLabels: Readonly<Record<string, string>> = {
  demo: 'demo',
  enphase: 'Enphase',
  solaredge: 'SolarEdge',
  tesla: 'Tesla',
};

/** How a provider is named in sentences ("6 Enphase sites"). */
export function providerLabel(provider: ProviderId): string {
  return Object.hasOwn(providerLabels, provider) ? providerLabels[provider]! : provider;
}

function joinAnd(parts: string[], words: Words): string {
  if (parts.length <= 1) return parts.join('');
  return words.t('sync.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
}

/**
 * What the scheduler is doing, in one sentence. Providers refreshed at the same pace share a
 * clause: "6 demo sites: refreshed every minute; 120 Enphase sites: refreshed every 68 min".
 */
export function describeSync(
  input: {
    siteCounts: ReadonlyMap<ProviderId, number>;
    /** One interval for all, or each provider's own (s). */
    intervalSeconds: number | ((provider: ProviderId) => number);
    online: boolean;
    /** Refreshing was paused by the person (tray "Pause"). */
    paused?: boolean;
  },
  words: Words = englishWords,
): string {
  if (input.paused) return words.t('sync.paused');
  if (!input.online) return words.t('sync.offline');
  const intervalOf = (provider: ProviderId): number =>
    typeof input.intervalSeconds === 'number'
      ? input.intervalSeconds
      : input.intervalSeconds(provider);
  const groups = new Map<string, string[]>();
  for (const [provider, count] of input.siteCounts) {
    if (count <= 0) continue;
    const every = describeEvery(intervalOf(provider), words);
    const name = provider === 'demo' ? words.t('sync.provider.demo') : providerLabel(provider);
    const part = words.t('sync.sites', { count, provider: name });
    groups.set(every, [...(groups.get(every) ?? []), part]);
  }
  if (groups.size === 0) return words.t('sync.none');
  return [...groups]
    .map(([every, parts]) => words.t('sync.group', { sites: joinAnd(parts, words), every }))
    .join('; ');
}
