/**
 * Display formatting shared by every screen (and by tests that read what a screen shows): energy,
 * power, capacity, specific yield, period changes, money and calendar labels, in one format
 * locale. The renderer sets that locale (renderer/src/i18n) from the OS or the Settings choice;
 * main keeps the default, `en-US`. A no-break space joins a number to its unit so the two never
 * wrap apart. Words ("3 min ago") live in the renderer's catalogue, not here.
 */
import type { SeriesRange, Settings } from './domain';

/** The unit preference from Settings: `auto` picks Wh/kWh/MWh/GWh by magnitude. */
export type EnergyUnitPreference = Settings['energyUnit'];

/** A number split from its unit, for layouts that style the unit smaller. */
export interface Quantity {
  value: string;
  unit: string;
}

/** The divisor and unit label used to show a magnitude (also used for chart axes). */
export interface Scale {
  unit: string;
  factor: number;
}

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Prefixes in steps of 1000; `auto` moves up a step only past 10,000 so kWh stays familiar. */
function autoScale(magnitude: number, base: string, suffix: string): Scale {
  const abs = Math.abs(magnitude);
  if (abs < 1_000) return { unit: base + suffix, factor: 1 };
  if (abs < 10_000_000) return { unit: 'k' + base + suffix, factor: 1_000 };
  if (abs < 10_000_000_000) return { unit: 'M' + base + suffix, factor: 1_000_000 };
  return { unit: 'G' + base + suffix, factor: 1_000_000_000 };
}

/** The scale for energy values up to `maxWh` (a whole chart shares one scale). */
export function energyScale(maxWh: number, preference: EnergyUnitPreference = 'auto'): Scale {
  if (preference === 'kWh') return { unit: 'kWh', factor: 1_000 };
  if (preference === 'MWh') return { unit: 'MWh', factor: 1_000_000 };
  return autoScale(maxWh, 'W', 'h');
}

/** The scale for power values up to `maxW`; the energy preference maps kWh→kW, MWh→MW. */
export function powerScale(maxW: number, preference: EnergyUnitPreference = 'auto'): Scale {
  if (preference === 'kWh') return { unit: 'kW', factor: 1_000 };
  if (preference === 'MWh') return { unit: 'MW', factor: 1_000_000 };
  return autoScale(maxW, 'W', '');
}

/** Decimals that keep about three significant digits without ever showing "1,234.5". */
export function decimalsFor(scaled: number): number {
  const abs = Math.abs(scaled);
  if (abs === 0) return 0;
  if (abs < 1) return 3;
  if (abs < 10) return 2;
  if (abs < 100) return 1;
  return 0;
}

