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
  intro: 'A simulated fleet that shows what Enalysis does before any account is connected.',
  quota: {
    kind: 'none',
    sentence: () => 'The demo fleet is simulated on this computer: it spends no requests.',
  },
  quiet: { pauseAtNight: false, cloudDelaySeconds: 0 },
};
