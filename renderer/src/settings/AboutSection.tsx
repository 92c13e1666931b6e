/** What the app runs as: version, mode, data folder, sync behaviour, token protection. */
import { useAppState } from '../state/appContext';
import { t } from '../i18n/t';
import { syncExplanation } from '../model/syncExplanation';

/** The about card at the foot of Settings. */
export function AboutSection() {
  const { info, sync, settings } = useAppState();
  if (!info) return null;
  return (
    <section className="card" data-testid="about">
      <div className="card-header">
        <h2>{t('settings.about')}</h2>
      </div>
      <dl className="facts">
        <dt>{t('settings.version')}</dt>
        <dd className="num" data-testid="app-version">
          {info.version}
        </dd>
        <dt>{t('settings.mode')}</dt>
        <dd data-testid="app-mode" data-value={info.mode}>
          {info.mode === 'demo' ? t('settings.modeDemo') : t('settings.modeLive')}
          {info.kiosk ? t('settings.modeKiosk') : ''}
        </dd>
        <dt>{t('settings.dataFolder')}</dt>
        <dd className="mono selectable" data-testid="data-dir">
          {info.dataDir}
        </dd>
        <dt>{t('settings.platform')}</dt>
        <dd>{info.platform}</dd>
        <dt>{t('settings.sync')}</dt>
        <dd>
          {sync ? syncExplanation(sync) : '—'}
          <div className="muted">{t('settings.syncNote')}</div>
        </dd>
        <dt>{t('settings.tokens')}</dt>
        <dd>
          {info.keyringProtected ? (
            t('settings.tokensKeyring')
          ) : (
            <span className="stale-mark" data-testid="token-protection">
              {settings?.rememberSignIns === false
                ? t('settings.tokensMemory')
                : t('settings.tokensPlain')}
            </span>
          )}
        </dd>
      </dl>
    </section>
  );
}
