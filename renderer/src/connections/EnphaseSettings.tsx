/**
 * Settings' Enphase section. The plan the platform runs on and this installation's share are
 * platform configuration: shown as one read-only sentence. Operators may override them for
 * this computer under "Advanced (operators)"; the plan applies at once, the share with Save.
 */
import type { FormEvent } from 'react';
import { useSettingsDraft } from '../settings/useSettingsDraft';
import type { IpcResult } from '../../../shared/contract';
import type { EnphasePlan, Settings } from '../../../shared/domain';
import { Field } from '../settings/Field';
import { FormActions } from '../settings/FormActions';
import { useAppState } from '../state/appContext';
import { KeyringWarning } from './KeyringWarning';
import {
  describeQuota,
  ENPHASE_PLANS,
  parseSharePercent,
  planInfo,
  planOptionLabel,
  quotaInForce,
} from './plans';
import { t } from '../i18n/t';

/** The section card. */
export function EnphaseSettings({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;
}) {
  const { info } = useAppState();
  const form = useSettingsDraft<string>(save);
  const platform = info?.enphasePlatform ?? null;
  const text =
    form.draft ??
    (settings.enphaseSharePercent === null ? '' : String(settings.enphaseSharePercent));
  const share = text.trim() === '' ? null : parseSharePercent(text);

  const onSubmit = (event: FormEvent) =>
    form.submit(
      event,
      share && !share.ok ? null : { enphaseSharePercent: share ? share.value : null },
    );

  const message = form.submitted && share && !share.ok ? share.message : null;
  return (
    <section className="card" data-testid="settings-enphase">
      <div className="card-header">
        <h2>Enphase</h2>
        <span className="hint">{t('enphase.hint')}</span>
      </div>
      {info && !info.keyringProtected && (
        <div className="card-body settings-callout">
          <KeyringWarning />
        </div>
      )}
      <div className="card-body">
        <p data-testid="settings-enphase-quota">
          {platform ? describeQuota(quotaInForce(settings, platform)) : '…'}
        </p>
      </div>
      <details className="settings-advanced" data-testid="settings-enphase-advanced">
        <summary>{t('enphase.advanced')}</summary>
        <div className="settings-list">
          <Field label={t('enphase.plan')} hint={t('enphase.planHint')} htmlFor="enphase-plan">
            <select
              id="enphase-plan"
              className="select"
              data-testid="setting-enphase-plan"
              value={settings.enphasePlan ?? ''}
              onChange={(e) =>
                void save({
                  enphasePlan: e.target.value === '' ? null : (e.target.value as EnphasePlan),
                })
              }
            >
              <option value="">
                {platform
                  ? t('enphase.platformPlanNamed', { plan: planInfo(platform.plan).name })
                  : t('enphase.platformPlan')}
              </option>
              {ENPHASE_PLANS.map((p) => (
                <option key={p.value} value={p.value}>
                  {planOptionLabel(p)}
                </option>
              ))}
            </select>
          </Field>
          <form className="numbers-form" onSubmit={(e) => void onSubmit(e)} noValidate>
            <Field
              label={t('enphase.share')}
              hint={
                platform
                  ? t('enphase.shareHintNamed', { percent: platform.sharePercent })
                  : t('enphase.shareHint')
              }
              htmlFor="enphase-share"
              message={message}
            >
              <span className="input-with-unit">
                <input
                  id="enphase-share"
                  className="input num"
                  inputMode="numeric"
                  value={text}
                  placeholder={platform ? String(platform.sharePercent) : ''}
                  aria-invalid={!!message}
                  data-testid="setting-enphase-share"
                  onChange={(e) => form.edit(e.target.value)}
                />
                <span className="muted">%</span>
              </span>
            </Field>
            <FormActions
              saved={form.saved}
              draft={form.draft !== null}
              onDiscard={form.discard}
              testId="setting-enphase-share-save"
            />
          </form>
        </div>
      </details>
    </section>
  );
}
