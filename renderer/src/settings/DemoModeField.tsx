/** The demo mode switch, saying whether the demo fleet is really on screen and why. */
import type { AppInfo } from '../../../shared/domain';
import { demoFleetPhrase, demoSwitch } from '../model/demoCopy';
import { Field } from './Field';
import { t } from '../i18n/t';

/** The field; `info` is main's app info (null while it loads). */
export function DemoModeField({
  setting,
  info,
  onChange,
}: {
  setting: boolean;
  info: AppInfo | null;
  onChange: (demoMode: boolean) => void;
}) {
  const state = demoSwitch(setting, info?.demoReason);
  const fleet = demoFleetPhrase(info?.demoSiteCount);
  return (
    <Field
      label={t('settings.demoMode')}
      hint={t('settings.demoModeHint', { fleet })}
      htmlFor="demo-mode"
    >
      <label className="switch">
        <input
          id="demo-mode"
          type="checkbox"
          role="switch"
          checked={state.on}
          disabled={state.locked}
          data-testid="setting-demo-mode"
          onChange={(e) => onChange(e.target.checked)}
        />
        <span className="switch-track" aria-hidden="true" />
        <span data-testid="demo-mode-state">{state.text}</span>
      </label>
    </Field>
  );
}
