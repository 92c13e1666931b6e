/** German sentences main writes: alert summaries and the device-status sentences providers report. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { alerts as en } from '../en/alerts';

export const alerts: AreaOf<typeof en> = {};
