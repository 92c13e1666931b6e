import { describe, expect, it } from 'vitest';
import {
  parseKioskSeconds,
  parseRefreshFloor,
  refreshFloorNote,
} from '../../../../../renderer/src/model/settingsForm';

describe('parseRefreshFloor', () => {
  it.each([
    { text: '15', expected: { ok: true, value: 15 } },
    { text: ' 60 ', expected: { ok: true, value: 60 } },
    { text: '1', expected: { ok: true, value: 1 } },
    { text: '1440', expected: { ok: true, value: 1440 } },
    { text: '0', expected: { ok: false } },
    { text: '1441', expected: { ok: false } },
    { text: '', expected: { ok: false } },
    { text: '7.5', expected: { ok: false } },
    { text: '-5', expected: { ok: false } },
    { text: '1e3', expected: { ok: false } },
  ])('"$text"', ({ text, expected }) => {
    expect(parseRefreshFloor(text)).toMatchObject(expected);
  });

  it('says what is wrong in words', () => {
    expect(parseRefreshFloor('0')).toEqual({
      ok: false,
      message: 'The refresh interval in minutes must be between 1 and 1,440.',
    });
    expect(parseRefreshFloor('abc')).toEqual({
      ok: false,
      message: 'The refresh interval in minutes must be a whole number.',
    });
  });
});

describe('parseKioskSeconds', () => {
  it.each([
    { text: '5', ok: true },
    { text: '600', ok: true },
    { text: '4', ok: false },
    { text: '601', ok: false },
  ])('"$text" → ok=$ok', ({ text, ok }) => {
    expect(parseKioskSeconds(text).ok).toBe(ok);
  });
});

describe('refreshFloorNote', () => {
  it.each([
    [
      1,
      'Demo sites refresh every minute. Connected accounts refresh at most every 15 min: provider quotas allow no more.',
    ],
    [
      5,
      'Demo sites refresh every 5 min. Connected accounts refresh at most every 15 min: provider quotas allow no more.',
    ],
    [
      15,
      'Every site refreshes at most every 15 min; connected accounts may wait longer when their quota needs it.',
    ],
  ])('%i min → %s', (minutes, note) => {
    expect(refreshFloorNote(minutes)).toBe(note);
  });
});
