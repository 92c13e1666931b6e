/**
 * A stand-in for EnphaseProvider's `listSystems()` / `testConnection()` in these tests: just
 * enough of the v4 API (paged `/systems` with the API key and the bearer token, one renewal on a
 * 401) to prove the connection flow hands the provider working tokens. The real provider is
 * plugged in by the core.
 */
import type { RemoteSystemInfo } from '../../../electron/providers/provider';
import type { AccountApi } from '../../../electron/services/connections';
import type { TokenSource } from '../../../electron/vault/types';
import { said } from '../../harness/said';

interface SystemsPage {
  total: number;
  systems: { system_id: number; name: string; timezone: string; address?: { city?: string } }[];
}

/** The account API over the emulator for one connection. */
export function emulatorAccount(apiBase: string, apiKey: string, tokens: TokenSource): AccountApi {
  const get = async (path: string): Promise<unknown> => {
    const url = `${apiBase}/api/v4${path}${path.includes('?') ? '&' : '?'}key=${encodeURIComponent(apiKey)}`;
    let token = await tokens.accessToken();
    let response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.status === 401) {
      token = await tokens.renewAfterUnauthorized(token);
      response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    }
    if (!response.ok) throw new Error(`Enphase answered ${response.status}`);
    return response.json();
  };
  return {
    async listSystems(): Promise<RemoteSystemInfo[]> {
      const systems: RemoteSystemInfo[] = [];
      for (let page = 1; page <= 20; page += 1) {
        const body = (await get(`/systems?page=${page}&size=10`)) as SystemsPage;
        for (const s of body.systems) {
          systems.push({
            externalId: String(s.system_id),
            name: s.name,
            city: s.address?.city ?? '',
            timeZone: s.timezone,
            capacityW: null,
            status: 'normal',
          });
        }
        if (systems.length >= body.total || body.systems.length === 0) break;
      }
      return systems;
    },
    async testConnection() {
      const body = (await get('/systems?page=1&size=1')) as SystemsPage;
      return { ok: true, message: said(`Connected: ${body.total} systems visible.`) };
    },
  };
}
