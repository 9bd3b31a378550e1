import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// WIPO treaty membership beside the cooperation (data/treaties.json). Zimbabwe deposited its accession
// to the Madrid Protocol on 11 December 2014, in force on 11 March 2015: not a member at the end of
// 2013, pending at the end of 2014, a member from 2015.
const FILL = { member: '#2c7fb8', pending: '#7fcdbb', notMember: '#fdb863', unknown: '#eceff1' };

test.describe('WIPO treaties', () => {
  test('the map colours by Madrid Protocol membership through the years', async ({ page }) => {
    await page.goto('./?to=2013');
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('treaty-madrid');
    await expect(page).toHaveURL(/measure=treaty-madrid/);
    const legend = page.locator('.treaty-legend');
    await expect(legend.getByRole('heading')).toHaveText(/Madrid Protocol: status at the end of 2013/);
    await expect(legend).toContainText('WIPO records read up to 6 July 2022');
    await expect(legend).toContainText("Not found in WIPO's records here");
    const zimbabwe = page.getByRole('button', { name: 'Zimbabwe', exact: true });
    await expect(zimbabwe).toHaveAttribute('fill', FILL.notMember);
    const to = page.getByRole('slider', { name: 'To' });
    await to.fill('2014');
    await expect(legend.getByRole('heading')).toHaveText(/end of 2014/);
    await expect(zimbabwe).toHaveAttribute('fill', FILL.pending);
    await to.fill('2015');
    await expect(zimbabwe).toHaveAttribute('fill', FILL.member);
    // A year after the records' (2022): the key says the newest status they hold, not a status to come.
    await to.fill('2027');
    await expect(legend.getByRole('heading')).toHaveText(
      /^(Legend: )?Madrid Protocol: status in the newest records read$/,
    );
    await expect(zimbabwe).toHaveAttribute('fill', FILL.member);
    await to.fill('2015');
    // Senegal is covered through OAPI (a party from 2015), hatched, not coloured as a member of its own.
    await expect(page.getByRole('button', { name: 'Senegal', exact: true })).toHaveAttribute('fill', /url\(#/);
    // Brazil has no Madrid record here: "not found", never the colour of "not a member".
    await expect(page.locator('path[aria-label="Brazil"]')).toHaveAttribute('fill', FILL.unknown);
    await page.locator('.map-frame').screenshot({ path: 'test-results/treaty-map-2015.png' });
  });

  test('a country’s tooltip and the map’s table give its status in the key’s words, through the years', async ({
    page,
  }) => {
    await page.goto('./?to=2013&measure=treaty-madrid');
    const legend = page.locator('.treaty-legend');
    await expect(legend.getByRole('heading')).toHaveText(/end of 2013/);
    // City markers may cover small shapes.
    await page.getByRole('checkbox', { name: 'Cities with activities' }).uncheck();
    const zimbabwe = page.getByRole('button', { name: 'Zimbabwe', exact: true });
    await zimbabwe.hover();
    const tip = page.locator('.leaflet-tooltip', { hasText: 'Zimbabwe' });
    await expect(tip.locator('.tooltip-treaty')).toHaveText(
      'Madrid Protocol: Not a member (joined later, or withdrew)',
    );
    // The same words as the key's.
    await expect(legend).toContainText('Not a member (joined later, or withdrew)');
    await page.getByRole('slider', { name: 'To' }).fill('2015');
    await expect(legend.getByRole('heading')).toHaveText(/end of 2015/);
    await page.getByRole('heading', { level: 1 }).hover();
    await zimbabwe.hover();
    await expect(tip.locator('.tooltip-treaty')).toHaveText('Madrid Protocol: Member (since 11 March 2015)');
    await page.locator('.map-frame').screenshot({ path: 'test-results/treaty-tooltip-zwe-2015.png' });
    // The map's country table: a column of the treaty's status at the end of the slider's year.
    await page.locator('.country-table summary').click();
    const table = page.locator('.country-table table');
    await expect(table.getByRole('columnheader', { name: 'Madrid Protocol: status at the end of 2015' })).toBeVisible();
    const row = (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
    await expect(row('Zimbabwe')).toContainText('Madrid Protocol: Member (since 11 March 2015)');
    await expect(row('Senegal')).toContainText(
      'Madrid Protocol: Covered through a regional body that is a party (OAPI)',
    );
    // PCT: Zimbabwe has no PCT record here: "not found", never "not a member".
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('treaty-pct');
    await expect(row('Zimbabwe')).toContainText("PCT: Not found in WIPO's records here");
    await page.goto('./?to=2015&measure=treaty-madrid&lang=ja');
    await page.locator('.country-table summary').click();
    await expect(page.locator('.country-table table').getByRole('row').filter({ hasText: 'ジンバブエ' })).toContainText(
      'マドリッド協定議定書：締約国（2015年3月11日から）',
    );
  });

  test('the panel of a beneficiary country states its treaties, with sources, or that none was found', async ({
    page,
  }) => {
    await page.goto('./?country=ZWE');
    const section = page.getByRole('region', { name: 'WIPO treaties' });
    const madrid = section.locator('[data-treaty="madrid"]');
    await expect(madrid).toContainText('acceded 11 December 2014, in force 11 March 2015');
    await expect(madrid.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\/www\.wipo\.int\//);
    // Activities recorded before, in time order, as context.
    await expect(madrid).toContainText(
      'Activities recorded before the Madrid Protocol entered into force for Zimbabwe',
    );
    const years = await madrid.locator('.treaty-before-list time').allTextContents();
    expect(years[0]).toBe('2008');
    expect([...years].sort()).toEqual(years);
    await expect(madrid).toContainText('the records do not say that one led to the other');
    await section.screenshot({ path: 'test-results/treaty-panel-zwe.png' });
    // Thailand: no WIPO record here for any of the four treaties.
    await page.goto('./?country=THA&lang=ja');
    const ja = page.getByRole('region', { name: 'WIPO条約' });
    await expect(ja.getByText('ここで参照したWIPOの記録に見当たらない')).toHaveCount(4);
    await expect(ja).toContainText('標章の国際登録に関するマドリッド協定の議定書');
    await expect(ja).toContainText('意匠の国際登録に関するハーグ協定のジュネーブ改正協定');
    await ja.screenshot({ path: 'test-results/treaty-panel-tha-ja.png' });
  });

  test('a treaty membership slide, in Japanese', async ({ page }) => {
    const story = { version: 1, slides: [{ topic: 'treaties', view: { measure: 'treaty-madrid', to: 2015 } }] };
    const param = Buffer.from(JSON.stringify(story)).toString('base64url');
    await page.goto(`./?lang=ja&slide=1&story=${param}`);
    await expect(page.locator('#briefing-title')).toHaveText('WIPO条約への加盟：マドリッド協定議定書');
    const sentences = page.locator('.briefing-sentences li');
    await expect(sentences.first()).toContainText(
      /か国のうち\d+か国が、2015年末時点でマドリッド協定議定書の締約国であった/,
    );
    await expect(sentences.first()).toContainText('2022年7月6日までのWIPOの記録による');
    await expect(page.locator('.briefing-source')).toContainText('WIPO条約ページ');
    // The map is coloured by the treaty, with its key in Japanese.
    await expect(page.locator('.treaty-legend h3')).toContainText('マドリッド協定議定書：2015年末時点の状況');
    await expect(page.locator('path[aria-label="ジンバブエ"]')).toHaveAttribute('fill', FILL.member);
    await page.screenshot({ path: 'test-results/treaty-slide-ja.png' });
  });

  test('a bad treaty measure in the link falls back to the activities', async ({ page }) => {
    await page.goto('./?measure=treaty-nowhere');
    await expect(page.getByRole('combobox', { name: 'Colour by' })).toHaveValue('activities');
  });
});

/** Opens the dashboard with `query` and scrolls to the charts, which mount when scrolled into view. */
async function openTreatyChart(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  const steps = page.locator('.treaty-chart .treaty-step').first();
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(steps).toBeAttached({ timeout: 2000 });
  }).toPass();
  return page
    .locator('figure.chart-figure')
    .filter({ has: page.getByRole('heading', { name: /WIPO treaty membership|WIPO条約への加盟/ }) });
}

test.describe('the treaty chart of the timelines', () => {
  test('counts members among the countries reached, marks each joining, and has a table and CSV', async ({ page }) => {
    const figure = await openTreatyChart(page, '?chart=treaties&from=2010&to=2023');
    await expect(page.getByRole('tab', { name: 'WIPO treaties' })).toHaveAttribute('aria-selected', 'true');
    await expect(
      figure.getByRole('heading', { name: 'WIPO treaty membership of the countries reached' }),
    ).toBeVisible();
    await expect(figure).toContainText('Counted: the');
    await expect(figure).toContainText('Years after 2022 have no counts: the records were read up to 6 July 2022.');
    // Zimbabwe's joining of the Madrid Protocol is a mark on the Madrid line, read with its year.
    await expect(figure.locator('.treaty-mark[data-party="ZWE"][data-kind="joined"]')).toHaveCount(1);
    await figure.screenshot({ path: 'test-results/treaty-chart-1280.png' });
    const surface = figure.getByRole('slider', { name: 'WIPO treaty membership of the countries reached' });
    await surface.focus();
    await page.keyboard.press('Home');
    for (let y = 2010; y < 2015; y++) await page.keyboard.press('ArrowRight');
    await expect(figure.locator('.chart-tooltip .tooltip-heading')).toHaveText('2015');
    await expect(figure.locator('.chart-tooltip')).toContainText(
      'Zimbabwe joined the Madrid Protocol (in force 11 March 2015)',
    );
    await expect(surface).toHaveAttribute('aria-valuetext', /^2015: PCT: members: \d+/);

    // The table lists every year of the range, a dash after the records' date.
    await figure.getByRole('button', { name: 'Show as table' }).click();
    const table = figure.getByRole('table');
    const years = await table.locator('tbody th').allTextContents();
    expect(years).toEqual(Array.from({ length: 14 }, (_, i) => String(2010 + i)));
    const row2015 = table.locator('tbody tr').filter({ hasText: /^2015/ });
    await expect(row2015).toContainText('Zimbabwe joined the Madrid Protocol');
    await expect(table.locator('tbody tr').last().locator('td').nth(1)).toHaveText('—');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('wipo-treaties-by-year.csv');
    const csv = readFileSync((await file.path()) ?? '', 'utf8')
      .slice(1)
      .split('\r\n');
    expect(csv[0]).toMatch(/^Year,Countries with activities that year,PCT: members,Madrid Protocol: members,/);
    expect(csv[0]).toContain('Madrid Protocol: covered through OAPI');
    expect(csv.find((l) => l.startsWith('2015,'))).toContain('Zimbabwe joined the Madrid Protocol');
    // After the records' date: an empty cell (a gap), never a 0.
    expect(csv.find((l) => l.startsWith('2023,'))).toMatch(/^2023,\d+,,/);
  });

  test('reads in Japanese, with the treaties’ Japanese names', async ({ page }) => {
    const figure = await openTreatyChart(page, '?lang=ja&chart=treaties');
    await expect(page.getByRole('tab', { name: 'WIPO条約' })).toHaveAttribute('aria-selected', 'true');
    await expect(figure.getByRole('heading', { name: '活動対象国のWIPO条約への加盟' })).toBeVisible();
    await expect(figure.locator('.treaty-legend-list')).toContainText('マドリッド協定議定書：締約国');
    await expect(figure.locator('.treaty-legend-list')).toContainText('その年に始まった活動がある国');
    await figure.screenshot({ path: 'test-results/treaty-chart-ja.png' });
  });

  test('at 1920×1080, and exported as SVG and PNG like the other charts', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const figure = await openTreatyChart(page, '?chart=treaties');
    await figure.screenshot({ path: 'test-results/treaty-chart-1920.png' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByText('Export', { exact: true }).click();
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'WIPO treaty membership of the countries reached as SVG' }).click(),
    ]);
    const svg = readFileSync((await svgFile.path()) ?? '', 'utf8');
    expect(svg).toContain('>WIPO treaty membership of the countries reached</text>');
    expect(svg).toContain('Madrid Protocol: members');
    expect(svg).toContain('Sources: ');
    // The lines' names at their ends, and a mark per joining.
    expect(svg).toContain('>Madrid Protocol</text>');
    expect(svg).toContain('>PCT</text>');
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^WIPO treaty membership of the countries reached as PNG/ }).click(),
    ]);
    const png = readFileSync((await pngFile.path()) ?? '');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.length).toBeGreaterThan(20_000);
  });
});
