/** German texts of Settings' Tesla section. */
import type { tesla as english } from '../en/tesla';

/** See the English catalogue. */
export const tesla: Readonly<Record<keyof typeof english, string>> = {
  'tesla.title': 'Tesla',
  'tesla.subtitle': 'Tesla berechnet jede Anfrage der App.',
  'tesla.limit': 'Monatliches Ausgabenlimit',
  'tesla.limitHint':
    'So viel dürfen Tesla-Anfragen in einem Kalendermonat höchstens kosten. Aktualisierungen werden so verteilt, dass es reicht, und enden, wenn es erreicht ist; 10 $ sind Teslas kostenloses Monatsguthaben.',
  'tesla.limitNotAmount': 'Geben Sie einen Betrag in Dollar ein, etwa 10 oder 12.50.',
  'tesla.limitTooHigh': 'Das Limit beträgt höchstens 10.000 $ im Monat.',
};
