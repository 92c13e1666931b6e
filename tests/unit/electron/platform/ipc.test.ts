import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels, ipcChannelName, ipcEventName } from '../../../../shared/contract';
import type { EventSink } from '../../../../electron/core';
import type { Logger } from '../../../../electron/ports';
import { BrowserWindow, electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { registerIpc } = await import('../../../../electron/platform/ipc');

const appOrigin = 'app://enalysis';

function setup() {
  const window = new BrowserWindow({});
  let sink: EventSink | null = null;
  const core = {
    dispatch: vi.fn(async (channel: string, payload: unknown) => ({
      ok: true as const,
      value: { channel, payload },
    })),
    onEvent: vi.fn((listener: EventSink) => {
      sink = listener;
      return () => {
        sink = null;
      };
    }),
  };
  const log: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const printWindowId = 4242;
  const dispose = registerIpc({
    core,
    getWindow: () => window as never,
    appOrigin,
    log,
    isPrintWindow: (id) => id === printWindowId,
  });
  const call = (
    channel: string,
    payload: unknown,
    from: { url?: string; senderId?: number; parent?: unknown } = {},
  ) => {
    const handler = electronMock.ipcHandlers.get(ipcChannelName(channel as never));
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event = {
      sender: { id: from.senderId ?? window.webContents.id },
      senderFrame:
        from.url === undefined
          ? { url: 'app://enalysis/index.html', parent: null }
          : { url: from.url, parent: from.parent ?? null },
    };
    return handler(event, payload);
  };
  const push = (event: string, payload: unknown) =>
    (sink as unknown as (e: string, p: unknown) => void)(event, payload);
  return {
    window,
    core,
    log,
    dispose,
    call,
    push,
    printWindowId,
    hasSink: () => sink !== null,
  };
}

beforeEach(() => resetElectronMock());

describe('registerIpc: invoke calls', () => {
  it('registers exactly one handler per contract channel', () => {
    setup();
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual(
      invokeChannels.map(ipcChannelName).sort(),
    );
  });

  it('passes calls from the app window to the core', async () => {
    const { call, core } = setup();
    await expect(call('site.get', { siteId: 's1' })).resolves.toEqual({
      ok: true,
      value: { channel: 'site.get', payload: { siteId: 's1' } },
    });
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('site.get', { siteId: 's1' });
  });

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['a look-alike origin', { url: 'app://enalysis.evil/index.html' }],
    ['a file page', { url: 'file:///tmp/x.html' }],
    ['a subframe', { url: 'app://enalysis/index.html', parent: {} }],
    ['another webContents', { senderId: 99_999 }],
  ])('answers forbidden to %s and never reaches the core', async (_label, from) => {
    const { call, core, log } = setup();
    await expect(call('portfolio.get', {}, from)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(core.dispatch).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('lets a report print window read, and nothing else', async () => {
    const { call, core, printWindowId } = setup();
    const request = { scope: 'fleet', period: '2026-10' };
    await expect(call('reports.get', request, { senderId: printWindowId })).resolves.toMatchObject({
      ok: true,
    });
    for (const channel of ['settings.update', 'connections.disconnect', 'reports.savePdf']) {
      await expect(call(channel, {}, { senderId: printWindowId })).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    await expect(
      call('reports.get', request, { senderId: printWindowId, url: 'https://evil.example/' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('reports.get', request);
  });

  it('answers forbidden when the sending frame is gone', async () => {
    const { core, window } = setup();
    const handler = electronMock.ipcHandlers.get(ipcChannelName('portfolio.get'))!;
    await expect(
      handler({ sender: { id: window.webContents.id }, senderFrame: null }, {}),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing core into a typed internal error', async () => {
    const { call, core } = setup();
    core.dispatch.mockRejectedValueOnce(new Error('boom'));
    await expect(call('portfolio.get', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('unregisters everything when disposed', () => {
    const { dispose, hasSink } = setup();
    dispose();
    expect(electronMock.ipcHandlers.size).toBe(0);
    expect(hasSink()).toBe(false);
  });
});

describe('registerIpc: pushed events', () => {
  it('sends valid events to the window under their IPC name', () => {
    const { push, window } = setup();
    push('online-changed', { online: false });
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(
      ipcEventName('online-changed'),
      { online: false },
    );
  });

  it('strips fields the contract does not name', () => {
    const { push, window } = setup();
    push('data-updated', { siteIds: ['a'], at: 1_700_000_000, accessToken: 'secret' });
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(ipcEventName('data-updated'), {
      siteIds: ['a'],
      at: 1_700_000_000,
    });
  });

  it.each([
    ['online-changed', { online: 'yes' }],
    ['data-updated', { siteIds: 'a', at: 1 }],
    ['connection-changed', { connectionId: 'c', state: 'exploded' }],
    ['no-such-event', {}],
  ])('does not send %s with an invalid payload', (event, payload) => {
    const { push, window, log } = setup();
    push(event, payload);
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(log.error).toHaveBeenCalled();
  });

  it('drops events while the window is gone', () => {
    const { push, window } = setup();
    window.destroyed = true;
    push('online-changed', { online: true });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
