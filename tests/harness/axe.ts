import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core over the page as it is now and returns one readable line per violating node
 * (rule, impact, element, what to fix), so a failing `toEqual([])` says what to change.
 * No rule is disabled.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`),
  );
}

/** The focused element as `tag[data-testid]:text`, for asserting where keyboard focus is. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'none';
    const id = el.getAttribute('data-testid');
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}:${text}`;
  });
}
