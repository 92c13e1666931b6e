/**
 * The `connections.*` and `budget.get` handlers. Placeholder until the Enphase connection flow
 * lands: every call says plainly that connecting accounts is not available in this build.
 */
import { UnavailableError } from '../errors';
import type { Handlers } from '../ipc/dispatch';

/** The channels this module answers. */
export type ConnectionChannels =
  | 'connections.list'
  | 'connections.connect'
  | 'connections.systems'
  | 'connections.chooseSites'
  | 'connections.test'
  | 'connections.disconnect'
  | 'budget.get';

const notYet = () => {
  throw new UnavailableError('Connecting accounts is not available in this build yet.');
};

/** Builds the connection handlers. */
export function createConnectionHandlers(): Pick<Handlers, ConnectionChannels> {
  return {
    'connections.list': () => ({ connections: [], keyringProtected: true }),
    'connections.connect': notYet,
    'connections.systems': notYet,
    'connections.chooseSites': notYet,
    'connections.test': notYet,
    'connections.disconnect': notYet,
    'budget.get': () => ({ budgets: [] }),
  };
}
