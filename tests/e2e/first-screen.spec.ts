import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { linesOf } from './lines';

// What a reader sees first and what a printed handout carries: the lead sentence with its sources on the
// first screen, one wording of a single year, and A4 landscape prints with text on every page.

async function ready(page: Page, path: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  await expect(page.locator('path.country-shape').first()).toBeAttached();
}

test.describe('the first screen at 1280×800', () => {
  for (const [lang, words, publisher] of [
    ['en', /^Since 1987 Japan has funded .* WIPO: about ¥11 billion in all, for more than 100 countries\./, /JPO/],
    ['ja', /^日本は1987年から.*累計約110億円/, /特許庁/],
  ] as const) {
    test(`says the point in one sentence, with its source, above the map and its key (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await ready(page, `./?lang=${lang}`);
      const lead = page.locator('p.lead');
      await expect(lead).toHaveText(words);
      const source = lead.getByRole('link', { name: publisher });
      await expect(source).toHaveAttribute('href', /^https:\/\/www\.jpo\.go\.jp\//);
      const leadBox = await lead.boundingBox();
      const map = await page.locator('.map-frame').boundingBox();
      const key = await page.locator('.map-frame .legend').boundingBox();
      expect(leadBox && map && key).toBeTruthy();
      if (!leadBox || !map || !key) return;
      // Above the map, and the map's key still ends on the first screen.
      expect(leadBox.y + leadBox.height).toBeLessThanOrEqual(map.y);
      expect(key.y + key.height).toBeLessThanOrEqual(800);
      // The map is the largest thing on the page.
      for (const other of ['.headline', '.sidebar']) {
        const b = await page.locator(other).first().boundingBox();
        expect(b && b.width * Math.min(b.height, 800 - b.y)).toBeLessThan(map.width * map.height);
      }
    });
  }
});

// The common laptop screens beside 1280×800: the frame stops short of the first screen's bottom, so its
// key (in the frame's corner) is in sight without scrolling, and the map stays the page's main thing.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1536, height: 864 },
  { width: 1280, height: 720 },
])
  for (const lang of ['en', 'ja'] as const)
    test(`the key ends on the first screen at ${size.width}×${size.height} (${lang})`, async ({ page }) => {
      await page.setViewportSize(size);
      await ready(page, `./?lang=${lang}`);
      const map = await page.locator('.map-frame').boundingBox();
      const key = await page.locator('.map-frame .legend').boundingBox();
      expect(map && key).toBeTruthy();
      if (!map || !key) return;
      expect(key.y + key.height).toBeLessThanOrEqual(size.height);
      expect(map.y + map.height).toBeLessThanOrEqual(size.height);
      expect(map.height).toBeGreaterThan(300);
    });

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1080 },
]) {
  test(`the map spans the column of the numbers above it at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await ready(page, './');
    const map = await page.locator('.map-frame').boundingBox();
    const cards = await page.locator('.headline').boundingBox();
    expect(map && cards).toBeTruthy();
    if (!map || !cards) return;
    // Same left and right edges: a frame capped in height keeps its width, and the world is centred in it.
    expect(Math.abs(map.x - cards.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(map.x + map.width - (cards.x + cards.width))).toBeLessThanOrEqual(1);
  });
}

// Eight cards in one row where they fit, else rows of equal length (never seven and one alone); a card's
// list of records opens over the page without running past its edge (a sideways scroll).
for (const width of [390, 700, 1180, 1280])
  test(`the headline's cards make rows of equal length, and their lists open inside the page, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await ready(page, './');
    const cards = page.locator('.headline-item');
    const tops = await cards.evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
    expect(tops).toHaveLength(8);
    const perRow = [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
    expect(new Set(perRow).size, `cards per row: ${perRow.join(' + ')}`).toBe(1);
    if (width >= 1280) expect(perRow).toEqual([8]);
    for (let i = 0; i < 8; i++) {
      const summary = cards.nth(i).locator('.headline-sources summary');
      await summary.click();
      const list = cards.nth(i).locator('.headline-sources details[open] > :not(summary)');
      await expect(list).toBeVisible();
      const [left, right] = await list.evaluate((el) => {
        const b = el.getBoundingClientRect();
        return [b.left, b.right];
      });
      expect(left, `card ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect(right, `card ${i + 1}`).toBeLessThanOrEqual(width);
      await summary.click();
    }
  });

test('on a phone, the Japanese lead sentence keeps each figure whole: 「100か国超」, not 「100か／国超」', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await ready(page, './?lang=ja');
  const lead = page.locator('p.lead');
  await expect(lead).toContainText('100か国超');
  expect(await linesOf(lead, ['約110億円', '100か国超'])).toEqual([1, 1]);
});

test('one year selected reads as one year, never "2023–2023"', async ({ page }) => {
  await ready(page, './?from=2023&to=2023');
  await expect(page.locator('.year-range, .sidebar').first()).toContainText('2023');
  // The headline's years say the one year; no view reads "2023–2023".
  await expect(page.locator('.headline')).toContainText('2023');
  expect(await page.locator('body').innerText()).not.toMatch(/2023\s*[–〜-]\s*2023/);
});

/** Prints the page to an A4 landscape PDF and returns the text of each page (pdftotext, one per page). */
async function printedPages(page: Page): Promise<string[]> {
  // A reader's print starts with 'beforeprint' (the page takes the map's paper size then: usePrintMap);
  // page.pdf() does not send it, so it is sent here, while the screen's layout still holds.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
  const file = join(dir, 'print.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThan(0);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }),
  );
}

