/**
 * Fleet API answers into the app's terms: the energy sites among the products, a site's
 * details, calendar_history buckets as instants with flows, and the calendar_history queries
 * that backfill a span with as few calls as the periods allow. Tesla's field names, periods and
 * bucket sizes live here (and in schemas.ts), so a correction is one edit.
 */
import {
  addDays,
  daysBetween,
  isValidTimeZone,
  startOfLocalDay,
  type LocalDate,
} from '../../../shared/time';
import { siteSeriesToUtc, utcToSiteIso } from '../site-time';
import { flowsOfEntry, type EnergyFlows, type SiteEquipment } from './flows';
import type { componentsSchema } from './schemas';
import { energyEntrySchema, productSchema, type TeslaSiteInfo } from './schemas';

/** The periods `calendar_history` takes. */
export type TeslaPeriod = 'day' | 'week' | 'month' | 'year';

/**
 * What each period answers and the longest span it accepts: a day of five-minute samples,
 * days for a week or a month, months for a year (the sources are unsure; see the emulator).
 */
export const periodRules: Record<
  TeslaPeriod,
  { bucket: '5min' | 'day' | 'month'; maxDays: number }
> = {
  day: { bucket: '5min', maxDays: 1 },
  week: { bucket: 'day', maxDays: 7 },
  month: { bucket: 'day', maxDays: 31 },
  year: { bucket: 'month', maxDays: 365 },
};

/** An energy site as listed by `products`. */
export interface TeslaEnergySite {
  energySiteId: string;
  name: string;
  equipment: SiteEquipment;
}

/** What `site_info` adds. */
export interface TeslaSiteDetails {
  name: string | null;
  timeZone: string | null;
  /** The PV nameplate (W), or null. */
  nameplateW: number | null;
  /** Usable battery energy (Wh), 0 without a battery. */
  batteryCapacityWh: number;
  equipment: SiteEquipment;
}

/** One bucket of calendar_history: its first instant and its flows. */
export interface FlowBucket extends EnergyFlows {
  start: number;
}

/** One calendar_history call: a period over [first, last] local dates. */
export interface HistoryWindow {
  period: TeslaPeriod;
  first: LocalDate;
  last: LocalDate;
}

function equipmentOf(components: ReturnType<typeof componentsSchema.parse>): SiteEquipment {
  return { battery: components.battery === true, loadMeter: components.load_meter !== false };
}

/** The energy sites among the products (cars and unreadable items are skipped). */
export function energySitesOf(products: readonly unknown[]): TeslaEnergySite[] {
  const out: TeslaEnergySite[] = [];
  for (const item of products) {
    const parsed = productSchema.safeParse(item);
    if (!parsed.success || parsed.data.energy_site_id === null) continue;
    const product = parsed.data;
    out.push({
      energySiteId: product.energy_site_id!,
      name: product.site_name ?? `Tesla site ${product.energy_site_id}`,
      equipment: {
        ...equipmentOf(product.components),
        battery: product.components.battery === true || product.resource_type === 'battery',
      },
    });
  }
  return out;
}

/** site_info in the app's terms; an unknown zone reads as null (the caller must not guess). */
export function siteDetailsOf(info: TeslaSiteInfo): TeslaSiteDetails {
  const zone = info.installation_time_zone;
  return {
    name: info.site_name,
    timeZone: zone !== null && isValidTimeZone(zone) ? zone : null,
    nameplateW: info.nameplate_power,
    batteryCapacityWh: info.nameplate_energy ?? 0,
    equipment: equipmentOf(info.components),
  };
}

/** calendar_history entries as buckets; entries without a readable time are dropped. */
export function bucketsOf(
  entries: readonly unknown[],
  zone: string,
  equipment: SiteEquipment,
): FlowBucket[] {
  const parsed = entries.map((entry) => energyEntrySchema.safeParse(entry).data ?? null);
  const starts = siteSeriesToUtc(
    parsed.map((entry) => entry?.timestamp ?? ''),
    zone,
  );
  const out: FlowBucket[] = [];
  parsed.forEach((entry, index) => {
    const start = starts[index];
    if (entry && start !== null && start !== undefined) {
      out.push({ start, ...flowsOfEntry(entry, equipment) });
    }
  });
  return out;
}

/**
 * The fewest calls that cover the local dates [from, to] at a bucket size: five-minute samples
 * need a `day` call per date; daily totals come 31 days to a `month` call.
 */
export function backfillWindows(
  from: LocalDate,
  to: LocalDate,
  bucket: 'day' | '5min',
): HistoryWindow[] {
  const period: TeslaPeriod = bucket === '5min' ? 'day' : 'month';
  const step = periodRules[period].maxDays;
  const out: HistoryWindow[] = [];
  for (let first = from; first <= to; first = addDays(first, step)) {
    const last = addDays(first, step - 1);
    out.push({ period, first, last: last < to ? last : to });
  }
  return out;
}

/** The query of one window: from the first date's midnight to the last date's final second. */
export function historyQuery(window: HistoryWindow, zone: string): Record<string, string> {
  const start = startOfLocalDay(window.first, zone);
  const end = startOfLocalDay(addDays(window.last, 1), zone) - 1;
  if (daysBetween(window.first, window.last) + 1 > periodRules[window.period].maxDays) {
    throw new RangeError(
      `A ${window.period} call covers at most ${periodRules[window.period].maxDays} days`,
    );
  }
  return {
    kind: 'energy',
    period: window.period,
    start_date: utcToSiteIso(start, zone),
    end_date: utcToSiteIso(end, zone),
    time_zone: zone,
  };
}
