/**
 * Asking before a disconnect, with the one choice that matters: keep the account's cached sites
 * (they stay, marked offline, with their history) or delete them and their data from this computer.
 */
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { Connection } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { t } from '../i18n/t';

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
  const sitesText = t('conn.siteCount', { count: siteCount });
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
      <h2 id="disconnect-title">{t('disconnect.title', { account: connection.accountLabel })}</h2>
      <p className="dialog-text">{t('disconnect.text', { sites: sitesText })}</p>
      {error && <ErrorNotice error={error} title={t('disconnect.failed')} />}
      <div className="dialog-choices">
        <button
          type="button"
          className="dialog-choice"
          data-testid="disconnect-keep-data"
          disabled={pending !== null}
          onClick={() => void disconnect(true)}
        >
          <span className="dialog-choice-title">
            {pending === 'keep' ? t('disconnect.disconnecting') : t('disconnect.keep')}
          </span>
          <span className="dialog-choice-text">
            {siteCount > 0
              ? t('disconnect.keepText', { sites: sitesText })
              : t('disconnect.nothingElse')}
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
            {pending === 'delete' ? t('disconnect.deleting') : t('disconnect.delete')}
          </span>
          <span className="dialog-choice-text">
            {siteCount > 0
              ? t('disconnect.deleteText', { sites: sitesText, provider: providerName })
              : t('disconnect.deleteNone')}
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
          {t('picker.cancel')}
        </button>
      </div>
    </dialog>
  );
}
