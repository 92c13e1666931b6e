/**
 * Closing the window keeps the app watching from the tray (when the setting says so): the close
 * is turned into a hide, and the first time the app says where it went.
 */
import type { BrowserWindow } from 'electron';
import type { Words } from '../i18n/words';
import type { KeyValueStore, NotifierPort } from '../ports';

const explainedKey = 'trayExplained';

/** What the close handler asks. */
export interface KeepInTrayOptions {
  enabled(): boolean;
  /** True once the user chose Quit (tray menu, app menu, OS shutdown). */
  quitting(): boolean;
  store: KeyValueStore;
  notifier: NotifierPort;
  /** The notice is written in the language in force when the window first closes. */
  words: Words;
  show(): void;
}

/** Installs the close handler on the window. */
export function keepInTray(window: BrowserWindow, options: KeepInTrayOptions): void {
  window.on('close', (event) => {
    if (options.quitting() || !options.enabled()) return;
    event.preventDefault();
    window.hide();
    if (options.store.get<boolean>(explainedKey)) return;
    options.store.set(explainedKey, true);
    options.notifier.notify(
      {
        title: options.words.t('desktop.trayNotice.title'),
        body: options.words.t('desktop.trayNotice.body'),
      },
      options.show,
    );
  });
}
