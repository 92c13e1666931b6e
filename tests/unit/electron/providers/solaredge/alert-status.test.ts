import { describe, expect, it } from 'vitest';
import { statusFromAlerts } from '../../../../../electron/providers/solaredge/alert-status';
import type { SolarEdgeAlert } from '../../../../../electron/providers/solaredge/mapping';

function alert(
  type: string,
  severity: string,
  serial: string | null = '7E1234-5A',
): SolarEdgeAlert {
  return {
    id: `${type}-${serial}`,
    siteId: '1',
    type,
    severity,
    openedAt: 1_790_000_000,
    serial,
    description: 'PROVIDER RAW TEXT',
  };
}

describe('statusFromAlerts', () => {
  it.each([
    [
      [alert('ISOLATION_FAULT', 'HIGH')],
      'fault',
      'The device with serial 7E1234-5A reports an isolation fault.',
    ],
    [
      [alert('NO_COMMUNICATION', 'MEDIUM', 'GW-91')],
      'offline',
      'The device with serial GW-91 stopped sending data.',
    ],
    [[alert('SOMETHING_NEW', 'HIGH', null)], 'fault', 'A device reports a fault.'],
    [
      [alert('SOMETHING_NEW', 'LOW')],
      'warning',
      'The device with serial 7E1234-5A reports a problem.',
    ],
    [
      [alert('NO_COMMUNICATION', 'MEDIUM', 'GW-91'), alert('ISOLATION_FAULT', 'HIGH')],
      'fault',
      'The device with serial 7E1234-5A reports an isolation fault (2 open SolarEdge alerts).',
    ],
  ] as const)('%j → %s', (alerts, status, detail) => {
    const result = statusFromAlerts(alerts);
    expect(result).toEqual({ status, statusDetail: detail });
    expect(result?.statusDetail).not.toContain('PROVIDER RAW TEXT');
  });

  it('gives nothing when no alert is open', () => {
    expect(statusFromAlerts([])).toBeNull();
  });
});
