/** German sentences main writes: notifications and the tray. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { desktop as en } from '../en/desktop';

export const desktop: AreaOf<typeof en> = {};
