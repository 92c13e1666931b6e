/**
 * The sandboxed preload: builds `window.enalysis` from the IPC contract and exposes it through
 * contextBridge. Only named functions cross; ipcRenderer itself never does. Bundled to one
 * CommonJS file by scripts/build.ts because sandboxed preloads cannot load modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createEnalysisApi, type InvokeTransport, type SubscribeTransport } from '../shared/bridge';
import { ipcChannelName, ipcEventName } from '../shared/contract';

const invoke: InvokeTransport = (channel, request) =>
  ipcRenderer.invoke(ipcChannelName(channel), request);

const subscribe: SubscribeTransport = (event, listener) => {
  const name = ipcEventName(event);
  // Drop the IpcRendererEvent: it carries `sender`, which is ipcRenderer.
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(name, forward);
  return () => {
    ipcRenderer.removeListener(name, forward);
  };
};

contextBridge.exposeInMainWorld('enalysis', createEnalysisApi(invoke, subscribe));