// Headless Chromium hides scrollbars; on Windows and most Linux desktops a scrollbar takes about 15 px of
// the window once the data makes the page longer than it. With that scrollbar, at 1280×800, the map's
// toolbar must stay on one row, or the key falls below the first screen.
test("with a scrollbar that takes room, at 1280×800 the key still ends on the first screen and each card's sources stay on one line", async ({
  playwright,
  baseURL,
}, info) => {
  const browser = await playwright.chromium.launch({
    ...info.project.use.launchOptions,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 } });
    await ready(page, './');
    // The scrollbar is there and takes room.
    expect(await page.evaluate(() => innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
    const toolbar = await page.locator('.map-toolbar').boundingBox();
    const title = await page.locator('#map-title').boundingBox();
    const key = await page.locator('.map-frame .legend').boundingBox();
    expect(toolbar && title && key).toBeTruthy();
    if (!toolbar || !title || !key) return;
    expect(toolbar.height).toBeLessThan(title.height * 2);
    expect(key.y + key.height).toBeLessThanOrEqual(800);
    // Each card's "Sources (109)" is one line, inside its card.
    for (const card of await page.locator('.headline-item').all()) {
      const summary = await card.locator('.headline-sources summary').boundingBox();
      const box = await card.boundingBox();
      expect(summary && box).toBeTruthy();
      if (!summary || !box) return;
      expect(summary.height).toBeLessThanOrEqual(25);
      const right = await card.locator('.headline-sources summary').evaluate((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return r.getBoundingClientRect().right;
      });
      expect(right).toBeLessThanOrEqual(box.x + box.width);
    }
  } finally {
    await browser.close();
  }
});

test.describe('print', () => {
  for (const lang of ['en', 'ja'] as const)
    for (const country of [null, 'IDN'] as const)
      test(`has text on every A4 landscape page, the numbers and the map on the first (${lang}, ${country ?? 'no country'})`, async ({
        page,
      }) => {
        await ready(page, `./?lang=${lang}${country ? `&country=${country}` : ''}`);
        if (country) await expect(page.locator('.country-panel, [role="dialog"], aside').first()).toBeVisible();
        // The map's size on paper is set once the export menu is in (usePrintMap), as before a reader prints.
        await expect(page.locator('.export-menu summary')).toBeVisible();
        const pages = await printedPages(page);
        for (const [i, text] of pages.entries())
          expect(text.trim().length, `page ${i + 1} of ${pages.length}`).toBeGreaterThan(20);
        // pdftotext spaces out mixed scripts ("IP 協力アトラス"): compare without spaces.
        const all = pages.join('').replace(/\s+/g, '');
        expect(all).toContain(lang === 'en' ? 'IPCooperationAtlas' : 'IP協力アトラス');
        if (country) expect(all).toContain(lang === 'en' ? 'Indonesia' : 'インドネシア');
        // A handout's first page: the cards and the map together (the map had a page of its own).
        const first = (pages[0] ?? '').replace(/\s+/g, '');
        for (const words of lang === 'en' ? ['Activities', 'Mapofsupportedcountries'] : ['活動', '支援対象国の地図'])
          expect(first).toContain(words);
      });
});

test("a print leaves off the key's words on squares under it: paper has no key to fold", async ({ page }) => {
  // Zimbabwe fitted beside the key: the screen's key says it hides squares.
  await ready(page, './?country=ZWE');
  await expect(page.locator('.legend-note')).toBeVisible();
  const all = (await printedPages(page)).join('');
  expect(all).toContain('Zimbabwe');
  expect(all).not.toMatch(/under this\s+key/);
});

test('a print made while parts are still loading has no blank page', async ({ page }) => {
  // The series and the treaty records never arrive: their regions show their loading lines when printed.
  await page.route(/\/(series|treaties)-[\w-]+\.json$/, () => new Promise(() => {}));
  await ready(page, './?country=IDN');
  await expect(page.getByText('Loading the WIPO treaty records…')).toBeVisible();
  const pages = await printedPages(page);
  for (const [i, text] of pages.entries())
    expect(text.trim().length, `page ${i + 1} of ${pages.length}`).toBeGreaterThan(20);
});

test('a country with no activity says so once', async ({ page }) => {
  await ready(page, './?country=MNG');
  const panel = page.getByRole('region', { name: 'Country panel: Mongolia' });
  await expect(panel.locator('.panel-none')).toHaveText(
    'No activity is recorded for Mongolia in any year or programme.',
  );
  await expect(panel).not.toContainText('0 activities');
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1350, height: 940 },
  { width: 1920, height: 1080 },
]) {
  test(`neither the map nor the lead sentence moves when the data comes, and a span of years stays on one line (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // Every layout shift of the map's region or the lead sentence's row from the first paint on, as the
    // browser reports them (the export button, which comes later, has its room kept).
    await page.addInitScript(() => {
      const w = window as unknown as { mapShifts: number[] };
      w.mapShifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { sources?: { node?: Node | null }[] })[])
          if (
            e.sources?.some((s) => {
              const el = s.node instanceof Element ? s.node : s.node?.parentElement;
              return !!el?.closest('.map-region, .lead-row');
            })
          )
            w.mapShifts.push(e.startTime);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await ready(page, './');
    await expect(page.locator('.headline-sources summary').first()).toBeVisible();
    await expect(page.locator('.export-menu summary')).toBeVisible();
    // A frame after the sources' rows came in, the shifts (if any) are reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { mapShifts: number[] }).mapShifts)).toEqual([]);
    const years = page.locator('.headline-item[data-measure="years"] .headline-value');
    await expect(years).toHaveText(/^\d{4}–\d{4}$/);
    const lines = await years.evaluate((el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
    });
    expect(lines).toBe(1);
  });
}
