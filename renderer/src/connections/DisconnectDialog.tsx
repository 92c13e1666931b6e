/**
 * Asking before a disconnect, with the one choice that matters: keep the account's cached sites
 * (they stay, marked offline, with their history) or delete them and their data from this computer.
 */
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { Connection } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { countText } from './connectionView';

/** The modal dialog; `onDone` runs after a successful disconnect, `onCancel` when it is closed. */
export function DisconnectDialog({
  connection,
  providerName,
  onDone,
  onCancel,
}: {
  connection: Connection;
  /** The account's provider as people know it ("… keeps its own copy"). */
  providerName: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<'keep' | 'delete' | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const disconnect = async (keepData: boolean) => {
    setPending(keepData ? 'keep' : 'delete');
    setError(null);
    const result = await settle(() =>
      enalysis().connections.disconnect({ connectionId: connection.id, keepData }),
    );
    setPending(null);
    if (result.ok) onDone();
    else setError(result.error);
  };

  const siteCount = connection.siteIds.length;
  const sitesText = countText(siteCount, 'site');
  return (
    <dialog
      ref={dialog}
      className="dialog"
      data-testid="disconnect-dialog"
      aria-labelledby="disconnect-title"
      // Escape closes a native dialog; while a request runs the answer must still be awaited.
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id="disconnect-title">Disconnect {connection.accountLabel}?</h2>
      <p className="dialog-text">
        The app forgets this account’s sign-in and stops updating its {sitesText}. You can connect
        it again at any time.
      </p>
      {error && <ErrorNotice error={error} title="The account was not disconnected" />}
      <div className="dialog-choices">
        <button
          type="button"
          className="dialog-choice"
          data-testid="disconnect-keep-data"
          disabled={pending !== null}
          onClick={() => void disconnect(true)}
        >
          <span className="dialog-choice-title">
            {pending === 'keep' ? 'Disconnecting…' : 'Disconnect and keep cached data'}
          </span>
          <span className="dialog-choice-text">
            {siteCount > 0
              ? `The ${sitesText} stay in the portfolio, marked offline, with the history already downloaded.`
              : 'Nothing else changes.'}
          </span>
        </button>
        <button
          type="button"
          className="dialog-choice dialog-choice-danger"
          data-testid="disconnect-delete-data"
          disabled={pending !== null}
          onClick={() => void disconnect(false)}
        >
          <span className="dialog-choice-title">
            {pending === 'delete' ? 'Deleting…' : 'Disconnect and delete its data'}
          </span>
          <span className="dialog-choice-text">
            {siteCount > 0
              ? `The ${sitesText} and their history are removed from this computer. ${providerName} keeps its own copy.`
              : 'Removes the account from this computer.'}
          </span>
        </button>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          data-testid="disconnect-cancel"
          disabled={pending !== null}
          onClick={onCancel}
          autoFocus
        >
          Cancel
        </button>
      </div>
    </dialog>
  );
}
