/**
 * The connection handlers of a build (or a test composition) without the sign-in pieces: the
 * list is empty and every action says plainly that connecting accounts is not available.
 */
import { UnavailableError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';

type Channels =
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

/** Handlers that connect nothing. */
export function unavailableConnectionHandlers(): Pick<Handlers, Channels> {
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
