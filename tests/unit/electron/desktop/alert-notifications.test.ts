import { describe, expect, it } from 'vitest';
import { AlertNotifications } from '../../../../electron/desktop/alert-notifications';
import { createWords } from '../../../../electron/i18n/words';
import { defaultSettings } from '../../../../electron/services/settings';
import type { Settings } from '../../../../shared/domain';
import type { Language } from '../../../../shared/locale';
import { RecordingNotifier } from '../../../harness/desktop-twins';
import { makeAlert } from '../../fixtures/alerts';

const zone = 'UTC';

function setup(over: Partial<Settings>, at: string, language: Language = 'en') {
  let now = Date.parse(at) / 1000;
  const formats = language === 'de' ? 'de-DE' : 'en-US';
  const notifier = new RecordingNotifier();
  const opened: (string | null)[] = [];
  const settings = { ...defaultSettings, ...over };
  const notes = new AlertNotifications({
    notifier,
    clock: { now: () => now },
    settings: () => settings,
    words: createWords(() => ({ language, formats })),
    zone,
    open: (siteId) => opened.push(siteId),
  });
  return { notes, notifier, opened, move: (iso: string) => (now = Date.parse(iso) / 1000) };
}

describe('alert notifications', () => {
  it('one notification per alert that began; a click opens its site', () => {
    const { notes, notifier, opened } = setup({}, '2026-06-15T12:00:00Z');
    notes.raised([makeAlert(1, { lostKwh: 2 }), makeAlert(2, { endAt: 5 })]);
    expect(notifier.sent.map((n) => [n.title, n.body])).toEqual([
      ['No production', 'Roof 1 produced nothing.'],
    ]);
    notifier.click(0);
    expect(opened).toEqual(['s1']);
  });

  it('nothing when notifications are off', () => {
    const { notes, notifier } = setup({ notifyAlerts: false }, '2026-06-15T12:00:00Z');
    notes.raised([makeAlert(1, { lostKwh: 2 })]);
    notes.flush();
    expect(notifier.sent).toEqual([]);
  });

  it('quiet hours hold alerts and send them together when they end', () => {
    const { notes, notifier, opened, move } = setup(
      { quietFrom: '22:00', quietTo: '07:00' },
      '2026-06-15T23:00:00Z',
    );
    notes.raised([makeAlert(1, { lostKwh: 2 })]);
    notes.raised([makeAlert(2, { lostKwh: 2 })]);
    notes.flush();
    expect(notifier.sent).toEqual([]);
    move('2026-06-16T07:01:00Z');
    notes.flush();
    expect(notifier.sent.map((n) => [n.title, n.body])).toEqual([
      ['2 new alerts', 'No production · 4.0 kWh lost so far'],
    ]);
    notifier.click(0);
    expect(opened).toEqual([null]);
  });

  it('the daily digest sends once a day at its time', () => {
    const { notes, notifier, move } = setup({ dailyDigest: true }, '2026-06-15T12:00:00Z');
    notes.raised([makeAlert(1, { lostKwh: 2 })]);
    notes.flush();
    expect(notifier.sent).toHaveLength(1);
    notes.raised([makeAlert(2, { lostKwh: 2 })]);
    notes.flush();
    expect(notifier.sent).toHaveLength(1);
    move('2026-06-16T08:00:00Z');
    notes.flush();
    expect(notifier.sent.map((n) => n.body)).toEqual([
      'Roof 1 produced nothing.',
      'Roof 2 produced nothing.',
    ]);
  });

  it('speaks German when that is the language: rule label, stored message and digest', () => {
    const summary = {
      key: 'alert.zeroProduction',
      params: { site: 'Dach 1', hours: 3, expectedKwh: 12.5 },
    } as const;
    const { notes, notifier, move } = setup(
      { quietFrom: '22:00', quietTo: '07:00' },
      '2026-06-15T12:00:00Z',
      'de',
    );
    notes.raised([{ ...makeAlert(1), summary }]);
    move('2026-06-15T23:00:00Z');
    notes.raised([makeAlert(2, { lostKwh: 2.25 }), makeAlert(3, { rule: 'no_data', lostKwh: 1 })]);
    move('2026-06-16T07:01:00Z');
    notes.flush();
    expect(notifier.sent.map((n) => [n.title, n.body])).toEqual([
      [
        'Keine Erzeugung',
        'Dach 1 hat 3 h lang nichts erzeugt, während Anlagen in der Nähe Ertrag hatten (12,5 kWh erwartet).',
      ],
      ['2 neue Warnungen', 'Keine Erzeugung, Keine Daten · bisher 3,3 kWh Ertrag verloren'],
    ]);
  });
});
