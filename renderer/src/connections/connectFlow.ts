/**
 * The Connections page's one flow at a time, as a reducer: sign in (popup or browser), pick the
 * account's systems, save; or open the picker for a connection already there. A closed sign-in
 * window is a calm note, not an error. Pure, so every path is tested without a browser.
 */
import type { IpcError, IpcResult, ResponseOf } from '../../../shared/contract';
import type { Connection, ProviderId, RemoteSystem } from '../../../shared/domain';
import { t } from '../i18n/t';

/** Which provider a sign-in is for, and its name for the page's sentences. */
export interface SigningProvider {
  id: ProviderId;
  name: string;
}

/** How an account connects: the app's own window, the system browser, or a pasted API key. */
export type SignInMethod = 'popup' | 'browser' | 'key';

/** What the page says after a flow ends. */
export type FlowNote =
  | { kind: 'cancelled' }
  | { kind: 'error'; title: string; error: IpcError }
  /** Sites were saved; `added` new ones start their backfill now. */
  | { kind: 'saved'; accountLabel: string; added: number; total: number };

/** The picker's content. */
export interface Picking {
  connection: Connection;
  systems: RemoteSystem[];
  /** The sign-in updated an existing connection (Reconnect), rather than adding one. */
  reconnected: boolean;
  /** The last save failed: shown inside the picker, which stays open. */
  error: IpcError | null;
}

/** Where the flow is. */
export type Flow =
  | { step: 'idle'; note: FlowNote | null }
  /** `connectionId` is set when this sign-in is a Reconnect of that card. */
  | {
      step: 'signing-in';
      provider: SigningProvider;
      method: SignInMethod;
      connectionId: string | null;
    }
  | { step: 'loading-systems'; connectionId: string }
  | ({ step: 'picking' } & Picking)
  | ({ step: 'saving' } & Picking);

/** What can happen. */
export type FlowEvent =
  | { type: 'sign-in'; provider: SigningProvider; method: SignInMethod; connectionId?: string }
  | { type: 'signed-in'; result: IpcResult<ResponseOf<'connections.connect'>> }
  | { type: 'open-picker'; connectionId: string }
  | {
      type: 'systems-loaded';
      connection: Connection | undefined;
      result: IpcResult<ResponseOf<'connections.systems'>>;
    }
  | { type: 'save' }
  | { type: 'saved'; result: IpcResult<Connection>; added: number }
  | { type: 'close' };

/** The flow before anything happened. */
export const IDLE: Flow = { step: 'idle', note: null };

/** True while a flow runs: the cards' own buttons wait for it. */
export function isBusy(flow: Flow): boolean {
  return flow.step !== 'idle';
}

function picking(flow: Flow): Picking | null {
  if (flow.step !== 'picking' && flow.step !== 'saving') return null;
  const { connection, systems, reconnected, error } = flow;
  return { connection, systems, reconnected, error };
}

/** The next flow state. Events that do not fit the current step are ignored. */
export function flowReducer(flow: Flow, event: FlowEvent): Flow {
  switch (event.type) {
    case 'sign-in':
      if (isBusy(flow)) return flow;
      return {
        step: 'signing-in',
        provider: event.provider,
        method: event.method,
        connectionId: event.connectionId ?? null,
      };
    case 'signed-in': {
      if (flow.step !== 'signing-in') return flow;
      const { result } = event;
      if (result.ok) {
        const { connection, systems, reconnected } = result.value;
        return { step: 'picking', connection, systems, reconnected, error: null };
      }
      if (result.error.code === 'cancelled') return { step: 'idle', note: { kind: 'cancelled' } };
      return {
        step: 'idle',
        note: {
          kind: 'error',
          title: t('conn.couldNotConnect', { name: flow.provider.name }),
          error: result.error,
        },
      };
    }
    case 'open-picker':
      if (isBusy(flow)) return flow;
      return { step: 'loading-systems', connectionId: event.connectionId };
    case 'systems-loaded': {
      if (flow.step !== 'loading-systems') return flow;
      const { result, connection } = event;
      if (!result.ok || !connection) {
        const error: IpcError = result.ok
          ? { code: 'not_found', message: t('conn.gone') }
          : result.error;
        return {
          step: 'idle',
          note: { kind: 'error', title: t('conn.systemsFailed'), error },
        };
      }
      return {
        step: 'picking',
        connection,
        systems: result.value.systems,
        reconnected: false,
        error: null,
      };
    }
    case 'save': {
      const current = picking(flow);
      if (!current || flow.step !== 'picking') return flow;
      return { step: 'saving', ...current, error: null };
    }
    case 'saved': {
      const current = picking(flow);
      if (!current || flow.step !== 'saving') return flow;
      if (!event.result.ok) return { step: 'picking', ...current, error: event.result.error };
      const connection = event.result.value;
      return {
        step: 'idle',
        note: {
          kind: 'saved',
          accountLabel: connection.accountLabel,
          added: event.added,
          total: connection.siteIds.length,
        },
      };
    }
    case 'close':
      // A running sign-in or save cannot be called back; only finished states close.
      if (flow.step === 'signing-in' || flow.step === 'saving') return flow;
      return IDLE;
  }
}
