import { describe, expect, it } from 'vitest';
import { vsExpectedView } from '../../../../../renderer/src/model/vsExpected';

describe('vsExpectedView', () => {
  it.each([
    {
      value: { index: 0.934, expectedWh: 412_300, reason: null, regionalIndex: null },
      view: {
        text: '93',
        title: '93 % of the 412 kWh a clear sky would have given so far',
        low: false,
      },
    },
    {
      value: { index: 0.05, expectedWh: 8_400, reason: null, regionalIndex: null },
      view: {
        text: '5',
        title: '5 % of the 8.4 kWh a clear sky would have given so far',
        low: true,
      },
    },
    {
      value: {
        index: null,
        expectedWh: null,
        reason: 'No power readings today yet.',
        regionalIndex: null,
      },
      view: { text: '—', title: 'No power readings today yet.', low: false },
    },
    {
      // An overcast region: the whole neighbourhood is low together, so this site is not flagged.
      value: { index: 0.33, expectedWh: 50_000, reason: null, regionalIndex: 0.36 },
      view: {
        text: '33',
        title:
          '33 % of the 50 kWh a clear sky would have given so far; sites nearby are at 36 %, so the sky, not this site',
        low: false,
      },
    },
    {
      // One site far below neighbours under a clear sky is flagged.
      value: { index: 0.2, expectedWh: 50_000, reason: null, regionalIndex: 0.92 },
      view: {
        text: '20',
        title: '20 % of the 50 kWh a clear sky would have given so far',
        low: true,
      },
    },
  ])('$value.index → $view.text', ({ value, view }) => {
    expect(vsExpectedView(value)).toEqual(view);
  });
});
