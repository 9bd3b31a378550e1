import { expect, test } from '@playwright/test';

// A route handler still at work when a test ends would find its response disposed and fail the test
// (routed, the preloaded geometry is requested a second time by the app): let it finish first.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'wait' }));

test.describe('bad data', () => {
  test('an invalid data file shows a readable error naming file, record and field, with a retry', async ({ page }) => {
    await page.route(/activities[^/]*\.json$/, async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      json.activities[0].countries = ['Kenya'];
      await route.fulfill({ response: res, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('activities.json');
    await expect(alert).toContainText(/activities\[0\] \(id "[^"]+"\) › countries\[0\]/);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('a geometry file that fails to load breaks only the map', async ({ page }) => {
    await page.route(/countries[^/]*\.geo\.?json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('countries.geojson');
    await expect(page.getByRole('alert')).toContainText('404');
    // The rest keeps working: headline numbers and filters are there.
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
    await expect(page.locator('.headline-value').first()).toBeVisible();
  });

  test('a 10 MB id gives a short error naming file, record and field', async ({ page }) => {
    await page.route(/groups[^/]*\.json$/, async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      json.groups[0].id = 'a'.repeat(10 * 1024 * 1024);
      await route.fulfill({ response: res, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/groups\.json › groups\[0\] \(id "a+…"\) › id: expected/);
    expect((await alert.innerText()).length).toBeLessThan(2000);
  });

  test('broken coordinates name the feature and what was expected', async ({ page }) => {
    await page.route(/countries[^/]*\.geo\.?json$/, async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      json.features[1].geometry.coordinates = [1, 2, 3];
      await route.fulfill({ response: res, json });
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText(
      /countries\.geojson › features\[1\] \(iso3 "[A-Z]{3}"\) › geometry\.coordinates\[0\]: expected a ring/,
    );
    await expect(page.getByRole('alert')).not.toContainText('not iterable');
  });

  test('broken JSON is reported, and Try again recovers once the file is fine', async ({ page }) => {
    let broken = true;
    await page.route(/sources[^/]*\.json$/, async (route) => {
      if (broken) return route.fulfill({ status: 200, contentType: 'application/json', body: '{"sources": [' });
      return route.continue();
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('sources.json: not valid JSON');
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
  });
});

test.describe('before the app runs', () => {
  test('before any script runs, the page already names itself in both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP Cooperation Atlas');
    await expect(page.getByText('IP協力アトラス')).toBeVisible();
    await expect(page.getByText('WIPO・JICAと連携した日本の知的財産分野の国際協力')).toBeVisible();
    // (The <noscript> note is not checked: with scripts disabled through the DevTools protocol, the
    // HTML parser still treats scripting as on and does not render <noscript> content.)
    await context.close();
  });

  test('once the app runs, its own header replaces the static one', async ({ page }) => {
    await page.goto('./?lang=ja');
    await expect(page.locator('.headline-value').first()).toHaveText(/\d/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP協力アトラス');
    await expect(page.locator('.app-shell')).toHaveCount(0);
  });
});
