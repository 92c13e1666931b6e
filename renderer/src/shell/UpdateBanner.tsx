/**
 * "Restart to update": shown once a new version has downloaded in the background. The app
 * installs only when the user asks, and main waits for the running sync to finish first.
 */
import { useState } from 'react';
import type { UpdateState } from '../../../shared/contract';
import { enalysis, settle } from '../api';
import { Icon } from '../common/Icon';
import { useEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';
import { t } from '../i18n/t';

/** The update banner, or nothing while no update is ready. */
export function UpdateBanner() {
  const initial = useInvoke('update.status', () => enalysis().update.status());
  const [pushed, setPushed] = useState<UpdateState | null>(null);
  useEvent('update-ready', setPushed);
  const state = pushed ?? initial.value;
  if (!state?.readyVersion) return null;

  const restart = async () => {
    const result = await settle(() => enalysis().update.restart());
    if (result.ok) setPushed(result.value);
  };

  return (
    <div className="banner banner-notice banner-update" data-testid="update-banner" role="status">
      <Icon name="info" />
      <span>
        <strong>{t('banner.updateReady', { version: state.readyVersion })}</strong>{' '}
        {state.restarting ? t('banner.updateRestarting') : t('banner.updateRestart')}
      </span>
      <button
        type="button"
        className="button small primary"
        disabled={state.restarting}
        onClick={() => void restart()}
      >
        {t('banner.updateButton')}
      </button>
    </div>
  );
}
