import { expect, test } from '@playwright/test';

// Event-city markers sit on top of small countries at world zoom; tests that click shapes hide them
// first, as a user would (or zoom in).
async function hideEventMarkers(page: import('@playwright/test').Page) {
  await page.getByRole('checkbox', { name: 'Cities with activities' }).uncheck();
}

/** The count a city's square shows (its accessible name says more). */
const shownCount = (marker: import('@playwright/test').Locator) => marker.locator('[aria-hidden="true"]');

test.describe('the map', () => {
  test('opens on a world map with coloured countries and headline numbers', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'IP Cooperation Atlas' })).toBeVisible();
    const zimbabwe = page.getByRole('button', { name: 'Zimbabwe', exact: true });
    await expect(zimbabwe).toBeVisible();
    // More than a hundred country shapes are drawn, and the map fills its frame.
    expect(await page.locator('path.leaflet-interactive').count()).toBeGreaterThan(200);
    const box = await page.locator('.atlas-map').boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    // Zimbabwe has activities, so it is not painted in the "no activity" grey once they are loaded
    // (the shapes are drawn before the activities arrive, so this waits for the fill).
    await expect(zimbabwe).not.toHaveAttribute('fill', '#eceff1');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  });

  test('a click on a country opens its panel, and Close gives focus back', async ({ page }) => {
    await page.goto('./');
    await hideEventMarkers(page);
    await page.getByRole('button', { name: 'Zimbabwe', exact: true }).click();
    const panel = page.getByRole('region', { name: /Zimbabwe/ });
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/country=ZWE/);
    await expect(panel.getByRole('heading', { name: 'Zimbabwe', level: 2 })).toBeFocused();
    await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/country=/);
  });

  test('Back closes the panel opened by a click', async ({ page }) => {
    await page.goto('./');
    await hideEventMarkers(page);
    await page.getByRole('button', { name: 'Kenya', exact: true }).click();
    await expect(page.getByRole('region', { name: /Kenya/ })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('region', { name: /Kenya/ })).toBeHidden();
  });

  test('keyboard: the first stop in the map offers to skip the country shapes, to the country table', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip the country shapes: go to the country table' });
    await expect(skip).toBeFocused();
    // Shown while focused, inside the map.
    const [box, map] = [await skip.boundingBox(), await page.locator('.map-frame').boundingBox()];
    expect(box && map && box.x >= map.x && box.y >= map.y && box.x + box.width <= map.x + map.width).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#country-table-summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('keyboard: Tab reaches a country, Enter opens it, Escape closes and focus returns', async ({ page }) => {
    await page.goto('./');
    const shape = page.getByRole('button', { name: 'Indonesia', exact: true });
    await shape.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: /Indonesia/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: /Indonesia/ })).toBeHidden();
    await expect(shape).toBeFocused();
  });

  test('small states have a clickable marker', async ({ page }) => {
    await page.goto('./');
    for (const name of ['Cabo Verde', 'Mauritius', 'Sao Tome and Principe', 'Eswatini', 'Brunei']) {
      // The polygon is too small to see; the marker drawn for it is visible and focusable.
      await expect(page.getByRole('button', { name, exact: true }).filter({ visible: true }).first()).toBeVisible();
    }
    await hideEventMarkers(page);
    await page.getByRole('button', { name: 'Mauritius', exact: true }).filter({ visible: true }).last().click();
    await expect(page.getByRole('region', { name: /Mauritius/ })).toBeVisible();
  });

  test("a small state's marker leaves the map while the filters leave it without activity, and comes back", async ({
    page,
  }) => {
    await page.goto('./');
    // The shape (too small to see) and, once the data is in, the dot drawn over it.
    const shown = page.getByRole('button', { name: 'Brunei', exact: true }).filter({ visible: true });
    await expect(shown).toHaveCount(2);
    // Cooperation with JICA reaches neither Brunei nor a regional body it belongs to.
    const jica = page
      .locator('fieldset.programme-filter .programme-row > label', { hasText: 'Cooperation with JICA' })
      .first();
    await jica.click();
    await expect(shown).toHaveCount(1);
    await jica.click();
    await expect(shown).toHaveCount(2);
  });

  test('a filter shows, hides and recolours the squares and dots, but moves none of them', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Activities in Yaoundé: 8', exact: true })).toBeVisible();
    await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0);
    // Where each square and each dot (with its leader line, if any) is drawn, by name.
    const marks = () =>
      page.evaluate(() => {
        const at = new Map<string, string>();
        for (const m of document.querySelectorAll<HTMLElement>('.leaflet-marker-pane .event-marker'))
          at.set(m.textContent?.replace(/\d+/g, '#') ?? '', m.style.transform);
        for (const p of document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive:not(.country-shape)'))
          at.set(p.getAttribute('aria-label') ?? '', p.getAttribute('d') ?? '');
        return Object.fromEntries(at);
      });
    const before = await marks();
    // Human resources development off: most squares and several dots go, the rest change colour or count.
    const hrd = page.locator('fieldset.programme-filter .programme-row > label', {
      hasText: 'Human resources development',
    });
    await hrd.first().click();
    await expect.poll(async () => Object.keys(await marks()).length).toBeLessThan(Object.keys(before).length);
    const after = await marks();
    const kept = Object.keys(after).filter((k) => k in before);
    expect(kept.length).toBeGreaterThan(10);
    // Squares keep a city's name but not always its list of cities: compare those kept under one name.
    expect(kept.filter((k) => after[k] !== before[k])).toEqual([]);
    await hrd.first().click();
    await expect.poll(marks).toEqual(before);
  });

  test("a small state's dot takes its country's colour, and keeps it as the measure and the selection change", async ({
    page,
  }) => {
    await page.goto('./');
    await hideEventMarkers(page);
    const brunei = page.getByRole('button', { name: 'Brunei', exact: true });
    const shape = brunei.and(page.locator('path.country-shape'));
    const dot = brunei.and(page.locator('path:not(.country-shape)'));
    await expect(dot).toHaveCount(1);
    const same = async () => expect(dot).toHaveAttribute('fill', (await shape.getAttribute('fill')) ?? 'none');
    await expect(shape).not.toHaveAttribute('fill', '#eceff1');
    await same();
    // Another measure recolours both (the dot is made once and restyled, not drawn anew).
    const before = await dot.getAttribute('fill');
    await page.getByLabel('Colour by').selectOption('programmes');
    await expect(dot).not.toHaveAttribute('fill', before ?? '');
    await same();
    // Selected, the dot is outlined like its country; back to the world, the outline goes.
    const stroke = await dot.getAttribute('stroke-width');
    await dot.click();
    await expect(page.getByRole('region', { name: /Brunei/ })).toBeVisible();
    await expect(dot).not.toHaveAttribute('stroke-width', stroke ?? '');
    await page.getByRole('button', { name: 'Close' }).first().click();
    await expect(dot).toHaveAttribute('stroke-width', stroke ?? '');
  });

  test('a link with a country opens straight on it; junk parameters give the default view', async ({ page }) => {
    await page.goto('./?country=VNM');
    await expect(page.getByRole('region', { name: /Viet Nam/ })).toBeVisible();
    await page.goto('./?from=banana&country=<script>&prog=%%%&measure=zzz');
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /Country panel/ })).toHaveCount(0);
  });

  test('a link that names a country opens on it, clear of the panel that lists its work', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?country=IDN');
    const panel = page.getByRole('region', { name: /Indonesia/ });
    await expect(panel).toBeVisible();
    const indonesia = page.getByRole('button', { name: 'Indonesia', exact: true });
    // Zoomed in (at world zoom Indonesia is about 90 px wide), its largest island fitted into the part
    // of the map the panel leaves open: the country starts inside the map, well left of the panel.
    await expect.poll(async () => (await indonesia.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    const box = await indonesia.boundingBox();
    const side = await panel.boundingBox();
    const map = await page.locator('.atlas-map').boundingBox();
    expect(box && map && box.x).toBeGreaterThanOrEqual(map?.x ?? Infinity);
    expect(box && side && side.x - box.x).toBeGreaterThan(250);
  });

  test('a link with a country code the map does not know, or a bad year, opens the default view and a clean address', async ({
    page,
  }) => {
    await page.goto('./?from=abc&country=XXX&partner=JICA');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    await expect(page.getByRole('region', { name: /XXX/ })).toHaveCount(0);
    // What could be used stays; the rest leaves the address bar.
    await expect(page).toHaveURL(/\/\?partner=JICA$/);
  });

  test('Japan lists the activities it hosted for other countries', async ({ page }) => {
    await page.goto('./?country=JPN');
    const panel = page.getByRole('region', { name: 'Country panel: Japan' });
    await expect(
      panel.getByRole('heading', { name: /^Held in Japan for other countries \(\d+ activit(y|ies)\)$/ }),
    ).toBeVisible();
    await expect(panel).toContainText(
      'No activity is for Japan itself under the current filters, but it hosted the ones below.',
    );
    await expect(panel).not.toContainText('No activity for Japan under the current filters');
    expect(await panel.locator('.activity-list > li').count()).toBeGreaterThan(0);
  });

  test('a regional body says which coloured countries are its members and which only took part', async ({ page }) => {
    await page.goto('./?group=ARIPO');
    const panel = page.getByRole('region', { name: /^Regional body: / });
    await expect(panel.locator('.panel-totals')).toHaveText(
      /^\d+ member states, outlined on the map\. Coloured countries without an outline are not members/,
    );
    // Kenya is a member: outlined. Brazil is not, but took part in an activity with ARIPO: coloured only.
    await expect(page.getByRole('button', { name: 'Kenya', exact: true })).toHaveAttribute('stroke-dasharray', /\d/);
    const brazil = page.getByRole('button', { name: 'Brazil', exact: true });
    await expect(brazil).not.toHaveAttribute('fill', '#eceff1');
    await expect(brazil).not.toHaveAttribute('stroke-dasharray', /\d/);
  });

  test('a country panel counts in words that agree with the number', async ({ page }) => {
    await page.goto('./?from=2010&to=2020&country=KEN');
    await expect(page.locator('.panel-totals')).toHaveText(
      /^1 activity in the country, \d+ activit(y|ies) through a regional body$/,
    );
  });

  test('search finds a country by a spelling variant and selects it', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Vietnam');
    // As a reader would: Enter once the suggestion shows (before the geometry is in, the list says so).
    await expect(page.getByRole('option', { name: 'Viet Nam' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: /Viet Nam/ })).toBeVisible();
  });

  test('an event city shows its count, follows the filters in place, and its list opens a country', async ({
    page,
  }) => {
    await page.goto('./');
    // Named after the city, not the offices in it too.
    const marker = page.getByRole('button', { name: 'Activities in Yaoundé: 8', exact: true });
    await expect(shownCount(marker)).toHaveText('8');
    const element = await marker.elementHandle();
    // Only "Support for IP utilisation": one event left in Yaoundé, on the same marker, with the same
    // words for the pointer.
    await page
      .locator('fieldset.programme-filter .programme-row > label', { hasText: 'Support for IP utilisation' })
      .first()
      .click();
    await expect(shownCount(page.getByRole('button', { name: /^Activities in Yaound[ée].*: 1$/ }))).toHaveText('1');
    expect(await element?.evaluate((el) => el.isConnected && el.querySelector('[title]')?.getAttribute('title'))).toBe(
      'Activities in Yaoundé: 1',
    );
    await page.getByRole('button', { name: /^Activities in Yaound[ée].*: 1$/ }).click();
    // The count on the marker is the number of activities its list shows.
    await expect(page.locator('.leaflet-popup .popup-list > li')).toHaveCount(1);
    await page.locator('.leaflet-popup').getByRole('button').first().click();
    await expect(page.getByRole('region', { name: /Cameroon/ })).toBeVisible();
  });

  test('a long city list stays inside the map and scrolls', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: /^Activities in Harare/ }).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.locator('.popup-title').first()).toBeVisible();
    // Leaflet pans the map to bring an opened popup inside it: wait for the pan to end, reading both boxes
    // in one frame.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const m = document.querySelector('.atlas-map')?.getBoundingClientRect();
          const b = document.querySelector('.leaflet-popup')?.getBoundingClientRect();
          if (!m || !b) return 'not drawn';
          return b.top >= m.top && b.bottom <= m.bottom ? 'inside' : `${b.top}–${b.bottom} in ${m.top}–${m.bottom}`;
        }),
      )
      .toBe('inside');
    const content = popup.locator('.leaflet-popup-content');
    expect(await content.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // The square sits on Zimbabwe: its popup opens Zimbabwe's panel as well.
    await popup.getByRole('button', { name: 'Open the panel for Zimbabwe' }).click();
    await expect(page.getByRole('region', { name: 'Country panel: Zimbabwe' })).toBeVisible();
  });

  test('an event city with nothing under the filters leaves the map, and comes back with its count', async ({
    page,
  }) => {
    await page.goto('./');
    const marker = page.getByRole('button', { name: /^Activities in Yaound[ée].*: 8$/ });
    await expect(marker).toBeVisible();
    // "Expert dispatch" has no event in Yaoundé: the marker leaves the screen, the tab order and the
    // accessibility tree.
    const expert = page
      .locator('fieldset.programme-filter .programme-row > label', { hasText: 'Expert dispatch' })
      .first();
    await expert.click();
    await expect(page.getByRole('button', { name: /^Activities in Yaound[ée]/ })).toHaveCount(0);
    expect(await page.locator('.event-marker', { hasText: /Yaound/ }).count()).toBe(0);
    // Adding "Support for IP utilisation" brings one Yaoundé event back, with the count it has now.
    await page
      .locator('fieldset.programme-filter .programme-row > label', { hasText: 'Support for IP utilisation' })
      .first()
      .click();
    await expect(shownCount(page.getByRole('button', { name: /^Activities in Yaound[ée].*: 1$/ }))).toHaveText('1');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(shownCount(marker)).toHaveText('8');
  });
});
