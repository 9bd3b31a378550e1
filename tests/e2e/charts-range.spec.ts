import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Charts start where their data starts (domain/extent.ts): not at the filter's first year, with a note
// that names the selected years before the first figure.

async function openCharts(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  // The charts mount when scrolled into view, and the page grows as they do.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('.timeline-region .chart-figure')).toBeVisible({ timeout: 1000 });
  }).toPass();
}

const panel = (page: Page, title: string) =>
  page.locator('.series-panel').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const xTicks = (chart: Locator) => chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');

test.describe('charts start where their data starts', () => {
  test('the contribution chart: a panel whose first figure is later starts there and names the gap', async ({
    page,
  }) => {
    await openCharts(page, '?chart=contribution');
    const cumulative = panel(page, 'Cumulative total stated, in yen');
    const note = cumulative.locator('.chart-gap-note');
    await expect(note).toHaveText(/^No yearly figures before (\d{4})$/);
    const year = /(\d{4})$/.exec((await note.textContent()) ?? '')?.[1];
    await expect(xTicks(cumulative).first()).toHaveText(year ?? 'none');
    expect(Number(year)).toBeGreaterThan(1987);
    await expect(xTicks(cumulative)).not.toContainText(['1987']);
    // The yen panel has a figure for 1987, the filter's first year: it starts there, with no note.
    const yen = panel(page, 'Yearly, in yen (budget)');
    await expect(xTicks(yen).first()).toBeVisible();
    await expect(yen.locator('.chart-gap-note')).toHaveCount(0);
    // The table keeps every figure.
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(page.locator('.timeline-region table').first()).toContainText('1987');

    // The export draws the same years and says the same.
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByText('Export', { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /— Cumulative total stated, in yen as SVG$/ }).click(),
    ]);
    const svg = readFileSync((await file.path()) ?? '', 'utf8');
    expect(svg).toContain(`No yearly figures before ${year}`);
    expect(svg).not.toMatch(/>1987</);
  });

  test('in Japanese, the note names the gap too', async ({ page }) => {
    await openCharts(page, '?chart=contribution&lang=ja');
    await expect(page.locator('.chart-gap-note').first()).toHaveText(/^\d{4}年より前の年次の数値はありません$/);
  });

  test('the activities chart of one programme starts at its first activity', async ({ page }) => {
    await openCharts(page, '?chart=activities&prog=ip-utilisation');
    const figure = page.locator('.timeline-region .chart-figure');
    const note = figure.locator('.chart-gap-note');
    await expect(note).toHaveText(/^No activities before (\d{4})$/);
    const year = /(\d{4})$/.exec((await note.textContent()) ?? '')?.[1] ?? 'none';
    expect(Number(year)).toBeGreaterThan(1987);
    const ticks = figure.locator('.bar-chart .chart-axes text');
    await expect(ticks.filter({ hasText: /^\d{4}$/ }).first()).toHaveText(year);
    await expect(ticks.filter({ hasText: /^1987$/ })).toHaveCount(0);
  });
});
