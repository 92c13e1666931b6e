/** German sentences main writes: budget explanations, provider intros and the sync status. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { budget as en } from '../en/budget';

export const budget: AreaOf<typeof en> = {};
