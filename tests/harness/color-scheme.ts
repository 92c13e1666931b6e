import type { Page } from 'playwright-core';

/**
 * Switches the page between light and dark the way the OS would, and waits until the page has
 * restyled. `emulateMedia` answers before the page has applied the change: elements keep their
 * old `light-dark()` colours until Chromium renders its next frame and reports the media change,
 * and on a loaded machine that frame can come late. So this waits for that report (the
 * `prefers-color-scheme` query's change event, when the scheme changes at all), then for two
 * more frames so a screenshot shows the new colours painted.
 */
export async function useColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const query = '(prefers-color-scheme: dark)';
  const report = await page.evaluateHandle(
    ({ query, wanted }) => {
      const media = matchMedia(query);
      const changes = media.matches !== (wanted === 'dark');
      return {
        done: changes
          ? new Promise<void>((resolve) =>
              media.addEventListener('change', () => resolve(), { once: true }),
            )
          : Promise.resolve(),
      };
    },
    { query, wanted: scheme },
  );
  await page.emulateMedia({ colorScheme: scheme });
  await report.evaluate(({ done }) =>
    done.then(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    ),
  );
  await report.dispose();
}
