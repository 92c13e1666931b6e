/**
 * The built-in demo fleet as a provider: nobody connects it, it spends no requests, and being a
 * simulation it has something new day and night (its live zeros keep the kiosk honest).
 */
import type { ProviderDescriptor } from '../descriptor';

/** See the module comment. */
export const demoDescriptor: ProviderDescriptor = {
  id: 'demo',
  name: 'Demo',
  connect: [],
  intro: (words) => words.t('provider.demo.intro'),
  quota: { kind: 'none', sentence: ({ words }) => words.t('provider.demo.quota') },
  quiet: { pauseAtNight: false, cloudDelaySeconds: 0 },
};
