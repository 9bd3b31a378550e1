import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { HOSTILE_TEXT_FIELDS } from '../fixtures/hostileFields';

// An attacker with write access to one data file, and a host that serves no Content-Security-Policy:
// every text field of every data file carries markup that would make an element (marked with MARK) and
// run a handler (setting window.atlasPwned to the field it came from) if any code took it for HTML. The
// walk covers the views, the tooltips and popups, every chart and its table, briefing mode with a story
// from a file, the exports read back, and print. Nothing may be made from the data, nothing may run.
test.use({ bypassCSP: true, actionTimeout: 30_000 });

const MARK = 'data-hostile';
const payload = (where: string) =>
  `<img src=x ${MARK} onerror="window.atlasPwned='${where}'"><svg ${MARK} onload="window.atlasPwned='${where}'"></svg>`;
/** How the payload reads when it is shown as text. */
const SHOWN = `<img src=x ${MARK}`;

// Every field a person reads (HOSTILE_TEXT_FIELDS) carries the payload; ids, codes, dates and numbers stay valid.
function poison(value: unknown, file: string, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, file, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'geometry' ? v : poison(v, file, HOSTILE_TEXT_FIELDS.has(k) ? k : `${key}.${k}`),
      ]),
    );
  if (typeof value !== 'string') return value;
  if (HOSTILE_TEXT_FIELDS.has(key)) return `${value}${payload(`${file}:${key}`)}`;
  // Still an http(s) address (the data boundary refuses any other), with the markup in its fragment.
  if (key.endsWith('.url')) return `${value}#"><img src=x ${MARK} onerror="window.atlasPwned='${file}:url'">`;
  return value;
}

const DATA =
  /\/assets\/(activities|sources|programmes|groups|places|series|conflicts|countries|treaties)-[\w-]+\.(?:geo\.)?json$/;

/** The data files, poisoned once, from data/ (what the build serves, byte for byte). */
const hostile = new Map<string, unknown>();
function hostileFile(file: string): unknown {
  let json = hostile.get(file);
  if (!json) {
    const name = file === 'countries' ? 'countries.geojson' : `${file}.json`;
    json = poison(JSON.parse(readFileSync(`data/${name}`, 'utf8')), file);
    // A title that a spreadsheet would run as a formula (a TISC meeting's, exported below: one the counts
    // include, as the CSV lists the activities the filters pick): the CSV must neutralise it.
    const first = (
      json as { activities?: { type: string; funding: string; title: { en: string } }[] }
    ).activities?.find((a) => a.type === 'tisc' && a.funding !== 'context');
    if (first) first.title.en = `=HYPERLINK("https://example.org","x")${first.title.en}`;
    hostile.set(file, json);
  }
  return json;
}

// On the context, so that a window the page opens (the presenter window) gets the same data and watch.
async function serveHostileData(page: Page) {
  await page
    .context()
    .route(DATA, (route) => route.fulfill({ json: hostileFile(DATA.exec(route.request().url())?.[1] ?? '') }));
  // Records any element carrying the mark the moment it enters the page, even if it leaves again.
  await page.context().addInitScript((mark) => {
    const w = window as unknown as { atlasMade: string[] };
    w.atlasMade = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && (n.hasAttribute(mark) || n.querySelector(`[${mark}]`)))
            w.atlasMade.push(n.tagName);
    }).observe(document, { childList: true, subtree: true });
  }, MARK);
}

/** Nothing was made from the data and nothing ran, up to now. */
async function expectInert(page: Page, step: string) {
  const state = await page.evaluate(
    (mark) => ({
      pwned: (window as unknown as { atlasPwned?: string }).atlasPwned ?? null,
      made: (window as unknown as { atlasMade: string[] }).atlasMade,
      marked: document.querySelectorAll(`[${mark}]`).length,
    }),
    MARK,
  );
  expect(state, step).toEqual({ pwned: null, made: [], marked: 0 });
}

