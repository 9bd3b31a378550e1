// Briefing slides at the room's sizes: every slide of the default story, stepped into with → and opened by
// link, with no text clipped and every chart, legend and axis label large enough to read from the back.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { linesOf } from './lines';

const TOTAL = 9;
const SHOTS = 'test-results/slides';

interface Room {
  width: number;
  height: number;
  lang: 'en' | 'ja';
  /** the smallest chart, legend or axis type allowed, in rendered px */
  minText: number;
  shots: boolean;
}

const ROOMS: Room[] = [
  { width: 1920, height: 1080, lang: 'en', minText: 20, shots: true },
  { width: 1280, height: 720, lang: 'en', minText: 13, shots: true },
  { width: 1024, height: 768, lang: 'en', minText: 13, shots: false },
  { width: 1280, height: 720, lang: 'ja', minText: 13, shots: true },
  { width: 1920, height: 1080, lang: 'ja', minText: 20, shots: false },
];

const counter = (page: Page) => page.locator('.briefing-counter');

/** The slide shows slide n with its sentences and its visual drawn (the chart's labels, or the map's shapes). */
// Just after a page load the slide waits for the dataset, which a loaded machine can take long to parse.
const LOADING = { timeout: 120_000 };

async function slideReady(page: Page, n: number, loading = false) {
  await expect(counter(page)).toHaveText(`${n} / ${TOTAL}`, loading ? LOADING : {});
  await expect(page.locator('.briefing-sentences li').first()).toBeVisible();
  await expect(
    page.locator('.slide-chart-plot svg text, .briefing-map .leaflet-overlay-pane path').first(),
  ).toBeAttached();
  // Laid out: the stage's boxes the same twice in a row (the map's camera and the chart's measure done).
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(() =>
        JSON.stringify(
          [...document.querySelectorAll('.briefing-visual, .briefing-visual svg, .leaflet-map-pane')].map((e) => [
            e.getBoundingClientRect().toJSON(),
            (e as HTMLElement).style?.transform ?? '',
          ]),
        ),
      );
      const same = now === last && !(await page.locator('.leaflet-zoom-anim').count());
      last = now;
      return same;
    })
    .toBe(true);
}

/** Every problem on the stage: text outside the window or cut by a box that clips, a box whose content
 * overflows it, and chart / legend / axis type under `minText` as rendered (font size × any scale). */