let activeLocale = 'en-US';
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Sets the BCP 47 locale every function here formats for (the renderer's i18n owns the choice). */
export function setFormatLocale(locale: string): void {
  if (locale === activeLocale) return;
  activeLocale = locale;
  numberFormats.clear();
  dateFormats.clear();
}

/** The locale in use, for code that calls Intl itself (sorting, axis ticks). */
export function formatLocale(): string {
  return activeLocale;
}

/** A number as a person would type it in the format locale: no grouping, "0,381" or "0.381". */
export function formatDecimalInput(value: number): string {
  let format = numberFormats.get('input');
  if (!format) {
    format = new Intl.NumberFormat(activeLocale, { useGrouping: false, maximumFractionDigits: 6 });
    numberFormats.set('input', format);
  }
  return format.format(value);
}

/** A number with grouping and a fixed count of decimals (`1,234.5`, `1.234,5`); non-finite shows as "–". */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '–';
  let format = numberFormats.get(String(decimals));
  if (!format) {
    format = new Intl.NumberFormat(activeLocale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(String(decimals), format);
  }
  return format.format(value).replace('-', MINUS);
}

/** A value on a scale, with decimals picked for its size (Wh and W never show fractions). */
export function scaledParts(value: number, scale: Scale): Quantity {
  const scaled = value / scale.factor;
  const decimals = scale.factor === 1 ? 0 : decimalsFor(scaled);
  return { value: formatNumber(scaled, decimals), unit: scale.unit };
}

/**
 * A formatter for a table column or chart axis: one unit and one count of decimals for every
 * value, chosen from the largest, so numbers line up and compare at a glance.
 */
export function columnFormatter(scale: Scale, max: number): (value: number) => string {
  const decimals = scale.factor === 1 ? 0 : decimalsFor(max / scale.factor);
  return (value) => formatNumber(value / scale.factor, decimals);
}

/** Energy split into number and unit, e.g. `{ value: '12.3', unit: 'kWh' }`. */
export function energyParts(wh: number, preference: EnergyUnitPreference = 'auto'): Quantity {
  return scaledParts(wh, energyScale(wh, preference));
}

/** Energy as text: "12.3 kWh", "1,482 kWh", "850 Wh". */
export function formatEnergy(wh: number, preference: EnergyUnitPreference = 'auto'): string {
  const parts = energyParts(wh, preference);
  return parts.value + NBSP + parts.unit;
}

/** Power split into number and unit, e.g. `{ value: '4.21', unit: 'kW' }`. */
export function powerParts(w: number, preference: EnergyUnitPreference = 'auto'): Quantity {
  return scaledParts(w, powerScale(w, preference));
}

/** Power as text: "4.21 kW", "850 W". */
export function formatPower(w: number, preference: EnergyUnitPreference = 'auto'): string {
  const parts = powerParts(w, preference);
  return parts.value + NBSP + parts.unit;
}

/** Installed (peak) capacity split, e.g. `{ value: '250', unit: 'kWp' }`. Always auto-scaled. */
export function capacityParts(w: number): Quantity {
  const parts = scaledParts(w, powerScale(w, 'auto'));
  return { value: parts.value, unit: parts.unit + 'p' };
}

/** Installed (peak) capacity: "250 kWp", "1.20 MWp": a size, not a reading, so never forced. */
export function formatCapacity(w: number): string {
  const parts = capacityParts(w);
  return parts.value + NBSP + parts.unit;
}

/** Specific yield (kWh produced per kWp installed), two decimals: "4.21 kWh/kWp". */
export function formatSpecificYield(kwhPerKwp: number): string {
  return formatNumber(kwhPerKwp, 2) + NBSP + 'kWh/kWp';
}

/** Specific yield from raw Wh and W, for screens that only have those: 0 capacity gives 0. */
export function specificYieldOf(wh: number, capacityW: number): number {
  return capacityW > 0 ? wh / capacityW : 0;
}

/** Relative change from the previous period, or null when there is nothing to compare with. */
export function changeRatio(current: number, previous: number | null): number | null {
  if (previous === null || previous <= 0 || !Number.isFinite(previous)) return null;
  return (current - previous) / previous;
}

/** A change as a signed whole percentage: "+12 %", "−3 %", "0 %"; null when not comparable. */
export function formatChange(current: number, previous: number | null): string | null {
  const ratio = changeRatio(current, previous);
  if (ratio === null) return null;
  const percent = Math.round(ratio * 100);
  const sign = percent > 0 ? '+' : percent < 0 ? MINUS : '';
  return `${sign}${formatNumber(Math.abs(percent), 0)}${NBSP}%`;
}

/**
 * A cached Intl date format of the active locale. Calendar days are already local, so they are
 * formatted in UTC; instants (`local`) in this computer's own time zone.
 */
function dateFormat(
  options: Intl.DateTimeFormatOptions,
  zone: 'UTC' | 'local' = 'UTC',
): Intl.DateTimeFormat {
  const key = zone + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    const timeZone = zone === 'UTC' ? { timeZone: 'UTC' } : {};
    format = new Intl.DateTimeFormat(activeLocale, { ...options, ...timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) as a UTC Date: the label is already a local calendar day. */
function dayOf(label: string): Date {
  const [y = '1970', m = '01', d = '01'] = label.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

const LONG_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};
const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** A local date for headings: "Tue, 14 Oct 2025", "Tue, Oct 14, 2025", "Di., 14. Okt. 2025". */
export function formatLocalDate(date: string): string {
  return dateFormat(LONG_DAY).format(dayOf(date));
}

/** A day with its month, for axes that cross months: "17 Jun", "Jun 17", "17. Juni". */
export function formatDayMonth(date: string): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(dayOf(date));
}

/** A span of local days in words: "8 Jun 2026", "8 – 9 Jun 2026", "8.–9. Juni 2026". */
export function formatDaySpan(from: string, to: string): string {
  const format = dateFormat(SHORT_DAY);
  return from === to ? format.format(dayOf(from)) : format.formatRange(dayOf(from), dayOf(to));
}

/** The shown period in words: a day, "13 – 19 Oct 2025", "October 2025", "2025". */
export function formatPeriod(range: SeriesRange, from: string, to: string): string {
  const a = dayOf(from);
  const b = dayOf(to);
  switch (range) {
    case 'day':
      return formatLocalDate(from);
    case 'week':
      return formatDaySpan(from, to);
    case 'month':
      return dateFormat(MONTH_YEAR).format(a);
    case 'year':
      return `${a.getUTCFullYear()}`;
    case 'lifetime':
      return a.getUTCFullYear() === b.getUTCFullYear()
        ? `${a.getUTCFullYear()}`
        : `${a.getUTCFullYear()} – ${b.getUTCFullYear()}`;
  }
}

/**
 * A series point's label as an axis tick ("14:00", "Mon 13", "13", "Oct", "2025") or, with
 * `long`, as a tooltip heading ("Mon, 13 Oct 2025", "October 2025").
 */
export function formatBucketLabel(label: string, range: SeriesRange, long = false): string {
  if (range === 'day' || range === 'lifetime') return label;
  const day = dayOf(label);
  if (range === 'year') return dateFormat(long ? MONTH_YEAR : { month: 'short' }).format(day);
  if (long) return formatLocalDate(label);
  const dayOfMonth = dateFormat({ day: 'numeric' }).format(day);
  // Weekday first in every language ("Mon 13", "Mo. 13."); en-US alone would say "13 Mon".
  return range === 'week'
    ? `${dateFormat({ weekday: 'short' }).format(day)} ${dayOfMonth}`
    : dayOfMonth;
}

const INSTANT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};

/** An instant in this computer's own clock, for "cached data from …": "Tue, 14 Oct, 14:05". */
export function formatInstant(epochSeconds: number): string {
  return dateFormat(INSTANT, 'local').format(new Date(epochSeconds * 1000));
}

/** Money in a currency, two decimals (none for currencies without minor units): "€1,234.50". */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '–';
  try {
    return new Intl.NumberFormat(activeLocale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${formatNumber(amount, 2)}${NBSP}${currency}`;
  }
}

/** CO2 mass from kg: "850 kg", "12.4 t" (tonnes past 10 t so big fleets stay readable). */
export function formatCo2(kg: number): string {
  if (!Number.isFinite(kg)) return '–';
  if (Math.abs(kg) >= 10_000) return `${formatNumber(kg / 1000, 1)}${NBSP}t`;
  return `${formatNumber(kg, kg < 10 ? 1 : 0)}${NBSP}kg`;
}
