import { expect, test } from '@playwright/test';

// The map "by programme": countries in their leading programme's colour (src/domain/palette.ts), a key
// that names each programme beside its swatch and says what a tie shows, and the programme named in the
// tooltip and the country table (colour is never the only signal).

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

test('the "by programme" map: a key of programme swatches and names, the programme in the tooltip and the table', async ({
  page,
}) => {
  await page.goto('./?measure=programmes');
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  const key = page.locator('.map-frame .legend');
  await expect(key.locator('.legend-title')).toContainText('Programme with the most activities in the country');
  const entries = key.locator('.legend-programmes li');
  await expect(entries.filter({ hasText: 'Human resources development' })).toHaveCount(1);
  // What a country with several programmes shows, said in the key.
  await expect(entries.last()).toHaveText('Several tie for the most (striped)');
  await expect(entries.last().locator('rect')).toHaveAttribute('fill', 'url(#atlas-programme-tie)');
  // The key stays on the first screen.
  const box = await key.boundingBox();
  expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(800);

  // Brazil: the tooltip names the programme, and the key gives that programme the colour Brazil is drawn in.
  const brazil = page.locator('path.leaflet-interactive[aria-label^="Brazil"]');
  await brazil.hover();
  const tip = page.locator('.leaflet-tooltip', { hasText: 'Brazil' });
  await expect(tip.locator('.tooltip-lead')).toHaveText(/^Most activities: .+/);
  const programme = ((await tip.locator('.tooltip-lead').textContent()) ?? '').replace('Most activities: ', '');
  const fill = await brazil.getAttribute('fill');
  expect(fill).toMatch(/^#[0-9A-Fa-f]{6}$/);
  const swatch = entries.filter({ hasText: programme }).locator('.swatch');
  await expect(swatch).toHaveCSS('background-color', rgb(fill ?? ''));

  // The table names it too.
  await page.getByText('Show the country table').click();
  const row = page.locator('.country-table tr', { has: page.getByRole('button', { name: 'Brazil', exact: true }) });
  await expect(row.locator('td').last()).toHaveText(programme);
});

test('in Japanese, the key and the tooltip name the programme in Japanese', async ({ page }) => {
  await page.goto('./?measure=programmes&lang=ja');
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  const key = page.locator('.map-frame .legend');
  await expect(key.locator('.legend-title')).toContainText('その国で活動が最も多いプログラム');
  await expect(key.locator('.legend-programmes li').filter({ hasText: '人材育成' })).toHaveCount(1);
  await page.locator('path.leaflet-interactive[aria-label^="ブラジル"]').hover();
  await expect(page.locator('.leaflet-tooltip .tooltip-lead')).toHaveText(/^活動が最多：.+/);
});
