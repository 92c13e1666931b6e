/** Words of the tray menu shared by the Electron tray and its harness twin. */

/** The pause item's label: what clicking it will do. */
export function pauseLabel(paused: boolean): string {
  return paused ? 'Resume refreshing' : 'Pause refreshing';
}
