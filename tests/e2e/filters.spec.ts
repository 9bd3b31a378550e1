import { expect, test, type Page } from '@playwright/test';

const activities = (page: Page) => page.locator('.headline-value').first();

/** Once the data is in, the page's clock stops: from then on time moves only when the test moves it
 * (page.clock.runFor), however busy the machine is. */
async function pauseWhenReady(page: Page) {
  await expect(activities(page)).toHaveText(/^\d/);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
}

test.describe('filters', () => {
  test('one programme changes the headline, the map and the panel together, and lives in the URL', async ({ page }) => {
    await page.goto('./?country=IDN');
    const panel = page.getByRole('region', { name: /Indonesia/ });
    await expect(activities(page)).toHaveText(/^\d/);
    const shown = await activities(page).innerText();
    const before = Number(shown.replace(/,/g, ''));
    const kenya = page.getByRole('button', { name: 'Kenya', exact: true });
    const kenyaFillBefore = await kenya.getAttribute('fill');
    await page.getByRole('checkbox', { name: /^Cooperation with JICA/ }).check();
    await expect(page).toHaveURL(/prog=jica/);
    // The page shows the change at once and the address bar has it from the next frame on.
    await expect(activities(page)).not.toHaveText(shown);
    const after = Number((await activities(page).innerText()).replace(/,/g, ''));
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    // Kenya has no JICA activity: it turns grey; Indonesia's panel lists only JICA work.
    await expect(kenya).toHaveAttribute('fill', '#eceff1');
    expect(kenyaFillBefore).not.toBe('#eceff1');
    await expect(panel.locator('.activity-meta').first()).toContainText('JICA');
    for (const meta of await panel.locator('.activity-meta').allInnerTexts()) expect(meta).toContain('Partner: JICA');
  });

  test('a copied link reproduces the view in a new tab', async ({ page, context }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Partner' }).selectOption('JICA');
    await page.getByRole('slider', { name: 'From' }).fill('2010');
    await expect(page).toHaveURL(/from=2010/);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.locator('.headline-value').first()).toHaveText(/^\d/);
    // The new tab shows what the page shows (which follows its address bar).
    await expect(page.locator('.headline')).toHaveText((await other.locator('.headline').textContent()) ?? '');
    await expect(other.getByRole('combobox', { name: 'Partner' })).toHaveValue('JICA');
  });

  test('an option with no activity under the other filters says so, on one line', async ({ page }) => {
    await page.goto('./?partner=JICA');
    await page.getByRole('button', { name: /^Activity types of Support for IP utilisation/ }).click();
    await page.getByRole('button', { name: /^Activity types of Other initiatives/ }).click();
    // Screen readers hear the reason; on screen a muted "(0)" keeps the option to one line.
    const box = page.getByRole('checkbox', { name: /TISC\) \(0\) — none under the current filters$/ });
    await expect(box).toBeVisible();
    const label = page.locator('label', { has: box });
    await expect(label).toHaveClass('empty-option');
    await expect(label.locator('.count')).toHaveText(' (0) — none under the current filters');
    // A short name with a zero count takes one row (min-height 1.75rem = 28 px), as it would with a count.
    const podcast = page.locator('label', { has: page.getByRole('checkbox', { name: /^Podcast \(0\)/ }) });
    expect(await podcast.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(28.5);
  });

  test('activity types are folded under their programme and open from the keyboard', async ({ page }) => {
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Activity types of Support for IP utilisation (2)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: /^Technology and Innovation Support Centers/ })).toHaveCount(0);
    // Only the seven programmes are on screen at first: the column is no longer thirty options long.
    await expect(page.locator('fieldset.programme-filter input[type="checkbox"]')).toHaveCount(7);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const tisc = page.getByRole('checkbox', { name: /^Technology and Innovation Support Centers/ });
    await tisc.check();
    await expect(page).toHaveURL(/type=tisc/);
    // Folded again, the programme says how many of its types are chosen.
    await page.keyboard.press('Shift+Tab');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle.locator('.chosen')).toHaveText('1');
    // A link that chooses a type opens its programme, so the ticked box is in sight.
    await page.goto('./?type=podcast');
    await expect(page.getByRole('checkbox', { name: /^Podcast/ })).toBeChecked();
    await expect(page.getByRole('button', { name: /^Activity types of Other initiatives/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  test('the counts beside the options follow a change made on the page', async ({ page }) => {
    // They are painted one frame after the map and the headline, and must still arrive.
    await page.goto('./');
    await page.getByRole('button', { name: /^Activity types of Support for IP utilisation/ }).click();
    const tisc = page
      .locator('fieldset.programme-filter label', { hasText: /TISC\)/ })
      .first()
      .locator('.count');
    await expect(tisc).toHaveText(/^ \([1-9]\d*\)$/);
    const jica = page.getByRole('combobox', { name: 'Partner' }).locator('option[value="JICA"]');
    const jicaBefore = await jica.innerText();
    await page.getByRole('combobox', { name: 'Partner' }).selectOption('JICA');
    await expect(tisc).toHaveText(' (0) — none under the current filters');
    await page.getByRole('checkbox', { name: /^Cooperation with JICA/ }).check();
    await page.getByRole('combobox', { name: 'Partner' }).selectOption('');
    await expect(jica).toHaveText(jicaBefore);
    await expect(page.getByRole('combobox', { name: 'Partner' }).locator('option[value="WIPO"]')).toHaveText(
      'WIPO (0)',
    );
  });

  test('years covered stay within the chosen years, and say when earlier work is included', async ({ page }) => {
    await page.goto('./?from=2010&to=2020');
    const years = page.locator('.headline-item', { hasText: 'Years covered' });
    // The fund's ongoing work from 1987 matches 2010–2020: the range reads as chosen, the note names 1987.
    await expect(years.locator('.headline-value')).toHaveText('2010–2020');
    await expect(years.locator('.headline-note')).toHaveText('with work begun earlier (from 1987), still running');
    // One year reads as that year.
    await page.goto('./?from=2023&to=2023');
    await expect(years.locator('.headline-value')).toHaveText('2023');
    await page.goto('./');
    await expect(years.locator('.headline-note')).toHaveText('first to last start of matching work');
  });

  test('related work counts only when the reader asks for it, and the panels list it either way', async ({ page }) => {
    await page.goto('./?from=2016&to=2016&country=CHL');
    const panel = page.getByRole('region', { name: /Chile/ });
    await expect(activities(page)).toHaveText(/^\d/);
    const without = Number((await activities(page).innerText()).replace(/,/g, ''));
    // Chile's only record of 2016 is a WIPO-CASE step with no fund link stated: listed, labelled, not counted.
    await expect(panel.getByText('Related work (no fund link stated)').first()).toBeVisible();
    const chile = page.getByRole('button', { name: 'Chile', exact: true });
    await expect(chile).toHaveAttribute('fill', '#eceff1');
    await page.getByRole('checkbox', { name: 'Include related work (no fund link stated)' }).check();
    await expect(page).toHaveURL(/context=1/);
    await expect(activities(page)).not.toHaveText(String(without));
    expect(Number((await activities(page).innerText()).replace(/,/g, ''))).toBeGreaterThan(without);
    await expect(chile).not.toHaveAttribute('fill', '#eceff1');
  });

  test('each headline number opens onto the records and sources behind it', async ({ page }) => {
    await page.goto('./');
    const people = page.locator('.headline-item[data-measure="participants"]');
    await expect(people.locator('.headline-value')).toHaveText(/^[1-9]/);
    await expect(page.locator('.headline')).not.toContainText('People and enterprises');
    await people.getByText(/^Sources \(\d+\)$/).click();
    const records = people.locator('li[data-record]');
    await expect(records.first()).toBeVisible();
    expect(await records.count()).toBeGreaterThan(1);
    await expect(records.first().locator('a').first()).toHaveAttribute('href', /^https:\/\//);
  });

  test('on a phone, the map and the filters are a button apart', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const inView = async (id: string) =>
      page.locator(`#${id}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= -1 && r.bottom <= window.innerHeight + 1;
      });
    expect(await inView('filters-title')).toBe(false);
    await page.getByRole('button', { name: 'Go to the filters' }).click();
    await expect(page.locator('#filters-title')).toBeFocused();
    expect(await inView('filters-title')).toBe(true);
    await page.getByRole('checkbox', { name: /^Cooperation with JICA/ }).check();
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await expect(page.locator('#map-title')).toBeFocused();
    expect(await inView('map-title')).toBe(true);
    // On a wide screen the filters sit beside the map: no such buttons.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByRole('button', { name: 'Go to the filters' })).toBeHidden();
  });

  test('Reset filters returns to the default view and an empty query string', async ({ page }) => {
    await page.goto('./?from=2020&to=2022&prog=jica&partner=JICA');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('play steps through the years and stops at the end', async ({ page }) => {
    await page.clock.install();
    await page.goto('./');
    await pauseWhenReady(page);
    await page.getByRole('button', { name: 'Play through the years' }).click();
    // The address bar follows the frame that shows a change: with the page's clock stopped, the test
    // moves it past that frame (here and below, 100 ms past each step).
    await page.clock.runFor(100);
    await expect(page).toHaveURL(/to=1987/);
    // One step per 900 ms of the page's time, each waited for.
    for (const year of [1988, 1989, 1990, 1991, 1992]) {
      await page.clock.runFor(900);
      await expect(page).toHaveURL(new RegExp(`to=${year}`));
    }
    await page.clock.runFor(900 * 60);
    await expect(page.getByRole('button', { name: 'Play through the years' })).toBeVisible();
    await expect(page).not.toHaveURL(/to=/);
  });

  test('play shows one year at a time unless it keeps the earlier years', async ({ page }) => {
    await page.clock.install();
    await page.goto('./');
    const keep = page.getByRole('checkbox', { name: 'Play keeps the earlier years' });
    await expect(keep).toBeChecked();
    await keep.uncheck();
    await page.getByRole('button', { name: 'Play through the years' }).click();
    await page.clock.runFor(900 * 3);
    await expect(page).toHaveURL(/from=1990&to=1990/);
    // A single year reads as one year, not "1990–1990".
    await expect(page.locator('.year-values')).toHaveText('1990');
  });

  test('play stops when the presenter touches another control', async ({ page }) => {
    await page.clock.install();
    await page.goto('./');
    await pauseWhenReady(page);
    await page.getByRole('button', { name: 'Play through the years' }).click();
    // Past the third step's frame: the address bar follows the frame that shows a change.
    await page.clock.runFor(900 * 3 + 100);
    await expect(page).toHaveURL(/to=1990/);
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Cooperation with JICA/ }).check();
    await expect(page.getByRole('button', { name: 'Play through the years' })).toBeVisible();
    await page.clock.runFor(100);
    await expect(page).toHaveURL(/prog=jica/);
    const url = page.url();
    await page.clock.runFor(900 * 5);
    expect(page.url()).toBe(url);
  });
});
