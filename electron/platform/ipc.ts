/**
 * The only importer of ipcMain. Registers one handler per contract channel, refuses calls that
 * do not come from the main window's top frame on the app's own origin, and forwards the core's
 * events to that window after checking them against the contract.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  eventContract,
  invokeChannels,
  ipcChannelName,
  ipcEventName,
  readOnlyChannels,
  type EventName,
  type IpcResult,
} from '../../shared/contract';
import type { Core } from '../core';
import type { Logger } from '../ports';
import { isAppUrl } from './navigation-policy';

/** What the IPC wrapper needs from the composition root. */
export interface IpcBridgeOptions {
  core: Pick<Core, 'dispatch' | 'onEvent'>;
  /** The window allowed to call in and to receive events (null while none is open). */
  getWindow: () => BrowserWindow | null;
  /** `app://enalysis`, or the Vite dev server origin in dev. */
  appOrigin: string;
  log: Logger;
  /** True for a hidden print window's webContents: it may call the read-only channels only. */
  isPrintWindow?: (webContentsId: number) => boolean;
}

const forbidden: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This call did not come from the Enalysis window.' },
};

/** True when the call comes from the main window's top frame showing the app's own origin. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  appOrigin: string,
): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appOrigin);
}

/** True when a read-only call comes from a print window's top frame on the app's own origin. */
export function isTrustedPrintCall(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  channel: (typeof invokeChannels)[number],
  isPrintWindow: ((webContentsId: number) => boolean) | undefined,
  appOrigin: string,
): boolean {
  if (!isPrintWindow?.(event.sender.id) || !readOnlyChannels.has(channel)) return false;
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url, appOrigin);
}

function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventContract, name);
}

/** Wires every invoke channel and the event stream; returns the function that unwires them. */
export function registerIpc(options: IpcBridgeOptions): () => void {
  const { core, getWindow, appOrigin, log } = options;
  for (const channel of invokeChannels) {
    ipcMain.handle(
      ipcChannelName(channel),
      async (event, payload: unknown): Promise<IpcResult<unknown>> => {
        if (
          !isTrustedSender(event, getWindow(), appOrigin) &&
          !isTrustedPrintCall(event, channel, options.isPrintWindow, appOrigin)
        ) {
          log.warn('ipc call refused: untrusted sender', { channel });
          return forbidden;
        }
        try {
          return await core.dispatch(channel, payload);
        } catch (error) {
          log.error('ipc dispatch threw', {
            channel,
            error: error instanceof Error ? error.message : String(error),
          });
          return {
            ok: false,
            error: { code: 'internal', message: 'Something went wrong; details are in the log.' },
          };
        }
      },
    );
  }
  const unsubscribe = core.onEvent((event, payload) => {
    const name: string = event;
    if (!isEventName(name)) {
      log.error('core pushed an unknown event', { event: name });
      return;
    }
    const parsed = eventContract[name].safeParse(payload);
    if (!parsed.success) {
      log.error('event payload failed its schema; not sent', {
        event: name,
        issue: parsed.error.issues[0]?.message,
      });
      return;
    }
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    window.webContents.send(ipcEventName(name), parsed.data);
  });
  return () => {
    unsubscribe();
    for (const channel of invokeChannels) ipcMain.removeHandler(ipcChannelName(channel));
  };
}
