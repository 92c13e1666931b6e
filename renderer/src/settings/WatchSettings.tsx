/** Settings for watching the fleet: notifications, quiet hours, the daily digest, tray, login. */
import type { Settings } from '../../../shared/domain';
import { Field } from './Field';

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
      <span>{on ? 'On' : 'Off'}</span>
    </label>
  );
}

/** The on/off choices of the card, in order (quiet hours sit after the first two). */
const SWITCHES: { id: Flag; label: string; hint: string }[] = [
  {
    id: 'notifyAlerts',
    label: 'Notifications',
    hint: 'One desktop notification when a site stops producing, goes silent or reports a fault.',
  },
  {
    id: 'dailyDigest',
    label: 'Daily digest',
    hint: 'Gather the day’s new alerts into one notification at the end of quiet hours (or 08:00).',
  },
  {
    id: 'closeToTray',
    label: 'Keep watching from the tray',
    hint: 'Closing the window leaves Enalysis in the tray, refreshing and alerting. Quit from its menu.',
  },
  {
    id: 'launchAtLogin',
    label: 'Start at login',
    hint: 'Start Enalysis in the tray when you log in to this computer.',
  },
];

function SwitchField(props: { row: (typeof SWITCHES)[number]; settings: Settings; save: Save }) {
  const { row } = props;
  return (
    <Field label={row.label} hint={row.hint} htmlFor={`setting-${row.id}`}>
      <Switch id={row.id} settings={props.settings} save={props.save} />
    </Field>
  );
}

/** The "Alerts and tray" settings card. */
export function WatchSettings({ settings, save }: { settings: Settings; save: Save }) {
  const time = (key: 'quietFrom' | 'quietTo', label: string) => (
    <input
      type="time"
      aria-label={label}
      className="input time-input"
      value={settings[key]}
      data-testid={`setting-${key}`}
      onChange={(e) => void save({ [key]: e.target.value })}
    />
  );
  return (
    <section className="card">
      <div className="card-header">
        <h2>Alerts and tray</h2>
      </div>
      <div className="settings-list">
        {SWITCHES.slice(0, 2).map((row) => (
          <SwitchField key={row.id} row={row} settings={settings} save={save} />
        ))}
        <Field
          label="Quiet hours"
          hint="Notifications wait until quiet hours end (this computer’s time). Leave empty for none."
        >
          <div className="time-range">
            {time('quietFrom', 'Quiet from')}
            <span>to</span>
            {time('quietTo', 'Quiet until')}
          </div>
        </Field>
        {SWITCHES.slice(2).map((row) => (
          <SwitchField key={row.id} row={row} settings={settings} save={save} />
        ))}
      </div>
    </section>
  );
}
