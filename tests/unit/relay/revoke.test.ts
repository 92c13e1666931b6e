import { describe, expect, it } from 'vitest';
import type { EnabledProvider } from '../../../relay/providers';
import { buildRevokeRequest } from '../../../relay/revoke';

const provider = (id: EnabledProvider['id'], authBase: string): EnabledProvider => ({
  id,
  displayName: id,
  authBase,
  credentials: { clientId: 'id-1', clientSecret: 's3cr3t' },
  disabledReason: null,
  pkce: false,
});

describe('buildRevokeRequest', () => {
  it('SolarEdge: RFC 7009 form with the token and the client credentials', () => {
    expect(
      buildRevokeRequest(provider('solaredge', 'https://monitoringapi.solaredge.com'), 'rt+1'),
    ).toEqual({
      url: 'https://monitoringapi.solaredge.com/v2/oauth2/revoke-token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'token=rt%2B1&client_id=id-1&client_secret=s3cr3t',
    });
  });

  it.each(['enphase', 'tesla'] as const)('%s: no revocation endpoint, no request', (id) => {
    expect(buildRevokeRequest(provider(id, 'https://example.test'), 'rt')).toBeNull();
  });
});
