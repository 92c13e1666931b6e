import { describe, expect, it } from 'vitest';
import { mapDeviceStatus, mapSystemStatus } from '../../../../../electron/providers/enphase/status';

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
    expect(mapSystemStatus('comm').detail).toBe('The gateway is not reporting to Enphase.');
    expect(mapSystemStatus('normal').detail).toBeNull();
    expect(mapSystemStatus('nsr').detail).toBe('Enphase status “nsr”.');
    expect(mapSystemStatus('<b>odd</b>\n').detail).toBe('Enphase status “bodd/b”.');
    expect(mapSystemStatus('x'.repeat(500)).detail).toHaveLength('Enphase status “”.'.length + 40);
  });

  it('maps device statuses with the same vocabulary', () => {
    expect(mapDeviceStatus('comm')).toBe('offline');
    expect(mapDeviceStatus('normal')).toBe('normal');
    expect(mapDeviceStatus('retrofit_pending')).toBe('warning');
  });
});
