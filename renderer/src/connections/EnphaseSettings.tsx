/**
 * Settings' Enphase section: which API plan the platform runs on (it decides the quota) and how
 * much of that quota this installation may spend. The plan applies at once; the share is typed
 * and saved with Save, like the other numbers.
 */
import { useState, type FormEvent } from 'react';
import type { IpcResult } from '../../../shared/contract';
import type { EnphasePlan, Settings } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { Field } from '../settings/Field';
import { useAppState } from '../state/appContext';
import { KeyringWarning } from './KeyringWarning';
import { ENPHASE_PLANS, parseSharePercent, planInfo, planOptionLabel, shareOfPlan } from './plans';

/** The section card. */
export function EnphaseSettings({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;
}) {
  const { info } = useAppState();
  const [draft, setDraft] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const text = draft ?? String(settings.enphaseSharePercent);
  const share = parseSharePercent(text);
  const plan = planInfo(settings.enphasePlan);
  const allowance = shareOfPlan(plan, share.ok ? share.value : settings.enphaseSharePercent);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!share.ok) return;
    const result = await save({ enphaseSharePercent: share.value });
    if (result.ok) {
      setDraft(null);
      setSubmitted(false);
      setSaved(true);
    }
  };

  const message = submitted && !share.ok ? share.message : null;
  return (
    <section className="card" data-testid="settings-enphase">
      <div className="card-header">
        <h2>Enphase</h2>
        <span className="hint">Every installation of the app shares Enphase’s request quota.</span>
      </div>
      {info && !info.keyringProtected && (
        <div className="card-body settings-callout">
          <KeyringWarning />
        </div>
      )}
      <div className="settings-list">
        <Field
          label="API plan"
          hint="The Enphase plan the Enalysis app is registered on; it sets how many requests all installations may make together."
          htmlFor="enphase-plan"
        >
          <select
            id="enphase-plan"
            className="select"
            data-testid="setting-enphase-plan"
            value={settings.enphasePlan}
            onChange={(e) => void save({ enphasePlan: e.target.value as EnphasePlan })}
          >
            {ENPHASE_PLANS.map((p) => (
              <option key={p.value} value={p.value}>
                {planOptionLabel(p)}
              </option>
            ))}
          </select>
        </Field>
        <form className="numbers-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <Field
            label="This installation’s share"
            hint={`The part of the plan’s quota this computer may use: ${formatNumber(allowance.perMonth, 0)} calls a month, ${formatNumber(allowance.perMinute, 0)} a minute. Lower it when several installations share the app.`}
            htmlFor="enphase-share"
            message={message}
          >
            <span className="input-with-unit">
              <input
                id="enphase-share"
                className="input num"
                inputMode="numeric"
                value={text}
                aria-invalid={!!message}
                data-testid="setting-enphase-share"
                onChange={(e) => {
                  setDraft(e.target.value);
                  setSaved(false);
                }}
              />
              <span className="muted">%</span>
            </span>
          </Field>
          <div className="form-actions">
            {saved && <span className="muted">Saved.</span>}
            {draft !== null && (
              <button type="button" className="button" onClick={() => setDraft(null)}>
                Discard
              </button>
            )}
            <button
              type="submit"
              className="button primary"
              disabled={draft === null}
              data-testid="setting-enphase-share-save"
            >
              Save
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
