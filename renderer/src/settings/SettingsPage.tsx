/** Settings: appearance, units, demo mode, refresh, kiosk, alerts and tray, the Enphase plan; then what the app runs as. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { EnphaseSettings } from '../connections/EnphaseSettings';
import { SolarEdgeSettings } from '../connections/SolarEdgeSettings';
import { EconomicsSettings } from '../economics/EconomicsSettings';
import { useAppState } from '../state/appContext';
import { AboutSection } from './AboutSection';
import { DemoModeField } from './DemoModeField';
import { Choice, Field, Toggle } from './Field';
import { NumbersForm } from './NumbersForm';
import { WatchSettings } from './WatchSettings';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const UNITS: { value: Settings['energyUnit']; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'kWh', label: 'kWh' },
  { value: 'MWh', label: 'MWh' },
];

/** The settings page. */
export function SettingsPage() {
  const { info, settings, updateSettings } = useAppState();
  const [error, setError] = useState<IpcError | null>(null);

  // Choices save as soon as they are picked; main answers with the stored settings or an error.
  const save = async (patch: Partial<Settings>) => {
    const result = await updateSettings(patch);
    setError(result.ok ? null : result.error);
    return result;
  };

  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="page-subtitle">Choices apply at once; numbers are saved with Save.</p>
      </header>
      {error && <ErrorNotice error={error} title="The setting was not saved" />}
      {!settings ? (
        <section className="card card-body">
          <Skeleton height={220} />
        </section>
      ) : (
        <>
          <section className="card">
            <div className="card-header">
              <h2>Display</h2>
            </div>
            <div className="settings-list">
              <Field
                label="Theme"
                hint="System follows your operating system’s light or dark mode."
              >
                <Choice
                  name="theme"
                  label="Theme"
                  options={THEMES}
                  value={settings.theme}
                  onChange={(theme) => void save({ theme })}
                />
              </Field>
              <Field
                label="Energy unit"
                hint="Automatic picks Wh, kWh or MWh by size; power follows (W, kW, MW)."
              >
                <Choice
                  name="energy-unit"
                  label="Energy unit"
                  options={UNITS}
                  value={settings.energyUnit}
                  onChange={(energyUnit) => void save({ energyUnit })}
                />
              </Field>
            </div>
          </section>
          <section className="card">
            <div className="card-header">
              <h2>Data</h2>
            </div>
            <div className="settings-list">
              <DemoModeField
                setting={settings.demoMode}
                info={info}
                onChange={(demoMode) => void save({ demoMode })}
              />
              {info && !info.keyringProtected && (
                <Field
                  label="Keep sign-ins"
                  hint="This computer has no system keyring: kept sign-ins can be read by any program running as you. Off: sign-ins stay in memory only, and you sign in again each time Enalysis starts."
                  htmlFor="remember-sign-ins"
                >
                  <Toggle
                    name="remember-sign-ins"
                    checked={settings.rememberSignIns}
                    onChange={(rememberSignIns) => void save({ rememberSignIns })}
                  />
                </Field>
              )}
              <NumbersForm settings={settings} save={save} />
            </div>
          </section>
          <EconomicsSettings />
          <WatchSettings settings={settings} save={save} />
          <EnphaseSettings settings={settings} save={save} />
          <SolarEdgeSettings settings={settings} save={save} />
          <AboutSection />
        </>
      )}
    </div>
  );
}
