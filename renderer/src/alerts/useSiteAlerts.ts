/** A site's alerts (open and past), kept current by the alerts-changed event. */
import { enalysis } from '../api';
import { useEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';
import type { Alert } from '../../../shared/alerts';

/** The site's alerts; empty while loading. */
export function useSiteAlerts(siteId: string): Alert[] {
  const list = useInvoke(`site-alerts:${siteId}`, () =>
    enalysis().alerts.list({ scope: 'all', siteId }),
  );
  useEvent('alerts-changed', () => list.reload());
  return list.lastValue?.alerts ?? [];
}
