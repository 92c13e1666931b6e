/** On the portfolio: what the fleet's last 30 days saved and avoided, over each site's local days. */
import type { Portfolio } from '../../../shared/domain';
import { useEconomicValue } from './useEconomics';
import { ValueLine } from './ValueLine';

/** The line under the fleet chart. */
export function FleetValue({ days }: { days: Portfolio['fleetDaily'] }) {
  const from = days[0]?.localDate ?? null;
  const to = days.at(-1)?.localDate ?? null;
  const value = useEconomicValue(null, from, to, 'fleet');
  return <ValueLine value={value.value ?? value.lastValue} testId="fleet-value" />;
}
