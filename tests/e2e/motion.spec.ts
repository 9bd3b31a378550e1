import { expect, test, type Page } from '@playwright/test';

// prefers-reduced-motion, checked against the same steps without it, so each check can fail.

/** Milliseconds between the first and the last DOM change under `selector` while `act` runs and
 * `windowMs` after it: one render is a short span, an animation a long one. */
async function changeSpan(page: Page, selector: string, act: () => Promise<void>, windowMs = 1200): Promise<number> {
  await page.evaluate((sel) => {
    const w = window as unknown as { atlasSpan: number[] };
    w.atlasSpan = [];
    const root = document.querySelector(sel);
    if (!root) throw new Error(`nothing matches ${sel}`);
    new MutationObserver(() => w.atlasSpan.push(performance.now())).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  }, selector);
  await act();
  await page.waitForTimeout(windowMs);
  const times = await page.evaluate(() => (window as unknown as { atlasSpan: number[] }).atlasSpan);
  expect(times.length).toBeGreaterThan(0);
  return Math.max(...times) - Math.min(...times);
}

async function selectKenya(page: Page) {
  await page.getByRole('combobox', { name: 'Find a country' }).fill('Kenya');
  await page.keyboard.press('Enter');
}

async function openChartsTab(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole('tab', { name: 'SMEs and start-ups' })).toBeVisible();
}

for (const motion of ['reduce', 'no-preference'] as const) {
  test.describe(`prefers-reduced-motion: ${motion}`, () => {
    test.use({ reducedMotion: motion });
    const reduced = motion === 'reduce';

    test(reduced ? 'the map jumps to a chosen country' : 'the map flies to a chosen country', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
      const span = await changeSpan(page, '.leaflet-map-pane', () => selectKenya(page));
      await expect(page.getByRole('region', { name: /Kenya/ })).toBeVisible();
      // The flight lasts 0.6 s; a jump moves the panes once.
      if (reduced) expect(span).toBeLessThan(150);
      else expect(span).toBeGreaterThan(300);
    });

    test(reduced ? 'a chart is drawn at once' : 'a chart grows into place', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
      await openChartsTab(page);
      const span = await changeSpan(page, '.timeline-region', () =>
        page.getByRole('tab', { name: 'SMEs and start-ups' }).click(),
      );
      if (reduced) expect(span).toBeLessThan(150);
      else expect(span).toBeGreaterThan(300);
      // The activities chart's bars move by a CSS transition, only when motion is welcome.
      await page.getByRole('tab', { name: 'Activities by year' }).click();
      const bar = page.locator('.timeline-region .stack-series').first();
      await expect(bar).toBeVisible();
      expect(await bar.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe(reduced ? '0s' : '0.3s');
    });

    test(reduced ? 'play is off, and says why' : 'play is on', async ({ page }) => {
      await page.goto('./');
      const play = page.getByRole('button', { name: 'Play through the years' });
      if (reduced) {
        await expect(play).toBeDisabled();
        await expect(play).toHaveAccessibleDescription(/asks for less motion/);
        await expect(page.getByText(/Play is off because this device asks for less motion/)).toBeVisible();
      } else {
        await expect(play).toBeEnabled();
        await expect(page.getByText(/asks for less motion/)).toHaveCount(0);
      }
    });

    test(reduced ? 'briefing slides appear without sliding in' : 'briefing slides slide in', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Briefing mode' }).click();
      const text = page.locator('.briefing-text').first();
      await expect(text).toBeVisible();
      expect(await text.evaluate((el) => getComputedStyle(el).animationName)).toBe(reduced ? 'none' : 'briefing-in');
    });
  });
}
