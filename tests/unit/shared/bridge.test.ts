import { describe, expect, it } from 'vitest';
import { createEnalysisApi } from '../../../shared/bridge';
import { invokeChannels } from '../../../shared/contract';

describe('createEnalysisApi', () => {
  it('exposes one named function per contract channel and routes it to that channel', async () => {
    const calls: [string, unknown][] = [];
    const api = createEnalysisApi(
      async (channel, request) => {
        calls.push([channel, request]);
        return { ok: true, value: null };
      },
      () => () => {},
    );
    await api.site.get({ siteId: 'demo:a' });
    await api.portfolio.get();
    expect(calls).toEqual([
      ['site.get', { siteId: 'demo:a' }],
      ['portfolio.get', {}],
    ]);
    for (const channel of invokeChannels) {
      const [namespace, method] = channel.split('.') as [string, string];
      expect(
        typeof (api as unknown as Record<string, Record<string, unknown>>)[namespace]?.[method],
      ).toBe('function');
    }
  });

  it('subscribes only to contract events', () => {
    const api = createEnalysisApi(
      async () => ({ ok: true, value: null }),
      () => () => {},
    );
    expect(() => api.on('online-changed', () => {})).not.toThrow();
    expect(() => api.on('tokens-leaked' as never, () => {})).toThrow(/Unknown event/);
  });
});
