// The serverless entry: configuration arrives with the request, not at process start.
import { describe, expect, it } from 'vitest';
import { createRelayFetchEntry } from '../../../relay/fetch-entry';
import { createJsonLogger } from '../../../relay/logger';

function entry() {
  const logs: string[] = [];
  return {
    logs,
    handler: createRelayFetchEntry({ logger: createJsonLogger({ sink: (l) => logs.push(l) }) }),
  };
}

describe('createRelayFetchEntry', () => {
  it('builds the relay from the host bindings on the first request', async () => {
    const { handler } = entry();
    const env = { ENPHASE_CLIENT_ID: 'id', ENPHASE_CLIENT_SECRET: 'secret', RATE_LIMITER: {} };
    const response = await handler.fetch(new Request('https://relay.example/healthz'), env);
    expect(await response.json()).toEqual({
      ok: true,
      providers: { enphase: true, solaredge: false, tesla: false },
    });
  });

  it('answers 503 for a malformed environment and logs each problem', async () => {
    const { handler, logs } = entry();
    const env = { RELAY_UPSTREAM_TIMEOUT_MS: 'soon' };
    for (let i = 0; i < 2; i += 1) {
      const response = await handler.fetch(new Request('https://relay.example/healthz'), env);
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        error: 'relay_misconfigured',
        error_description: 'The relay is not configured correctly.',
      });
    }
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('configuration: RELAY_UPSTREAM_TIMEOUT_MS must be a whole number');
  });
});
