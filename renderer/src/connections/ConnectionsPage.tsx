/**
 * Connections: a connect card per registered provider that people connect (as each declares it
 * in providers.list), pick an account's systems, and look after the accounts already connected
 * (reconnect, choose sites, test, disconnect), beside the request budget their refreshes spend.
 */
import { useReducer, useRef, useState } from 'react';
import type { Connection, ProviderId } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { useNow } from '../hooks/useNow';
import { useAppState } from '../state/appContext';
import { BudgetPanel } from './BudgetPanel';
import { ConnectionCard } from './ConnectionCard';
import { ConnectPanel } from './ConnectPanel';
import { flowReducer, IDLE, isBusy, type SignInMethod } from './connectFlow';
import { connectableProviders, providerName, signsIn, sortConnections } from './connectionView';
import { DisconnectDialog } from './DisconnectDialog';
import { KeyringWarning } from './KeyringWarning';
import { SystemPicker, SystemPickerLoading } from './SystemPicker';
import { useConnectionsData } from './useConnectionsData';
import { t } from '../i18n/t';

/** The Connections page. */
export function ConnectionsPage() {
  const { info } = useAppState();
  const now = useNow();
  const { providers, list, budget, reload } = useConnectionsData();
  const declared = providers.lastValue?.providers;
  // The provider whose card shows the last flow's note (cancelled, failed, sites added).
  const [lastProvider, setLastProvider] = useState<ProviderId | null>(null);
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

  const signIn = (
    provider: ProviderId,
    method: SignInMethod,
    connectionId?: string,
    key?: string,
  ) => {
    // A pasted key goes to connectKey; a sign-in only for providers the contract lets sign in.
    const connect =
      method === 'key'
        ? key === undefined
          ? null
          : () =>
              enalysis().connections.connectKey({
                provider,
                key,
                ...(connectionId !== undefined && { connectionId }),
              })
        : signsIn(provider)
          ? () => enalysis().connections.connect({ provider, method })
          : null;
    if (connect === null) return;
    void exclusive(async () => {
      setLastProvider(provider);
      const named = { id: provider, name: providerName(declared, provider) };
      dispatch({ type: 'sign-in', provider: named, method, connectionId });
      const result = await settle(connect);
      dispatch({ type: 'signed-in', result });
    });
  };

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
    const cards = connectableProviders(declared ?? []);
    flowCard = providers.error ? (
      <ErrorNotice error={providers.error} onRetry={providers.reload} />
    ) : !declared ? (
      <section className="card card-body">
        <Skeleton height={96} />
      </section>
    ) : (
      cards.map((provider, index) => (
        <ConnectPanel
          key={provider.id}
          provider={provider}
          flow={flow}
          hasConnections={connections.some((c) => c.provider === provider.id)}
          showsNote={lastProvider === null ? index === 0 : lastProvider === provider.id}
          onConnect={(method, key) => signIn(provider.id, method, undefined, key)}
          onDismiss={() => dispatch({ type: 'close' })}
        />
      ))
    );
  }

  return (
    <div className="page connections-page">
      <header className="page-header">
        <h1>{t('conn.title')}</h1>
        <p className="page-subtitle">
          {loaded
            ? connections.length === 0
              ? t('conn.none')
              : t('conn.summary', {
                  accounts: connections.length,
                  sites: connections.reduce((sum, c) => sum + c.siteIds.length, 0),
                })
            : list.error
              ? t('conn.loadFailed')
              : t('conn.loading')}
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
              <h2>{t('conn.connected')}</h2>
              <span className="hint">{t('conn.connectedHint')}</span>
            </div>
            <div className="connection-list">
              {connections.map((connection) => (
                <ConnectionCard
                  key={connection.id}
                  connection={connection}
                  providerName={providerName(declared, connection.provider)}
                  now={now}
                  busy={busy}
                  onReconnect={(key) =>
                    signIn(
                      connection.provider,
                      key === undefined ? 'popup' : 'key',
                      connection.id,
                      key,
                    )
                  }
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
        providers={declared ?? null}
        onRetry={budget.reload}
      />
      {disconnecting && (
        <DisconnectDialog
          connection={disconnecting}
          providerName={providerName(declared, disconnecting.provider)}
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
