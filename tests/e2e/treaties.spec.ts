import { expect, test } from '@playwright/test';

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
    // Senegal is covered through OAPI (a party from 2015), hatched, not coloured as a member of its own.
    await expect(page.getByRole('button', { name: 'Senegal', exact: true })).toHaveAttribute('fill', /url\(#/);
    // Brazil has no Madrid record here: "not found", never the colour of "not a member".
    await expect(page.locator('path[aria-label="Brazil"]')).toHaveAttribute('fill', FILL.unknown);
    await page.locator('.map-frame').screenshot({ path: 'test-results/treaty-map-2015.png' });
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
