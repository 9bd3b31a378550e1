import { expect, test } from '@playwright/test';

// A route handler still at work when a test ends would find its response disposed and fail the test
// (routed, the preloaded geometry is requested a second time by the app): let it finish first.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'wait' }));

test('a full journey makes no request outside the app’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('./');
  await page.getByRole('checkbox', { name: 'Cities with activities' }).uncheck();
  await page.getByRole('button', { name: 'Brazil', exact: true }).click();
  await expect(page.getByRole('region', { name: /Brazil/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('slider', { name: '開始' }).focus();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: '表示を元に戻す' }).click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('the production build carries a Content-Security-Policy that allows only its own origin', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:/);
});

test('hostile text in the data renders as text and runs no script', async ({ page }) => {
  await page.route(/activities[^/]*\.json$/, async (route) => {
    const res = await route.fetch();
    const json = await res.json();
    const a = json.activities.find((x: { countries: string[] }) => x.countries.includes('ZWE'));
    a.title.en = '<img src=x onerror="window.atlasPwned=1">Harare <b>bold</b>';
    a.summary.en = '<script>window.atlasPwned=2</script>';
    await route.fulfill({ response: res, json });
  });
  await page.goto('./?country=ZWE');
  const panel = page.getByRole('region', { name: /Zimbabwe/ });
  // In the panel's list of activities (the treaty section, once its records load, names it again).
  await expect(
    panel.locator('.activity-title').getByText('<img src=x onerror="window.atlasPwned=1">Harare <b>bold</b>'),
  ).toBeVisible();
  await expect(panel.getByText('<script>window.atlasPwned=2</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { atlasPwned?: number }).atlasPwned)).toBeUndefined();
  expect(await panel.locator('img, b, script').count()).toBe(0);
});
