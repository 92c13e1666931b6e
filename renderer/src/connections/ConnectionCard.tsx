/**
 * One connected account: its state, sites and dates, the problem when there is one, and what a
 * person can do with it (reconnect, choose sites, test, disconnect).
 */
import { useState } from 'react';
import type { Connection } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { Icon } from '../common/Icon';
import { KeyForm } from './KeyForm';
import {
  CONNECTION_STATE_LABEL,
  formatSinceDate,
  refreshedText,
  siteCountText,
} from './connectionView';
import { t } from '../i18n/t';

interface TestResult {
  ok: boolean;
  message: string;
  /** The connection's state when tested: a result from before a state change would contradict it. */
  state: Connection['state'];
}

/** The card. Actions that start a flow go up to the page; testing happens here. */
export function ConnectionCard({
  connection,
  providerName,
  now,
  busy,
  onReconnect,
  onChooseSites,
  onDisconnect,
}: {
  connection: Connection;
  /** The provider's declared name, for the new-key field. */
  providerName: string;
  now: number;
  /** Another flow is running: buttons that would start one wait. */
  busy: boolean;
  /** Signs in again, or for an account connected by key, sends the new key pasted here. */
  onReconnect: (key?: string) => void;
  onChooseSites: () => void;
  onDisconnect: () => void;
}) {
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<TestResult | null>(null);
  const [pastingKey, setPastingKey] = useState(false);
  const needsReauth = connection.state === 'needs_reauth';
  const byKey = connection.connectedWith === 'api-key';
  const noSites = connection.siteIds.length === 0;
  const shownTest = test?.state === connection.state ? test : null;

  const runTest = async () => {
    setTesting(true);
    setTest(null);
    const result = await settle(() => enalysis().connections.test({ connectionId: connection.id }));
    const answer = result.ok ? result.value : { ok: false, message: result.error.message };
    setTest({ ...answer, state: connection.state });
    setTesting(false);
  };

  return (
    <article
      className={`connection-card${needsReauth ? ' needs-reauth' : ''}`}
      data-testid="connection-card"
      data-connection-id={connection.id}
      data-state={connection.state}
    >
      <div className="connection-head">
        <div className="connection-title">
          <h3 data-testid="connection-label">{connection.accountLabel}</h3>
          <span className={`pill ${needsReauth ? 'pill-needs_reauth' : 'pill-normal'}`}>
            {CONNECTION_STATE_LABEL[connection.state]}
          </span>
        </div>
        <p className="connection-facts">
          <span
            className="num"
            data-testid="connection-sites"
            data-value={connection.siteIds.length}
          >
            {siteCountText(connection.siteIds.length)}
          </span>
          <span className="num">
            {t('conn.since', { date: formatSinceDate(connection.createdAt) })}
          </span>
          {connection.refreshedAt !== null && (
            <span className="num">
              {t('conn.renewed', { when: refreshedText(connection.refreshedAt, now) })}
            </span>
          )}
        </p>
      </div>
      {connection.problem && (
        <p className="connection-problem" data-testid="connection-problem">
          <Icon name="alert" size={15} />
          {connection.problem}
        </p>
      )}
      {shownTest && (
        <p
          className={`test-result ${shownTest.ok ? 'test-ok' : 'test-failed'}`}
          data-testid="test-result"
          data-ok={shownTest.ok}
          role="status"
        >
          <Icon name={shownTest.ok ? 'check' : 'alert'} size={15} />
          {!shownTest.ok && shownTest.message === connection.problem
            ? t('conn.testSameProblem')
            : shownTest.message}
        </p>
      )}
      {needsReauth && pastingKey && (
        <KeyForm
          inputId={`reconnect-key-${connection.id}`}
          label={t('conn.newApiKey', { name: providerName })}
          submitLabel={t('conn.reconnectWithKey')}
          testId="reconnect-key"
          disabled={busy}
          onSubmit={(key) => {
            setPastingKey(false);
            onReconnect(key);
          }}
          onCancel={() => setPastingKey(false)}
        />
      )}
      <div className="connection-actions">
        {needsReauth && !pastingKey && (
          <button
            type="button"
            className="button primary"
            data-testid="reconnect"
            disabled={busy}
            onClick={() => (byKey ? setPastingKey(true) : onReconnect())}
          >
            {byKey ? t('conn.reconnectKey') : t('conn.reconnect')}
          </button>
        )}
        <button
          type="button"
          className={`button${noSites && !needsReauth ? ' primary' : ''}`}
          data-testid="choose-sites"
          disabled={busy || needsReauth}
          title={needsReauth ? t('conn.chooseFirst') : undefined}
          onClick={onChooseSites}
        >
          {t('conn.chooseSites')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="test-connection"
          disabled={testing}
          onClick={() => void runTest()}
        >
          {testing ? t('conn.testing') : t('conn.test')}
        </button>
        <button
          type="button"
          className="button danger-quiet"
          data-testid="disconnect"
          disabled={busy}
          onClick={onDisconnect}
        >
          {t('conn.disconnect')}
        </button>
      </div>
    </article>
  );
}
