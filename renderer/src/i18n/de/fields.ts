/** German texts of the date, month and time fields (renderer/src/common/CalendarFields.tsx, TimeField.tsx). */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { fields as en } from '../en/fields';

export const fields: AreaOf<typeof en> = {
  'field.day': 'Tag',
  'field.month': 'Monat',
  'field.year': 'Jahr',
  'field.hour': 'Stunde',
  'field.minute': 'Minute',
  'field.period': 'Vormittag oder Nachmittag',
  'field.dayShort': 'TT',
  'field.yearShort': 'JJJJ',
  'field.hourShort': 'hh',
  'field.minuteShort': 'mm',
  'field.chooseMonth': 'Monat …',
  'field.badDay': 'Bitte einen Tag von 1 bis 31 eingeben.',
  'field.badMonth': 'Bitte einen Monat wählen.',
  'field.badYear': 'Bitte das Jahr vierstellig eingeben, etwa 2026.',
  'field.noSuchDay': 'Der {month} {year} hat nur {days} Tage, einen {day}. gibt es nicht.',
  'field.badHour': 'Bitte eine Stunde von {min} bis {max} eingeben.',
  'field.badMinute': 'Bitte Minuten von 0 bis 59 eingeben.',
};
