/** App-wide facts every screen may need: what the app runs as, settings, sync and network state. */
import { createContext, useContext } from 'react';
import type { IpcError, IpcResult } from '../../../shared/contract';
import type { AppInfo, Settings, SyncStatus } from '../../../shared/domain';
import type { EnergyUnitPreference } from '../../../shared/format';

/** What AppStateProvider offers. */
export interface AppState {
  info: AppInfo | null;
  settings: Settings | null;
  sync: SyncStatus | null;
  /** False after `online-changed` says offline, or when sync reports offline. */
  online: boolean;
  /** The first error of the start-up calls, shown by the shell instead of an empty app. */
  startupError: IpcError | null;
  energyUnit: EnergyUnitPreference;
  /** Saves settings; the answer carries main's validation message when a value is refused. */
  updateSettings: (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;
  /** Asks the scheduler for a pass now; resolves with the error, if any, for the caller to show. */
  refreshNow: () => Promise<IpcError | null>;
}

/** The context object; use `useAppState()` rather than this. */
export const AppStateContext = createContext<AppState | null>(null);

/** App-wide state; throws when used outside AppStateProvider (a wiring bug, not a user error). */
export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState must be used inside AppStateProvider');
  return state;
}
