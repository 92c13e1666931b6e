import { describe, expect, it } from 'vitest';
import { statusFromAlerts } from '../../../../../electron/providers/solaredge/alert-status';
import type { SolarEdgeAlert } from '../../../../../electron/providers/solaredge/mapping';
import { inEnglish, inGerman } from '../../../../harness/words';

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
    expect(result?.status).toBe(status);
    expect(result?.statusDetail.key).toBe('status.solaredge.alert');
    expect(inEnglish(result?.statusDetail)).toBe(detail);
    expect(JSON.stringify(result)).not.toContain('PROVIDER RAW TEXT');
  });

  it('says it in German, serial and count as params', () => {
    const result = statusFromAlerts([
      alert('NO_COMMUNICATION', 'MEDIUM', 'GW-91'),
      alert('ISOLATION_FAULT', 'HIGH'),
    ]);
    expect(result?.statusDetail.params).toEqual({
      serial: '7E1234-5A',
      kind: 'isolation',
      count: 2,
    });
    expect(inGerman(result?.statusDetail)).toBe(
      'Das Gerät mit der Seriennummer 7E1234-5A meldet einen Isolationsfehler (2 offene SolarEdge-Alarme).',
    );
    expect(inGerman(statusFromAlerts([alert('X', 'LOW', null)])?.statusDetail)).toBe(
      'Ein Gerät meldet ein Problem.',
    );
  });

  it('gives nothing when no alert is open', () => {
    expect(statusFromAlerts([])).toBeNull();
  });
});