function problems(page: Page, minText: number) {
  return page.evaluate((min) => {
    const out: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    const root = document.querySelector('.briefing');
    if (!root) return ['no stage'];
    const stage = root.querySelector('.briefing-stage');
    if (stage && (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1))
      out.push(
        `stage overflows: ${stage.scrollWidth}×${stage.scrollHeight} in ${stage.clientWidth}×${stage.clientHeight}`,
      );
    const scale = (el: Element) => {
      let k = 1;
      for (let a: Element | null = el; a; a = a.parentElement) {
        const t = getComputedStyle(a).transform;
        if (t && t !== 'none') k *= new DOMMatrix(t).a;
      }
      return k;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const texts = [...root.querySelectorAll('*')].filter(
      (el) =>
        [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '') &&
        !el.closest('.leaflet-pane, .briefing-sr, .visually-hidden') &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    );
    for (const el of texts) {
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) out.push(`outside the window: ${name(el)}`);
      if (el instanceof HTMLElement && el.clientWidth > 0) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          out.push(
            `overflows its box: ${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
          );
      }
      // Cut by an ancestor that clips (overflow other than visible, or an svg).
      for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
        const s = getComputedStyle(a);
        const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible' || a.tagName.toLowerCase() === 'svg';
        if (!clips) continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1)
          out.push(`cut by ${a.tagName.toLowerCase()}.${[...a.classList].join('.')}: ${name(el)}`);
        break;
      }
      if (el.closest('.briefing-chart, .briefing-map .legend')) {
        const px = parseFloat(getComputedStyle(el).fontSize) * scale(el);
        if (px < min - 0.01) out.push(`type ${px.toFixed(1)} px < ${min}: ${name(el)}`);
      }
    }
    return out;
  }, minText);
}

/** The rendered size of the smallest chart / legend / axis label: for the report. */
const smallestText = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('.briefing-chart *, .briefing-map .legend *')]
        .filter((el) => el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '')
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    ),
  );

for (const room of ROOMS) {
  const label = `${room.width}×${room.height} ${room.lang}`;
  test.describe(`slides at ${label}`, () => {
    test.use({ viewport: { width: room.width, height: room.height } });

    test('stepped into with →: nothing clipped, chart type readable', async ({ page }) => {
      test.slow();
      if (room.shots) mkdirSync(SHOTS, { recursive: true });
      await page.goto(`./?slide=1&lang=${room.lang}`);
      const sizes: number[] = [];
      for (let n = 1; n <= TOTAL; n += 1) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await slideReady(page, n, n === 1);
        expect(await problems(page, room.minText), `slide ${n} at ${label}`).toEqual([]);
        sizes.push(await smallestText(page));
        if (room.shots) await page.screenshot({ path: `${SHOTS}/${room.width}x${room.height}-${room.lang}-${n}.png` });
      }
      test.info().annotations.push({ type: 'smallest chart text (px)', description: sizes.join(', ') });
    });

    test('opened by link: nothing clipped, chart type readable', async ({ page }) => {
      // Nine page loads, each waiting for the dataset: a guard against a hang, sized for a loaded machine.
      test.setTimeout(TOTAL * LOADING.timeout);
      for (let n = 1; n <= TOTAL; n += 1) {
        await page.goto(`./?slide=${n}&lang=${room.lang}`);
        await slideReady(page, n, true);
        expect(await problems(page, room.minText), `slide ${n} by link at ${label}`).toEqual([]);
      }
    });
  });
}

test('a Japanese slide keeps its figures and dates whole at 1280×720 (「2024年9月4日」, not 「9月／4日」)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?slide=5&lang=ja');
  await slideReady(page, 5, true);
  const sentences = page.locator('.briefing-sentences');
  await expect(sentences).toContainText('2024年9月4日');
  expect(await linesOf(sentences, ['2026年6月27日', '50社超', '2024年9月4日'])).toEqual([1, 1, 1]);
});

test('a key pressed as soon as the first slide shows is not lost', async ({ page }) => {
  await page.goto('./?slide=1');
  await expect(page.locator('#briefing-title')).toBeVisible(LOADING);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${TOTAL}`);
});

test.describe('what a slide chart says, read at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('figures marked as on the dashboard, with a legend of the marks', async ({ page }) => {
    await page.goto('./?slide=2');
    await slideReady(page, 2, true);
    const plot = page.locator('.slide-chart-plot svg');
    // FY budgets as filled downward triangles, the FY2024 press estimate as a hollow dashed triangle.
    expect(await plot.locator('[data-mark="down"]:not([data-open])').count()).toBeGreaterThanOrEqual(4);
    await expect(plot.locator('[data-mark="up"][data-open]').first()).toHaveAttribute('stroke-dasharray', /\d/);
    const marks = page.getByRole('list', { name: 'Marks:' });
    await expect(marks.locator('li[data-key="shifted"]')).toContainText('a fiscal year, at the year it starts');
    await expect(marks.locator('li[data-key="estimate"]')).toContainText('a press estimate');
    // Each kind of mark in the legend is drawn in the chart, and the legend is in the room's type.
    const size = await marks
      .locator('li[data-key="estimate"]')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
  });

  test('a target drawn as a target, the documented count as a lower bound (en, ja)', async ({ page }) => {
    await page.goto('./?slide=5');
    await slideReady(page, 5, true);
    const plot = page.locator('.slide-chart-plot svg');
    await expect(plot.getByText('target: 627 by 27 June 2026', { exact: true })).toBeVisible();
    await expect(plot.locator('[data-mark="diamond"]')).toHaveCount(1);
    // The 1,000 has no deadline: a dashed line across, said so, and no point drawn for it in 2024.
    await expect(plot.locator('.slide-chart-ref')).toHaveCount(1);
    await expect(plot.locator('.slide-chart-ref')).toContainText('target: 1,000 overall, no deadline');
    await expect(plot.getByText('lower bound: more than 50', { exact: true })).toBeVisible();
    // Nothing joins a target to the count: a line per figure with no segment ("L") in it.
    for (const d of await plot.locator('path.line').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
      expect(d).not.toContain('L');
    await page.goto('./?slide=5&lang=ja');
    await slideReady(page, 5, true);
    await expect(plot.getByText('目標：2026年6月27日までに627', { exact: true })).toBeVisible();
    await expect(plot.getByText('下限値：50超', { exact: true })).toBeVisible();
    expect(await problems(page, 20)).toEqual([]);
  });

  test("a country's slide with a series chart shows the country's own figures, named", async ({ page }) => {
    const story = { version: 1, slides: [{ topic: 'country', view: { country: 'ZWE', chart: 'contribution' } }] };
    const param = Buffer.from(JSON.stringify(story)).toString('base64url');
    await page.goto(`./?slide=1&story=${param}`);
    await expect(page.locator('#briefing-title')).toHaveText('Country spotlight: Zimbabwe', LOADING);
    await expect(page.locator('.slide-chart-title')).toHaveText('Zimbabwe: activities by year and programme');
    await expect(page.locator('.slide-chart')).not.toContainText("Japan's contribution");
    await expect(page.locator('.slide-chart-plot svg rect').first()).toBeAttached();
  });
});

