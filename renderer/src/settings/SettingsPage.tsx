/** Settings: appearance, units, demo mode, refresh, kiosk, alerts and tray, the Enphase plan; then what the app runs as. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { EnphaseSettings } from '../connections/EnphaseSettings';
import { SolarEdgeSettings } from '../connections/SolarEdgeSettings';
import { TeslaSettings } from '../connections/TeslaSettings';
import { EconomicsSettings } from '../economics/EconomicsSettings';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../shared/locale';
import { t } from '../i18n/t';
import { useAppState } from '../state/appContext';
import { AboutSection } from './AboutSection';
import { DemoModeField } from './DemoModeField';
import { Choice, Field, Toggle } from './Field';
import { NumbersForm } from './NumbersForm';
import { WatchSettings } from './WatchSettings';

const themes = (): { value: Settings['theme']; label: string }[] => [
  { value: 'system', label: t('settings.theme.system') },
  { value: 'light', label: t('settings.theme.light') },
  { value: 'dark', label: t('settings.theme.dark') },
];

const units = (): { value: Settings['energyUnit']; label: string }[] => [
  { value: 'auto', label: t('settings.energyUnit.auto') },
  { value: 'kWh', label: 'kWh' },
  { value: 'MWh', label: 'MWh' },
];

const languages = (): { value: Settings['language']; label: string }[] => [
  { value: 'system', label: t('settings.language.system') },
  ...LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] })),
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
        <h1>{t('settings.title')}</h1>
        <p className="page-subtitle">{t('settings.subtitle')}</p>
      </header>
      {error && <ErrorNotice error={error} title={t('settings.notSaved')} />}
      {!settings ? (
        <section className="card card-body">
          <Skeleton height={220} />
        </section>
      ) : (
        <>
          <section className="card">
            <div className="card-header">
              <h2>{t('settings.display')}</h2>
            </div>
            <div className="settings-list">
              <Field label={t('settings.language')} hint={t('settings.languageHint')}>
                <Choice
                  name="language"
                  label={t('settings.language')}
                  options={languages()}
                  value={settings.language}
                  onChange={(language) => void save({ language })}
                />
              </Field>
              <Field label={t('settings.theme')} hint={t('settings.themeHint')}>
                <Choice
                  name="theme"
                  label={t('settings.theme')}
                  options={themes()}
                  value={settings.theme}
                  onChange={(theme) => void save({ theme })}
                />
              </Field>
              <Field label={t('settings.energyUnit')} hint={t('settings.energyUnitHint')}>
                <Choice
                  name="energy-unit"
                  label={t('settings.energyUnit')}
                  options={units()}
                  value={settings.energyUnit}
                  onChange={(energyUnit) => void save({ energyUnit })}
                />
              </Field>
            </div>
          </section>
          <section className="card">
            <div className="card-header">
              <h2>{t('settings.data')}</h2>
            </div>
            <div className="settings-list">
              <DemoModeField
                setting={settings.demoMode}
                info={info}
                onChange={(demoMode) => void save({ demoMode })}
              />
              {info && !info.keyringProtected && (
                <Field
                  label={t('settings.keepSignIns')}
                  hint={t('settings.keepSignInsHint')}
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
          <TeslaSettings settings={settings} save={save} />
          <AboutSection />
        </>
      )}
    </div>
  );
}
