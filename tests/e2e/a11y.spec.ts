import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The map is ready when the shapes are there; a slide's chart when its labels are.
const MAP_READY = 'path.leaflet-interactive';
const CHART_SLIDE_READY = '.slide-chart-plot svg text';

async function expectNoViolations(page: Page, ready = MAP_READY, only?: string) {
  await expect(page.locator(ready).first()).toBeAttached();
  // A map on its way to a country moves its squares past the key's button: axe reads the map at rest.
  await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0);
  const axe = new AxeBuilder({ page }).withTags(TAGS);
  const { violations } = await (only ? axe.include(only) : axe).analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  test('landing view', async ({ page }) => {
    await page.goto('./');
    await expectNoViolations(page);
  });

  test('country panel open', async ({ page }) => {
    await page.goto('./?country=ZWE');
    await expect(page.getByRole('region', { name: /Zimbabwe/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test('filters applied and the country table open', async ({ page }) => {
    await page.goto('./?from=2021&to=2024&prog=digital-innovation&group=ARIPO');
    await page.getByText('Show the country table').click();
    await expectNoViolations(page);
  });

  test('every chart in its table view, reached through its tab', async ({ page }) => {
    await page.goto('./?chart=activities');
    await expect(page.locator('.headline-value').first()).toBeVisible();
    // The charts' slot appears once their files are in (after the headline's): scrolled to then.
    await page.locator('.when-visible, .timeline-region').first().scrollIntoViewIfNeeded();
    const region = page.locator('.timeline-region');
    for (const chart of ['activities', 'contribution', 'experts', 'tisc', 'sme', 'people']) {
      await test.step(chart, async () => {
        const tab = region.locator(`#chart-tab-${chart}`);
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        await expect(region.getByRole('button', { name: 'Show as table' }).first()).toBeVisible();
        for (const button of await region.getByRole('button', { name: 'Show as table' }).all()) await button.click();
        await expect(region.locator('table').first()).toBeVisible();
        // The rest of the page is the landing view's, checked above: axe reads the charts' region here.
        await expectNoViolations(page, MAP_READY, '.timeline-region');
      });
    }
  });

  test('the activities chart as drawn, with a year read from the keyboard', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.headline-value').first()).toBeVisible();
    // The charts' slot appears once their files are in (after the headline's): scrolled to then.
    await page.locator('.when-visible, .timeline-region').first().scrollIntoViewIfNeeded();
    const chart = page.getByRole('slider', { name: 'Activities by year and programme' });
    await chart.focus();
    await page.keyboard.press('End');
    await expect(page.locator('.chart-tooltip')).toBeVisible();
    await expectNoViolations(page);
  });

  test('the treaty chart as drawn with a year read from the keyboard, and as a table', async ({ page }) => {
    await page.goto('./?chart=treaties');
    await expect(page.locator('.headline-value').first()).toBeVisible();
    await page.locator('.when-visible, .timeline-region').first().scrollIntoViewIfNeeded();
    // The chart and the treaty records load when its tab is shown.
    const chart = page.getByRole('slider', { name: 'WIPO treaty membership of the countries reached' });
    await chart.focus();
    await page.keyboard.press('End');
    await expect(page.locator('.chart-tooltip')).toBeVisible();
    await expectNoViolations(page);
    await page.locator('.timeline-region').getByRole('button', { name: 'Show as table' }).click();
    await expect(page.locator('.timeline-region table')).toBeVisible();
    await expectNoViolations(page);
  });

  test('briefing mode: a chart slide and a map slide', async ({ page }) => {
    await page.goto('./?slide=2');
    await expect(page.getByText('2 / 9')).toBeVisible();
    await expectNoViolations(page, CHART_SLIDE_READY);
    await page.keyboard.press('Home');
    await expect(page.getByText('1 / 9')).toBeVisible();
    await expectNoViolations(page);
  });

  test("briefing mode's presenter window", async ({ page }) => {
    await page.goto('./?slide=2&presenter=1');
    await expect(page.getByRole('complementary', { name: 'Presenter notes' })).toBeVisible();
    await expectNoViolations(page, CHART_SLIDE_READY);
  });

  test('Japanese UI', async ({ page }) => {
    await page.goto('./?lang=ja&country=IDN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('region', { name: /インドネシア/ })).toBeVisible();
    await expectNoViolations(page);
  });
});

test('keyboard only: skip link, filters, a country on the map, the panel, close, focus returns', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('path.leaflet-interactive').first()).toBeAttached();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await expect(skip).toBeFocused();
  // The header's buttons, then the filters: the first year handle.
  const from = page.getByRole('slider', { name: 'From' });
  for (let i = 0; i < 10 && !(await from.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(from).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=1988/);
  // Tab on until a country shape has focus, then open it with Enter.
  let name: string | null = null;
  for (let i = 0; i < 120 && !name; i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof SVGElement && el.getAttribute('role') === 'button' ? el.getAttribute('aria-label') : null;
    });
  }
  expect(name).not.toBeNull();
  // Focus is visible on the shape.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: new RegExp(name ?? '') });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // The panel's own controls are reachable, then Escape closes and focus goes back to the shape.
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(name);
});