test.describe('the footer for the room', () => {
  for (const room of [
    { width: 1920, height: 1080, lang: 'en', minFont: 18 },
    { width: 1280, height: 720, lang: 'en', minFont: 13 },
    { width: 1024, height: 768, lang: 'ja', minFont: 13 },
  ] as const) {
    test(`buttons sized for the room and the Sources opened by keyboard at ${room.width}×${room.height} ${room.lang}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: room.width, height: room.height });
      await page.goto(`./?slide=5&lang=${room.lang}`);
      await slideReady(page, 5, true);
      const buttons = page.locator('.briefing-buttons button');
      for (const box of await buttons.evaluateAll((bs) =>
        bs.map((b) => ({ ...b.getBoundingClientRect().toJSON(), font: parseFloat(getComputedStyle(b).fontSize) })),
      )) {
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.width).toBeGreaterThanOrEqual(24);
        // Scaled with the slide's text: at 1920×1080 well above the dashboard's 13 px.
        expect(box.font).toBeGreaterThanOrEqual(room.minFont);
      }
      // The Sources toggle, reached with Tab and pressed with Enter; closed by default.
      const name = room.lang === 'ja' ? '出典' : 'Sources';
      const toggle = page.getByRole('button', { name, exact: true });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.briefing-sources-panel')).toHaveCount(0);
      for (let i = 0; i < 30 && !(await toggle.evaluate((b) => b === document.activeElement)); i += 1)
        await page.keyboard.press('Tab');
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const panel = page.getByRole('region', { name });
      await expect(panel).toBeVisible();
      // Each sentence of the slide with the records and figures behind it, and their source links.
      await expect(panel.locator('ol > li')).toHaveCount(await page.locator('.briefing-sentences li').count());
      expect(await panel.locator('a[href^="http"]').count()).toBeGreaterThan(3);
      // Never the speaker notes.
      await expect(panel).not.toContainText(
        room.lang === 'ja' ? '目標に対する日付付きの累計支援数' : 'No dated cumulative count toward the target',
      );
      // Nothing clipped: the panel inside the window and the stage, scrolling inside itself if it must.
      const fit = await panel.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const stage = el.closest('.briefing-stage')!;
        return {
          inWindow: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
          stage: stage.scrollHeight <= stage.clientHeight + 1,
          wide: el.scrollWidth <= el.clientWidth + 1,
          scrolls: getComputedStyle(el).overflowY,
        };
      });
      expect(fit).toEqual({ inWindow: true, stage: true, wide: true, scrolls: 'auto' });
      await page.screenshot({ path: `${SHOTS}/sources-${room.width}x${room.height}-${room.lang}.png` });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.briefing-sources-panel')).toHaveCount(0);
      await expect(counter(page)).toHaveText(`5 / ${TOTAL}`);
    });
  }
});
