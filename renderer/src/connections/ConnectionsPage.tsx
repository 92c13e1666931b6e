/**
 * Connections: connect an Enphase account (popup or browser), pick its systems, and look after
 * the accounts already connected (reconnect, choose sites, test, disconnect), beside the request
 * budget their refreshes spend.
 */
import { useReducer, useRef, useState } from 'react';
import type { Connection } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { useNow } from '../hooks/useNow';
import { useAppState } from '../state/appContext';
import { BudgetPanel } from './BudgetPanel';
import { ConnectionCard } from './ConnectionCard';
import { ConnectPanel } from './ConnectPanel';
import { flowReducer, IDLE, isBusy, type SignInMethod } from './connectFlow';
import { countText, sortConnections } from './connectionView';
import { DisconnectDialog } from './DisconnectDialog';
import { KeyringWarning } from './KeyringWarning';
import { SystemPicker, SystemPickerLoading } from './SystemPicker';
import { useConnectionsData } from './useConnectionsData';

/** The Connections page. */
export function ConnectionsPage() {
  const { info, settings } = useAppState();
  const now = useNow();
  const { list, budget, reload } = useConnectionsData();
  const [flow, dispatch] = useReducer(flowReducer, IDLE);
  const [disconnecting, setDisconnecting] = useState<Connection | null>(null);
  // Guards against a second flow starting before React re-renders the disabled buttons.
  const running = useRef(false);

  const loaded = list.lastValue;
  const connections = loaded ? sortConnections(loaded.connections) : [];
  const keyringProtected = loaded?.keyringProtected ?? info?.keyringProtected ?? true;
  const busy = isBusy(flow);

  const exclusive = async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    try {
      await work();
    } finally {
      running.current = false;
      reload();
    }
  };

  const signIn = (method: SignInMethod, connectionId?: string) =>
    void exclusive(async () => {
      dispatch({ type: 'sign-in', method, connectionId });
      const result = await settle(() =>
        enalysis().connections.connect({ provider: 'enphase', method }),
      );
      dispatch({ type: 'signed-in', result });
    });

  const choose = (connection: Connection) =>
    void exclusive(async () => {
      dispatch({ type: 'open-picker', connectionId: connection.id });
      const result = await settle(() =>
        enalysis().connections.systems({ connectionId: connection.id }),
      );
      dispatch({ type: 'systems-loaded', connection, result });
    });

  const save = (connectionId: string, externalIds: string[], added: number) =>
    void exclusive(async () => {
      dispatch({ type: 'save' });
      const result = await settle(() =>
        enalysis().connections.chooseSites({ connectionId, externalIds }),
      );
      dispatch({ type: 'saved', result, added });
    });

  let flowCard;
  if (flow.step === 'picking' || flow.step === 'saving') {
    flowCard = (
      <SystemPicker
        picking={flow}
        saving={flow.step === 'saving'}
        onSave={(ids, added) => save(flow.connection.id, ids, added)}
        onCancel={() => dispatch({ type: 'close' })}
      />
    );
  } else if (flow.step === 'loading-systems') {
    flowCard = <SystemPickerLoading onCancel={() => dispatch({ type: 'close' })} />;
  } else {
    flowCard = (
      <ConnectPanel
        flow={flow}
        hasConnections={connections.length > 0}
        onConnect={(method) => signIn(method)}
        onDismiss={() => dispatch({ type: 'close' })}
      />
    );
  }

  return (
    <div className="page connections-page">
      <header className="page-header">
        <h1>Connections</h1>
        <p className="page-subtitle">
          {loaded
            ? connections.length === 0
              ? 'No accounts connected yet.'
              : `${countText(connections.length, 'account')} · ${countText(
                  connections.reduce((sum, c) => sum + c.siteIds.length, 0),
                  'site',
                )}`
            : list.error
              ? 'Accounts could not be loaded.'
              : 'Loading accounts…'}
        </p>
      </header>
      {!keyringProtected && <KeyringWarning />}
      {flowCard}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!loaded && !list.error ? (
        <section className="card card-body">
          <Skeleton height={96} />
        </section>
      ) : (
        connections.length > 0 && (
          <section className="card" data-testid="connection-list">
            <div className="card-header">
              <h2>Connected accounts</h2>
              <span className="hint">Each account is signed in once; its sites share it.</span>
            </div>
            <div className="connection-list">
              {connections.map((connection) => (
                <ConnectionCard
                  key={connection.id}
                  connection={connection}
                  now={now}
                  busy={busy}
                  onReconnect={() => signIn('popup', connection.id)}
                  onChooseSites={() => choose(connection)}
                  onDisconnect={() => setDisconnecting(connection)}
                />
              ))}
            </div>
          </section>
        )
      )}
      <BudgetPanel
        budgets={budget.lastValue?.budgets ?? null}
        error={budget.error}
        settings={settings}
        onRetry={budget.reload}
      />
      {disconnecting && (
        <DisconnectDialog
          connection={disconnecting}
          onCancel={() => setDisconnecting(null)}
          onDone={() => {
            setDisconnecting(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
