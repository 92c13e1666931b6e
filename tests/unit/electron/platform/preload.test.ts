import { beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels, ipcEventName } from '../../../../shared/contract';
import { electronMock, ipcRenderer, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

type Api = Record<string, unknown> & {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};
let api: Api;

beforeAll(async () => {
  resetElectronMock();
  await import('../../../../electron/preload');
  api = electronMock.exposed.get('enalysis') as Api;
});

/** Every value reachable from the exposed object. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if (
      value === null ||
      (typeof value !== 'object' && typeof value !== 'function') ||
      seen.has(value)
    )
      return;
    seen.add(value);
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key]);
  };
  walk(root);
  return [...seen];
}

describe('the preload', () => {
  it('exposes only window.enalysis', () => {
    expect([...electronMock.exposed.keys()]).toEqual(['enalysis']);
  });

  it('exposes one named function per contract channel, grouped by namespace', () => {
    for (const channel of invokeChannels) {
      const [namespace, method] = channel.split('.') as [string, string];
      expect(typeof (api[namespace] as Record<string, unknown>)[method]).toBe('function');
    }
    expect(typeof api.on).toBe('function');
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    const values = reachable(api);
    expect(values).not.toContain(ipcRenderer);
    for (const method of Object.values(ipcRenderer)) expect(values).not.toContain(method);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke/i);
  });

  it('invokes the namespaced IPC channel with the request', async () => {
    const site = api.site as { get: (request: unknown) => Promise<unknown> };
    await site.get({ siteId: 's1' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('enalysis:site.get', { siteId: 's1' });
  });

  it('delivers pushed events without the IPC event object, and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.on('online-changed', listener);
    const ipcEvent = { sender: ipcRenderer };
    electronMock.rendererListeners.emit(ipcEventName('online-changed'), ipcEvent, {
      online: false,
    });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ online: false });
    off();
    electronMock.rendererListeners.emit(ipcEventName('online-changed'), ipcEvent, { online: true });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('refuses events the contract does not know', () => {
    expect(() => api.on('no-such-event', () => {})).toThrow(/Unknown event/);
  });
});
