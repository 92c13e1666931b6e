/** German sentences main writes: expected-production reasons. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { insight as en } from '../en/insight';

export const insight: AreaOf<typeof en> = {
  'insight.vsExpected.noCapacity': 'Die installierte Leistung der Anlage ist unbekannt.',
  'insight.vsExpected.noRatio': 'Für diese Anlage ist noch keine Performance Ratio bekannt.',
  'insight.vsExpected.noReadings': 'Heute noch keine Leistungswerte.',
  'insight.vsExpected.littleSun': 'Bis {time} wird zu wenig Sonne erwartet, um zu vergleichen.',
};
