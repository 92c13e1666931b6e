/** German sentences main writes: expected-production reasons. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { insight as en } from '../en/insight';

export const insight: AreaOf<typeof en> = {};
