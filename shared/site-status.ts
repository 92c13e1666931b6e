/**
 * How bad each site status is, kept free of zod so the renderer may import it (shared/domain.ts
 * holds the schema). Main ranks a site's provider status against its open alerts with it; the
 * renderer sorts by it.
 */
import type { SiteStatus } from './domain';

/** Worst first, so sorting by status puts what needs attention on top. */
export const STATUS_SEVERITY: Record<SiteStatus, number> = {
  fault: 4,
  offline: 3,
  needs_reauth: 2,
  warning: 1,
  normal: 0,
};
