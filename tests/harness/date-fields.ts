import type { Page } from 'playwright-core';

/**
 * Drives the app's date, month and time fields (renderer/src/common/CalendarFields.tsx, TimeField.tsx) the way a person
 * does, part by part, and reads which part comes first; tests speak ISO values.
 */

const part = (testId: string, name: string) => `[data-testid="${testId}-${name}"]`;

/** Types an ISO date (`2026-10-01`) into a DateField: day, month from the list, year. */
export async function fillDate(page: Page, testId: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.fill(part(testId, 'day'), String(Number(day)));
  await page.selectOption(part(testId, 'month'), String(Number(month)));
  await page.fill(part(testId, 'year'), year);
}

/** Picks an ISO month (`2026-10`) in a MonthField. */
export async function fillMonth(page: Page, testId: string, iso: string): Promise<void> {
  const [year, month] = iso.split('-') as [string, string];
  await page.selectOption(part(testId, 'month'), String(Number(month)));
  await page.fill(part(testId, 'year'), year);
}

/** Types a 24-hour `HH:MM` into a TimeField, on whichever clock the app's format locale uses. */
export async function fillTime(page: Page, testId: string, hhmm: string): Promise<void> {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  const period = page.locator(part(testId, 'period'));
  const twelve = (await period.count()) > 0;
  await page.fill(part(testId, 'hour'), String(twelve ? ((hour + 11) % 12) + 1 : hour));
  await page.fill(part(testId, 'minute'), String(minute).padStart(2, '0'));
  if (twelve) await period.selectOption(hour < 12 ? 'am' : 'pm');
}

/** The parts of a field in the order a person sees and tabs through them (`day`, `month`, …). */
export function partOrder(page: Page, testId: string): Promise<string[]> {
  return page
    .locator(`[data-testid^="${testId}-"]`)
    .evaluateAll(
      (nodes, prefix) =>
        nodes.map((node) => node.getAttribute('data-testid')!.slice(prefix.length + 1)),
      testId,
    );
}

/** The month names a MonthPart offers, January first. */
export function monthOptions(page: Page, testId: string): Promise<string[]> {
  return page.locator(`${part(testId, 'month')} option:not([value=""])`).allTextContents();
}
