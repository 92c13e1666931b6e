/** Settings for watching the fleet: notifications, quiet hours, the daily digest, tray, login. */
import type { Settings } from '../../../shared/domain';
import { TimeField } from '../common/TimeField';
import { Field } from './Field';
import { t, type MessageKey } from '../i18n/t';

type Save = (patch: Partial<Settings>) => unknown;
type Flag = 'notifyAlerts' | 'dailyDigest' | 'closeToTray' | 'launchAtLogin';

function Switch(props: { id: Flag; settings: Settings; save: Save }) {
  const on = props.settings[props.id];
  return (
    <label className="switch">
      <input
        id={`setting-${props.id}`}
        type="checkbox"
        role="switch"
        checked={on}
        data-testid={`setting-${props.id}`}
        onChange={(e) => void props.save({ [props.id]: e.target.checked })}
      />
      <span className="switch-track" aria-hidden="true" />
      <span>{on ? t('settings.on') : t('settings.off')}</span>
    </label>
  );
}

/** The on/off choices of the card, in order (quiet hours sit after the first two). */
const SWITCHES: { id: Flag; label: MessageKey; hint: MessageKey }[] = [
  { id: 'notifyAlerts', label: 'settings.notifications', hint: 'settings.notificationsHint' },
  { id: 'dailyDigest', label: 'settings.digest', hint: 'settings.digestHint' },
  { id: 'closeToTray', label: 'settings.tray', hint: 'settings.trayHint' },
  { id: 'launchAtLogin', label: 'settings.login', hint: 'settings.loginHint' },
];

function SwitchField(props: { row: (typeof SWITCHES)[number]; settings: Settings; save: Save }) {
  const { row } = props;
  return (
    <Field label={t(row.label)} hint={t(row.hint)} htmlFor={`setting-${row.id}`}>
      <Switch id={row.id} settings={props.settings} save={props.save} />
    </Field>
  );
}

/** The "Alerts and tray" settings card. */
export function WatchSettings({ settings, save }: { settings: Settings; save: Save }) {
  const time = (key: 'quietFrom' | 'quietTo', label: string) => (
    <TimeField
      label={label}
      value={settings[key]}
      testId={`setting-${key}`}
      onChange={(value) => void save({ [key]: value })}
    />
  );
  return (
    <section className="card">
      <div className="card-header">
        <h2>{t('settings.watch')}</h2>
      </div>
      <div className="settings-list">
        {SWITCHES.slice(0, 2).map((row) => (
          <SwitchField key={row.id} row={row} settings={settings} save={save} />
        ))}
        <Field label={t('settings.quiet')} hint={t('settings.quietHint')}>
          <div className="time-range">
            {time('quietFrom', t('settings.quietFrom'))}
            <span>{t('settings.quietTo')}</span>
            {time('quietTo', t('settings.quietUntil'))}
          </div>
        </Field>
        {SWITCHES.slice(2).map((row) => (
          <SwitchField key={row.id} row={row} settings={settings} save={save} />
        ))}
      </div>
    </section>
  );
}
