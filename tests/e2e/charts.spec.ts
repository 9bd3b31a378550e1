import { expect, test } from '@playwright/test';

test.describe('charts', () => {
  test('pointing at a year of the activities chart shows that year by programme, and leaving hides it', async ({ page }) => {
    await page.goto('./?from=2023&to=2023');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    // The charts mount when scrolled into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bar = page.locator('.timeline-region .recharts-bar-rectangle .stack-segment').first();
    await expect(bar).toBeVisible();
    // No tooltip until someone points at the chart (it is mounted only then: see useLiveTooltip).
    await expect(page.locator('.chart-tooltip')).toHaveCount(0);
    await bar.hover();
    const tip = page.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip.locator('.tooltip-heading')).toHaveText('2023');
    await expect(tip).toContainText(/Total: \d+/);
    await page.getByRole('heading', { level: 1 }).hover();
    await expect(page.locator('.chart-tooltip')).toHaveCount(0);
  });

  test('the keyboard reaches the same tooltip: focus the chart, then arrow keys', async ({ page }) => {
    await page.goto('./?from=2022&to=2023');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const surface = page.locator('.timeline-region .recharts-wrapper .recharts-surface').first();
    await expect(surface).toBeVisible();
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.chart-tooltip .tooltip-heading')).toHaveText(/^202[23]$/);
  });
});
