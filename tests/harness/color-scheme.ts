import type { Page } from 'playwright-core';

/**
 * Switches the page between light and dark the way the OS would, and waits until the page has
 * restyled. Chromium recomputes `light-dark()` colours a frame after `emulateMedia`, so a
 * screenshot taken at once can show dark text on the dark background (the previous theme's
 * colours); two animation frames later every element has its new colour.
 */
export async function useColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
