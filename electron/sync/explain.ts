/**
 * How a provider is named inside sync's sentences ("Listing Enphase sites: …"). The status bar's
 * own sentence about refreshing is the renderer's (renderer/src/model/syncExplanation.ts), said
 * from SyncStatus.refresh in the language in use.
 */
import type { ProviderId } from '../../shared/domain';

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
