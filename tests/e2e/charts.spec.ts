import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Opens the dashboard with `query` and scrolls to the charts, which mount when scrolled into view. */
async function openCharts(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}

test.describe('charts', () => {
  test('pointing at a year of the activities chart shows that year by programme, and leaving hides it', async ({
    page,
  }) => {
    await openCharts(page, '?from=2023&to=2023');
    const bar = page.locator('.timeline-region .stack-series').first();
    await expect(bar).toBeVisible();
    // No tooltip until someone points at the chart.
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
    await openCharts(page, '?from=2022&to=2023');
    const surface = page.locator('.timeline-region .bar-chart .chart-surface').first();
    await expect(surface).toBeVisible();
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.chart-tooltip .tooltip-heading')).toHaveText('2022');
    await expect(surface).toHaveAttribute('aria-valuetext', /^2022: .*Total: \d+$/);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.chart-tooltip .tooltip-heading')).toHaveText('2023');
    // Enter shows that year only, as a click on its bar does.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/from=2023&to=2023/);
  });
});

test.describe('charts scrolled out of view', () => {
  test('follow the filters all the same, so an export is of the view on screen', async ({ page }) => {
    await openCharts(page, '');
    const summary = page.locator('.timeline-region').getByText(/activities match the current filters/);
    // Related work with no fund link stated (13 records) is not counted unless asked for.
    await expect(summary).toHaveText(/^109 activities/);
    await page.evaluate(() => window.scrollTo(0, 0));
    // (The first programme: its box is in view, so clicking it does not scroll the page.)
    const first = page
      .locator('fieldset.programme-filter .programme-row > label', { hasText: 'Support for IP utilisation' })
      .first();
    await first.click();
    await expect(page.locator('.headline-value').first()).toHaveText('19');
    await expect(summary).toHaveText(/^19 activities/);
    // A chart saved from the menu while the charts are out of view is drawn for the current filters.
    await first.click();
    await expect(page.locator('.headline-value').first()).toHaveText('109');
    await page.getByText('Export', { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Activities by year and programme as SVG' }).click(),
    ]);
    const svg = readFileSync((await file.path()) ?? '', 'utf8');
    expect(svg).toContain('Human resources development');
  });
});

test.describe('figures of different bases', () => {
  test('a press estimate is drawn apart and named; lines join one basis only; one "≠" per year', async ({ page }) => {
    await openCharts(page, '?chart=contribution');
    const panel = page.locator('.series-panel').first();
    // The FY2024 press estimate: a hollow dashed triangle, named in the legend, not on the budget line.
    // (The yen panel has two: the yearly contribution's FY2024 and the SME money's.)
    const estimate = panel.locator('.point-mark[data-basis="press-estimate"]');
    await expect(estimate).toHaveCount(2);
    await expect(estimate.first().locator('path')).toHaveAttribute('stroke-dasharray', '3 2');
    await expect(page.locator('.mark-legend').first()).toContainText('a press estimate');
    // The budget figures (FY2017–FY2020) are joined by a solid line; no line is drawn for the estimate alone.
    await expect(panel.locator('.basis-line path.recharts-line-curve').first()).toBeVisible();
    // Tables say the basis in words.
    await page.getByText('Show as table').first().click();
    await expect(page.locator('.timeline-region table').first()).toContainText('about ¥0.7 billion, a press estimate');
  });

  test('the TISC chart shows one "≠" for the two figures of 2023', async ({ page }) => {
    await openCharts(page, '?chart=tisc');
    const panel = page.locator('.series-panel').first();
    await expect(panel.locator('.point-mark[data-conflict]')).toHaveCount(2);
    await expect(panel.locator('.conflict-label')).toHaveCount(1);
  });
});
