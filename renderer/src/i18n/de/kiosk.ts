/** German texts of kiosk mode. */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { kiosk as en } from '../en/kiosk';

export const kiosk: AreaOf<typeof en> = {
  'kiosk.fleetToday': 'Flotte heute',
  'kiosk.energyToday': 'Ertrag heute',
  'kiosk.powerNow': 'Leistung jetzt',
  'kiosk.installed': 'Installiert',
  'kiosk.specificYield': 'Spezifischer Ertrag',
  'kiosk.night': ' · Nacht',
  'kiosk.nightSunrise': ' · Nacht, Sonnenaufgang {time}',
  'kiosk.demo': 'Demodaten – simulierte Gebäude',
  'chart.ofExpected': 'Der Erwartung bei klarem Himmel',
};
