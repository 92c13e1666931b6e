import { describe, expect, it } from 'vitest';
import { vsExpectedView } from '../../../../../renderer/src/model/vsExpected';

describe('vsExpectedView', () => {
  it.each([
    {
      value: { index: 0.934, expectedWh: 412_300, reason: null },
      view: {
        text: '93',
        title: '93 % of the 412 kWh a clear sky would have given so far',
        low: false,
      },
    },
    {
      value: { index: 0.05, expectedWh: 8_400, reason: null },
      view: {
        text: '5',
        title: '5 % of the 8.4 kWh a clear sky would have given so far',
        low: true,
      },
    },
    {
      value: { index: null, expectedWh: null, reason: 'No power readings today yet.' },
      view: { text: '—', title: 'No power readings today yet.', low: false },
    },
  ])('$value.index → $view.text', ({ value, view }) => {
    expect(vsExpectedView(value)).toEqual(view);
  });
});