/** A downloaded SVG, parsed (inertly, by DOMParser): well formed, nothing marked, no script, no handler. */
async function expectInertSvg(page: Page, file: Download) {
  const text = readFileSync((await file.path()) ?? '', 'utf8');
  const found = await page.evaluate(
    ({ svg, mark }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const all = [...doc.getElementsByTagName('*')];
      return {
        broken: doc.getElementsByTagName('parsererror').length,
        marked: doc.querySelectorAll(`[${mark}]`).length,
        foreign: all.filter((e) => ['script', 'img', 'foreignObject', 'iframe'].includes(e.localName)).length,
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      };
    },
    { svg: text, mark: MARK },
  );
  expect(found, file.suggestedFilename()).toEqual({ broken: 0, marked: 0, foreign: 0, handlers: [] });
  return text;
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

async function openDashboard(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('.headline-value').first()).toHaveText(/^\d/);
  await expect.poll(() => page.locator('path.leaflet-interactive').count()).toBeGreaterThan(200);
}

/** The charts mount once their place comes into view (the long hostile names make the filters column,
 * not the charts, the bottom of the page). */
const scrollToCharts = (page: Page) => page.locator('.when-visible').scrollIntoViewIfNeeded();

// One browser context, one walk. Sized for a slow, shared machine; it usually takes about a minute.
test('hostile text in every data file is shown as text everywhere, with the CSP switched off', async ({ page }) => {
  test.setTimeout(300_000);
  await serveHostileData(page);

  await test.step('the landing view; a small state and a large country hovered', async () => {
    await openDashboard(page, '');
    // The data did arrive hostile (programme names in the filters), and shows as text.
    await expect(page.locator('.sidebar')).toContainText(SHOWN);
    // Eswatini is drawn as a small-state dot over its shape (the dot is the one in the tab order); the
    // city markers are hidden meanwhile, Maseru's lying over it.
    const cities = page.getByRole('checkbox', { name: 'Cities with activities' });
    await cities.uncheck();
    const dot = page.locator('path.leaflet-interactive[tabindex="0"][aria-label^="Eswatini"]');
    await dot.hover();
    const tip = page.locator('.leaflet-tooltip', { hasText: 'Eswatini' });
    await expect(tip).toBeVisible();
    await expectInert(page, 'small-state tooltip');
    await expect(tip).toContainText(`Eswatini${SHOWN}`);
    await page.locator('path.leaflet-interactive[aria-label^="Brazil"]').hover();
    await expect(page.locator('.leaflet-tooltip', { hasText: 'Brazil' })).toContainText(`Brazil${SHOWN}`);
    await cities.check();
    await expectInert(page, 'landing view');
  });

  await test.step("a country's panel, a city's popup, a regional body's panel", async () => {
    // From the keyboard: Harare's marker lies over Zimbabwe's shape.
    await page.locator('path.leaflet-interactive[aria-label^="Zimbabwe"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /^Country panel: Zimbabwe/ });
    await expect(panel).toContainText(SHOWN);
    // Source links stay web links; what they support is a title attribute, as text.
    const links = panel.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(href).toMatch(/^https?:\/\//);
    await panel.getByRole('button', { name: 'Close' }).first().click();
    await page.locator('.event-marker:visible').first().click();
    await expect(page.locator('.leaflet-popup-content')).toContainText(SHOWN);
    await openDashboard(page, '?group=ARIPO');
    await expect(page.locator('.body-panel')).toContainText(SHOWN);
    await expectInert(page, 'panels and popups');
  });

  await test.step('every chart, drawn and as a table, with its sources and disagreements', async () => {
    await openDashboard(page, '');
    await scrollToCharts(page);
    const tabs = page.locator('.timeline-region [role="tab"]');
    await expect(tabs).toHaveCount(7);
    for (let i = 0; i < 7; i += 1) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      const figure = page.locator('.timeline-region figure.chart-figure').first();
      await expect(figure.locator('svg').first()).toBeVisible();
      // A tooltip over the first drawing (series and activity names, notes).
      await figure.locator('svg.recharts-surface, svg.chart-surface').first().hover();
      await figure.getByRole('button', { name: 'Show as table' }).click();
      await expect(figure.locator('table').first()).toBeVisible();
      for (const summary of await figure.locator('summary').all()) await summary.click();
      await expect(figure.locator('.chart-sources li').first()).toContainText(SHOWN);
      await expectInert(page, `chart tab ${i + 1}`);
      await figure.getByRole('button', { name: 'Show as table' }).click();
    }
  });

  await test.step('briefing mode, and a story imported from a file', async () => {
    await page.goto('./?slide=1');
    const counter = page.locator('.briefing-counter');
    await expect(counter).toHaveText('1 / 9');
    // N opens the presenter window, which follows the slides.
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('n')]);
    for (let n = 2; n <= 9; n += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`${n} / 9`);
    }
    await expect(page.locator('.briefing-sentences')).toContainText(SHOWN);
    await expectInert(page, 'briefing slides');
    await expect(presenter.locator('.briefing-counter')).toHaveText('9 / 9');
    await expectInert(presenter, 'presenter window');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stories…' }).click();
    const story = {
      version: 1,
      title: `Story${payload('story:title')}`,
      slides: [
        {
          topic: 'custom',
          view: { country: 'ZWE' },
          title: `Slide${payload('story:slide')}`,
          notes: payload('story:notes'),
        },
      ],
    };
    const editor = page.getByRole('dialog', { name: 'Briefing stories' });
    await editor.getByLabel('Import story (JSON)').setInputFiles({
      name: 'hostile-story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(story)),
    });
    // The imported story's name (its hostile title) is listed beside the others, as text.
    await expect(editor.getByRole('status').first()).toContainText('as a new story');
    await expectInert(page, 'story library');
    await editor.getByRole('button', { name: 'Present this story' }).click();
    await editor.getByRole('button', { name: 'Close' }).click();
    await page.goto('./?slide=1');
    await expect(page.locator('#briefing-title')).toContainText(`Slide${SHOWN}`);
    // The notes are in the presenter window, which N opens again on this story.
    await page.keyboard.press('n');
    await expect(presenter.getByRole('complementary', { name: 'Presenter notes' })).toContainText(SHOWN);
    await expectInert(presenter, 'presenter window, custom story');
    await presenter.close();
    await expectInert(page, 'custom story');
    await page.keyboard.press('Escape');
  });

  await test.step('the exports, read back: map and chart as SVG and PNG, the activities as CSV', async () => {
    await openDashboard(page, '?type=tisc&chart=tisc');
    await scrollToCharts(page);
    await expect(page.locator('.timeline-region .tisc-event').first()).toBeVisible();
    await page.getByText('Export', { exact: true }).click();
    const map = await expectInertSvg(page, await download(page, page.getByRole('button', { name: 'Map as SVG' })));
    // The view in words (the type's name) is in the file, as text.
    expect(map.includes('&lt;img src=x'), 'the hostile text is in the map file, escaped').toBe(true);
    // The TISC events: region names are the chart's lane labels and its legend.
    const events = page.getByRole('button', { name: /TISC meetings and training seminars, by region.* as SVG$/ });
    const chart = await expectInertSvg(page, await download(page, events));
    expect(chart.includes('(OAPI)&lt;img'), 'the hostile text is in the chart file, escaped').toBe(true);
    const png = await download(page, page.getByRole('button', { name: /TISC meetings.* as PNG$/ }));
    expect(
      readFileSync((await png.path()) ?? '')
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
    const csv = readFileSync(
      (await (await download(page, page.getByRole('button', { name: /^Activities as CSV/ }))).path()) ?? '',
      'utf8',
    );
    expect(csv).toContain(SHOWN);
    // A title starting with "=" is neutralised for spreadsheets.
    expect(csv).toContain(`'=HYPERLINK(""https://example.org"",""x"")`);
    await expectInert(page, 'exports');
  });

  await test.step('print', async () => {
    await openDashboard(page, '?country=ZWE&type=tisc');
    await expect(page.getByRole('region', { name: /^Country panel: Zimbabwe/ })).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-view')).toContainText(SHOWN);
    expect((await page.pdf({ format: 'A4', landscape: true })).subarray(0, 4).toString('ascii')).toBe('%PDF');
    await expectInert(page, 'print');
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('in Japanese: country names from the geometry, a panel, a tooltip', async () => {
    await openDashboard(page, '?lang=ja');
    await page.getByRole('checkbox', { name: '活動のある都市' }).uncheck();
    await page.locator('path.leaflet-interactive[tabindex="0"][aria-label^="エスワティニ"]').hover();
    await expect(page.locator('.leaflet-tooltip', { hasText: 'エスワティニ' })).toContainText(`エスワティニ${SHOWN}`);
    await page.locator('path.leaflet-interactive[aria-label^="ジンバブエ"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /^国別パネル：ジンバブエ/ });
    await expect(panel).toContainText(SHOWN);
    // A source's official Japanese publisher name (publisher_ja), shown in place of the English one.
    await expect(panel).toContainText(`特許庁${SHOWN}`);
    await expectInert(page, 'Japanese');
  });
});
