import { expect, test, type Page } from '@playwright/test';

// prefers-reduced-motion, checked against the same steps without it, so each check can fail. Nothing
// here is timed: once the data is in, the page's clock stops and the test moves it on by hand. Motion is
// what goes on changing as the page's time moves on after a step; a jump, or a chart drawn at once, is
// complete while the clock stands still.

/** Once the data is in, stops the page's clock (timers, animation frames, Date) until the test moves it. */
async function pauseWhenReady(page: Page) {
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
}

/** What is drawn under `selector`: its markup, every attribute and inline style included (an animation
 * moves a shape, grows a bar, or draws a line by its dash offset). */
function geometry(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.outerHTML).join('\n'), selector);
}

/** The geometry under `selector` once the page has done its work: the same on two reads half a second
 * apart (of real time: the page's own clock may stand still meanwhile). */
async function steady(page: Page, selector: string): Promise<string> {
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await geometry(page, selector);
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [500] },
    )
    .toBe(true);
  return last ?? '';
}

/** Whether the geometry under `selector` changed with `act` while the page's clock stood still, and
 * whether it changed again when the clock then moved on by two seconds. */
async function motionOf(page: Page, selector: string, act: () => Promise<void>) {
  const before = await steady(page, selector);
  await act();
  const atOnce = await steady(page, selector);
  await page.clock.runFor(2_000);
  const later = await steady(page, selector);
  return { atOnce: atOnce !== before, withTime: later !== atOnce };
}

async function selectKenya(page: Page) {
  await page.getByRole('combobox', { name: 'Find a country' }).fill('Kenya');
  await page.keyboard.press('Enter');
}

/** Scrolls to the charts (they are drawn once in view) until their tabs are there. */
async function openChartsTab(page: Page) {
  const tab = page.getByRole('tab', { name: 'SMEs and start-ups' });
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(tab).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

for (const motion of ['reduce', 'no-preference'] as const) {
  test.describe(`prefers-reduced-motion: ${motion}`, () => {
    test.use({ reducedMotion: motion });
    const reduced = motion === 'reduce';

    test(reduced ? 'the map jumps to a chosen country' : 'the map flies to a chosen country', async ({ page }) => {
      await page.clock.install();
      await page.goto('./');
      await pauseWhenReady(page);
      const map = await motionOf(page, '.leaflet-overlay-pane', async () => {
        await selectKenya(page);
        await expect(page.getByRole('region', { name: /Kenya/ })).toBeVisible();
      });
      // A jump is made at once and over; a flight (0.6 s) moves on with the page's time.
      if (reduced) expect(map).toEqual({ atOnce: true, withTime: false });
      else expect(map.withTime).toBe(true);
    });

    test(reduced ? 'a chart is drawn at once' : 'a chart grows into place', async ({ page }) => {
      await page.clock.install();
      await page.goto('./');
      await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
      await openChartsTab(page);
      await pauseWhenReady(page);
      const chart = await motionOf(page, '.timeline-region .chart-panel', async () => {
        await page.getByRole('tab', { name: 'SMEs and start-ups' }).click();
        await expect(page.locator('.timeline-region .chart-panel .recharts-surface').first()).toBeVisible();
      });
      if (reduced) expect(chart).toEqual({ atOnce: true, withTime: false });
      else expect(chart.withTime).toBe(true);
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
