import { describe, expect, it } from 'vitest';
import { mapDeviceStatus, mapSystemStatus } from '../../../../../electron/providers/enphase/status';
import { inEnglish, inGerman } from '../../../../harness/words';

describe('mapSystemStatus', () => {
  it.each([
    ['normal', 'normal'],
    ['NORMAL', 'normal'],
    [null, 'normal'],
    ['', 'normal'],
    ['comm', 'offline'],
    ['no_data', 'offline'],
    ['deactivated', 'offline'],
    ['retired', 'offline'],
    ['not_monitored', 'offline'],
    ['disabled', 'offline'],
    ['power', 'fault'],
    ['error', 'fault'],
    ['micro', 'warning'],
    ['meter', 'warning'],
    ['meter_issue', 'warning'],
    ['battery', 'warning'],
    ['storage_idle', 'warning'],
    ['warning', 'warning'],
    ['nsr', 'warning'],
    ['unknown', 'warning'],
    ['toString', 'warning'],
    ['__proto__', 'warning'],
  ])('%j shows as %s', (raw, status) => {
    expect(mapSystemStatus(raw).status).toBe(status);
  });

  it('says what is wrong, and names a status it does not know, cleaned for display', () => {
    const says = (raw: string) => inEnglish(mapSystemStatus(raw).detail);
    expect(mapSystemStatus('comm').detail).toEqual({ key: 'status.enphase.comm' });
    expect(says('comm')).toBe('The gateway is not reporting to Enphase.');
    expect(inGerman(mapSystemStatus('comm').detail)).toBe('Das Gateway meldet nicht an Enphase.');
    expect(mapSystemStatus('normal').detail).toBeNull();
    expect(mapSystemStatus('nsr').detail).toEqual({
      key: 'status.enphase.unknown',
      params: { status: 'nsr' },
    });
    expect(says('nsr')).toBe('Enphase status “nsr”.');
    expect(inGerman(mapSystemStatus('nsr').detail)).toBe('Enphase-Status „nsr“.');
    expect(says('<b>odd</b>\n')).toBe('Enphase status “bodd/b”.');
    expect(says('x'.repeat(500))).toHaveLength('Enphase status “”.'.length + 40);
  });

  it('maps device statuses with the same vocabulary', () => {
    expect(mapDeviceStatus('comm')).toBe('offline');
    expect(mapDeviceStatus('normal')).toBe('normal');
    expect(mapDeviceStatus('retrofit_pending')).toBe('warning');
  });
});
