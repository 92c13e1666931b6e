/**
 * The one sentence the status bar shows about syncing ("6 demo sites: refreshed every minute"),
 * so a facility manager knows how fresh the numbers can be and why.
 */
import type { ProviderId } from '../../shared/domain';
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

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What the scheduler is doing, in one sentence. Providers refreshed at the same pace share a
 * clause: "6 demo sites: refreshed every minute; 120 Enphase sites: refreshed every 68 min".
 */
export function describeSync(input: {
  siteCounts: ReadonlyMap<ProviderId, number>;
  /** One interval for all, or each provider's own (s). */
  intervalSeconds: number | ((provider: ProviderId) => number);
  online: boolean;
  /** Refreshing was paused by the person (tray "Pause"). */
  paused?: boolean;
}): string {
  if (input.paused) return 'Paused: showing saved data; no refresh until you resume.';
  if (!input.online) {
    return 'Offline: showing saved data; refreshing resumes when the connection is back.';
  }
  const intervalOf = (provider: ProviderId): number =>
    typeof input.intervalSeconds === 'number'
      ? input.intervalSeconds
      : input.intervalSeconds(provider);
  const groups = new Map<string, string[]>();
  for (const [provider, count] of input.siteCounts) {
    if (count <= 0) continue;
    const every = describeEvery(intervalOf(provider));
    const part = `${count} ${providerLabel(provider)} site${count === 1 ? '' : 's'}`;
    groups.set(every, [...(groups.get(every) ?? []), part]);
  }
  if (groups.size === 0) return 'No sites yet: connect an account or turn on demo mode.';
  return [...groups].map(([every, parts]) => `${joinAnd(parts)}: refreshed ${every}`).join('; ');
}
