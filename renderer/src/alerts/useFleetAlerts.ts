/** The fleet's alert state (badge, banner), loaded once and then kept by the alerts-changed event. */
import { useState } from 'react';
import type { FleetAlertState } from '../../../shared/alerts';
import { enalysis } from '../api';
import { useEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';

/** The current fleet alert state, or null until it is known. */
export function useFleetAlerts(): FleetAlertState | null {
  const loaded = useInvoke('fleet-alerts', () => enalysis().alerts.list({ scope: 'open' }));
  const [pushed, setPushed] = useState<FleetAlertState | null>(null);
  useEvent('alerts-changed', setPushed);
  return pushed ?? loaded.value?.fleet ?? null;
}
