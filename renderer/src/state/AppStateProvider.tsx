/** Loads app info, settings and sync status once, then keeps them current from pushed events. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SyncStatus } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { useDebouncedEvent, useEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';
import { AppStateContext, type AppState } from './appContext';

/** Applies the theme: `system` follows prefers-color-scheme in CSS; the others force one. */
function useThemeAttribute(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}

/** Provides AppState to the tree. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const info = useInvoke('app.info', () => enalysis().app.info());
  const loadedSettings = useInvoke('settings.get', () => enalysis().settings.get());
  const loadedSync = useInvoke('sync.status', () => enalysis().sync.status());
  // Pushed values replace loaded ones: whatever arrived last is the truth.
  const [settingsPushed, setSettingsPushed] = useState<Settings | null>(null);
  const [syncPushed, setSyncPushed] = useState<SyncStatus | null>(null);
  const [onlinePushed, setOnlinePushed] = useState<boolean | null>(null);

  useEvent('settings-changed', setSettingsPushed);
  useEvent('sync-progress', (status) => {
    setSyncPushed(status);
    setOnlinePushed(status.online);
  });
  useEvent('online-changed', ({ online }) => setOnlinePushed(online));
  // Demo or live depends on the demo setting and on whether any account is connected.
  useDebouncedEvent('connection-changed', info.reload, 200);
  useDebouncedEvent('settings-changed', info.reload, 200);

  const settings = settingsPushed ?? loadedSettings.value;
  const sync = syncPushed ?? loadedSync.value;
  useThemeAttribute(settings?.theme);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    const result = await settle(() => enalysis().settings.update(patch));
    if (result.ok) setSettingsPushed(result.value);
    return result;
  }, []);

  const refreshNow = useCallback(async () => {
    const result = await settle(() => enalysis().sync.refreshNow());
    if (!result.ok) return result.error;
    setSyncPushed(result.value);
    setOnlinePushed(result.value.online);
    return null;
  }, []);

  const state = useMemo<AppState>(
    () => ({
      info: info.value,
      settings,
      sync,
      online: onlinePushed ?? sync?.online ?? true,
      startupError: info.error ?? loadedSettings.error ?? null,
      energyUnit: settings?.energyUnit ?? 'auto',
      updateSettings,
      refreshNow,
    }),
    [
      info.value,
      info.error,
      loadedSettings.error,
      settings,
      sync,
      onlinePushed,
      updateSettings,
      refreshNow,
    ],
  );
  return <AppStateContext.Provider value={state}>{children}</AppStateContext.Provider>;
}
