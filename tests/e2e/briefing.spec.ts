import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import JSZip from 'jszip';

const stage = (page: Page) =>
  page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('.briefing-counter') });
const counter = (page: Page) => page.locator('.briefing-counter');
const title = (page: Page) => page.locator('#briefing-title');

test.describe('briefing mode', () => {
  test('enter, move with arrows and clicker keys, jump with Home / End, leave with Escape', async ({ page }) => {
    await page.goto('./?measure=programmes');
    await page.getByRole('button', { name: 'Briefing mode' }).click();
    await expect(stage(page)).toBeVisible();
    await expect(counter(page)).toHaveText('1 / 9');
    await expect(title(page)).toHaveText("Japan's IP cooperation at a glance");
    // The sentences are computed from the data: the latest cumulative total with its qualifier.
    await expect(page.locator('.briefing-sentences li').first()).toContainText(
      /^Since 1987, Japan has contributed about ¥\d+ billion/,
    );
    await expect(page.locator('.briefing-sentences li')).toHaveCount(3);
    // The map is there, with its country shapes.
    expect(await stage(page).locator('path.leaflet-interactive').count()).toBeGreaterThan(200);

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('2 / 9');
    await expect(page).toHaveURL(/[?&]slide=2/);
    await expect(page).toHaveURL(/chart=contribution/);
    // The slide title is announced to screen readers.
    await expect(page.locator('.briefing-sr')).toHaveText('Slide 2 of 9: Contributions to the WIPO fund');

    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText('3 / 9');
    await expect(page).toHaveURL(/prog=expert-dispatch/);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText('2 / 9');
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText('9 / 9');
    await expect(title(page)).toHaveText('Country spotlight: Zimbabwe');
    await expect(page).toHaveURL(/country=ZWE/);
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1 / 9');

    await page.keyboard.press('Escape');
    await expect(stage(page)).toBeHidden();
    await expect(page).not.toHaveURL(/slide=/);
    // The view from before briefing mode is given back.
    await expect(page).toHaveURL(/measure=programmes/);
    await expect(page.getByRole('button', { name: 'Briefing mode' })).toBeFocused();
  });

  test('a link with ?slide=3 opens that slide; a number past the end shows the last', async ({ page }) => {
    await page.goto('./?slide=3');
    await expect(counter(page)).toHaveText('3 / 9');
    await expect(title(page)).toHaveText('Sending experts');
    await expect(page.locator('.briefing-sentences li').first()).toContainText(/experts/);
    await page.goto('./?slide=99');
    await expect(counter(page)).toHaveText('9 / 9');
    await expect(page).toHaveURL(/slide=9/);
  });

  test('the country spotlight shows that country close up, and its own most frequent work', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?slide=9');
    await expect(title(page)).toHaveText('Country spotlight: Zimbabwe');
    const map = stage(page).locator('.atlas-map');
    const zimbabwe = stage(page).getByRole('button', { name: 'Zimbabwe', exact: true });
    // Zoomed in: Zimbabwe spans a good part of the map, inside it (at world zoom it is ~20 px wide).
    await expect
      .poll(async () => ((await zimbabwe.boundingBox())?.width ?? 0) / ((await map.boundingBox())?.width ?? 1))
      .toBeGreaterThan(0.05);
    const z = await zimbabwe.boundingBox();
    const m = await map.boundingBox();
    expect(
      z && m && z.x >= m.x && z.x + z.width <= m.x + m.width && z.y >= m.y && z.y + z.height <= m.y + m.height,
    ).toBe(true);
    // The sentences count Zimbabwe's activities, so the most frequent kind has no more than that.
    const own = await page.locator('.briefing-sentences li').first().innerText();
    const top = await page.locator('.briefing-sentences li', { hasText: 'Most frequent' }).innerText();
    const total = [...own.matchAll(/(\d+) activit/g)].reduce((a, x) => a + Number(x[1]), 0);
    expect(Number(/\((\d+) activit/.exec(top)?.[1])).toBeLessThanOrEqual(total);
    // The first slide is about the world again.
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1 / 9');
    await expect
      .poll(
        async () =>
          ((await stage(page).getByRole('button', { name: 'Zimbabwe', exact: true }).boundingBox())?.width ?? 99) /
          ((await map.boundingBox())?.width ?? 1),
      )
      .toBeLessThan(0.03);
  });

  test('a slide shows one visual: its own chart, or the map fitted to its subject', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?slide=3');
    await expect(counter(page)).toHaveText('3 / 9');
    // The experts slide: the chart of experts sent, with its years and unit, and no map.
    const chart = stage(page).getByRole('img', { name: /experts/i });
    await expect(chart).toBeVisible();
    await expect(chart.locator('text', { hasText: /^20\d\d$/ }).first()).toBeVisible();
    await expect(stage(page).locator('.atlas-map')).toHaveCount(0);
    // The chart fills the room the slide gives it.
    const [box, plot] = [await page.locator('.briefing-visual').boundingBox(), await chart.boundingBox()];
    expect(box && plot && plot.height / box.height).toBeGreaterThan(0.6);
    // The overview: the map of the world, no chart.
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1 / 9');
    await expect(stage(page).locator('.atlas-map')).toBeVisible();
    await expect(stage(page).locator('.slide-chart')).toHaveCount(0);
  });

  // Two (or three) whole copies of the app with their maps: slower than the other tests on a loaded machine.
  const openPresenter = async (context: BrowserContext, how: () => Promise<unknown>) => {
    const [presenter] = await Promise.all([context.waitForEvent('page'), how()]);
    await expect(presenter).toHaveURL(/[?&]presenter=1/);
    return presenter;
  };

  test('the presenter window has the notes, the next slide and a clock; the room sees no notes', async ({
    page,
    context,
  }) => {
    test.slow();
    await page.goto('./?slide=2');
    await expect(counter(page)).toHaveText('2 / 9');
    // The room sees no notes, not even by N: N opens the presenter window.
    const spoken = /Yen figures are JPO budget lines/;
    await expect(page.getByText(spoken)).toHaveCount(0);
    const presenter = await openPresenter(context, () => page.keyboard.press('n'));
    await expect(page.getByText(spoken)).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: 'Presenter notes' })).toHaveCount(0);
    await expect(presenter.getByRole('dialog', { name: 'Presenter view' })).toBeVisible();
    await expect(counter(presenter)).toHaveText('2 / 9');
    await expect(title(presenter)).toHaveText('Contributions to the WIPO fund');
    const notes = presenter.getByRole('complementary', { name: 'Presenter notes' });
    await expect(notes).toContainText(spoken);
    await expect(notes).toContainText('Sources disagree');
    const next = presenter.getByRole('region', { name: 'Coming next' });
    await expect(next).toContainText('Sending experts');
    await expect(next).toContainText(/JPO has sent .*\d+ experts/);
    const preview = await next.innerText();
    const clock = presenter.getByRole('timer');
    await expect(clock).toHaveText(/^\d\d:\d\d$/);
    await expect(clock).not.toHaveText('00:00');

    // Clicking the preview shows that slide in both windows, with the sentences the preview gave.
    await next.getByRole('button').click();
    await expect(counter(page)).toHaveText('3 / 9');
    await expect(page.locator('.briefing-sentences li')).toHaveCount(3);
    for (const li of await page.locator('.briefing-sentences li').allInnerTexts()) expect(preview).toContain(li);
  });

  test('keys, clicker and clicks in either window move both; closing one leaves the other working', async ({
    page,
    context,
  }) => {
    test.slow();
    await page.goto('./?slide=2');
    await expect(counter(page)).toHaveText('2 / 9');
    const presenter = await openPresenter(context, () =>
      page.getByRole('button', { name: 'Presenter window' }).click(),
    );
    await expect(counter(presenter)).toHaveText('2 / 9');
    const both = async (n: number) => {
      await expect(counter(presenter)).toHaveText(`${n} / 9`);
      await expect(counter(page)).toHaveText(`${n} / 9`);
    };
    // A clicker on the laptop (Page Down / Page Up), arrows in the room's window, clicks in either.
    await presenter.keyboard.press('PageDown');
    await both(3);
    await expect(page).toHaveURL(/prog=expert-dispatch/);
    await page.keyboard.press('ArrowLeft');
    await both(2);
    await presenter.keyboard.press('PageUp');
    await both(1);
    await presenter.getByRole('button', { name: 'Next slide' }).click();
    await both(2);
    await page.getByRole('button', { name: 'Next slide' }).click();
    await both(3);
    await presenter.keyboard.press('End');
    await both(9);
    await expect(presenter.getByRole('region', { name: 'Coming next' })).toContainText('This is the last slide.');

    // Closing the presenter window leaves the room's window working, and a new one joins it.
    await presenter.close();
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1 / 9');
    const again = await openPresenter(context, () => page.getByRole('button', { name: 'Presenter window' }).click());
    await expect(counter(again)).toHaveText('1 / 9');
    // Closing the room's window leaves the presenter's working.
    await page.close();
    await again.keyboard.press('ArrowRight');
    await expect(counter(again)).toHaveText('2 / 9');
    await expect(again).toHaveURL(/chart=contribution/);
  });

  test('Download as PowerPoint: a slide per slide, native charts, each map as a sharp picture', async ({ page }) => {
    test.slow(); // the map of each map slide is drawn and turned into a picture
    await page.goto('./?slide=2');
    await expect(counter(page)).toHaveText('2 / 9');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^atlas-briefing-en-\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path()) ?? ''));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(9);
    // Slides 2–6 and 8 choose a chart; 1, 7 and 9 show the map.
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(6);
    const pictures = names.filter((n) => /^ppt\/media\/.*\.png$/.test(n));
    expect(pictures).toHaveLength(3);
    for (const p of pictures) {
      const png = Buffer.from((await zip.file(p)?.async('uint8array')) ?? []);
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);
      expect(png.length).toBeGreaterThan(30_000); // a drawn map, not a blank canvas
    }
    const spotlight = (await zip.file('ppt/slides/slide9.xml')?.async('string')) ?? '';
    expect(spotlight).toContain('Country spotlight: Zimbabwe');
    expect(spotlight).toContain('descr="Map: Country spotlight: Zimbabwe"');
    // The room's window is back where it was.
    await expect(page.getByRole('status').filter({ hasText: /\.pptx saved/ })).toBeVisible();
    await expect(counter(page)).toHaveText('2 / 9');
    await expect(page).toHaveURL(/chart=contribution/);
  });

  test('Japanese slides have their own words and numbers', async ({ page }) => {
    await page.goto('./?lang=ja&slide=1');
    await expect(title(page)).toHaveText('日本の知的財産協力の全体像');
    await expect(page.locator('.briefing-sentences li').first()).toContainText(
      /^1987年以来、日本は基金に約\d+億円を拠出してきました/,
    );
  });
});

test.describe('exports', () => {
  test('the map as a 1920×1080 PNG', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Map as PNG (1920×1080)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^atlas-map-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync((await download.path()) ?? '');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The first chunk is IHDR: width and height, big-endian, right after the chunk type.
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    expect(png.length).toBeGreaterThan(30_000); // a picture, not a blank canvas
  });

  test('the map as SVG with title, legend and source line, and the activities as CSV', async ({ page }) => {
    await page.goto('./?type=tisc');
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
    await page.getByText('Export', { exact: true }).click();
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Map as SVG' }).click(),
    ]);
    const svg = readFileSync((await svgFile.path()) ?? '', 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('Map of supported countries');
    expect(svg).toContain('No activity');
    expect(svg).toContain('Source: IP Cooperation Atlas');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(200);

    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Activities as CSV/ }).click(),
    ]);
    const csv = readFileSync((await csvFile.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,date,title,programme,type,partner,countries,organisations,place,summary,sources');
    expect(lines.filter(Boolean).length).toBeGreaterThan(2);
    expect(csv).toContain('https://');
  });

  test('a chart keeps its axis label and is laid out to fill the slide', async ({ page }) => {
    await page.goto('./?chart=contribution');
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('.timeline-region .recharts-surface').first()).toBeVisible();
    await page.getByText('Export', { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /— Yearly, in yen \(budget\) as SVG$/ }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^atlas-yearly-in-yen-budget-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync((await file.path()) ?? '', 'utf8');
    expect(svg).toContain('>Yearly, in yen (budget)</text>');
    expect(svg).toContain('>Billion yen</text>');
    // The legend names the series and the marks, as on screen.
    expect(svg).toContain('Japan&#39;s yearly contribution (yen)');
    expect(svg).toContain('hollow: approximate');
    // Under it, the publishers of the sources behind its figures.
    expect(svg).toMatch(/>Sources: [^<]+<\/text>/);
    // The chart was laid out for the slide: it spans the width between the margins, not a band of it.
    const picture = /<svg x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    expect(Number(picture?.[1])).toBe(60);
    expect(Number(picture?.[2])).toBe(1800);
    expect(Number(picture?.[3])).toBeGreaterThan(500);
    // Nothing of the copy made for the export is left on the page.
    await expect(page.locator('.export-copy')).toHaveCount(0);
  });

  test('a printed page says which view it shows and where it came from', async ({ page }) => {
    await page.goto('./?prog=expert-dispatch&country=ZWE');
    await expect(page.getByRole('region', { name: /Zimbabwe/ })).toBeVisible();
    await expect(page.getByText('Export', { exact: true })).toBeVisible();
    // What a browser does before it lays out a page for printing.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const line = page.locator('.print-view');
    await expect(line).toBeVisible();
    await expect(line).toHaveText(/^Expert dispatch · Zimbabwe — http:\/\/127\.0\.0\.1:\d+\/\?.*prog=expert-dispatch/);
    // The map is scaled to fit the page from its size on screen.
    expect(
      Number(await page.locator('.atlas-map').evaluate((el) => el.style.getPropertyValue('--print-zoom'))),
    ).toBeGreaterThan(0);
  });
});

test.describe('custom stories', () => {
  test('a bad story file is refused with the field named', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Stories…' }).click();
    const editor = page.getByRole('dialog', { name: 'Briefing stories' });
    const bad = { version: 1, slides: [{ topic: 'custom', view: { country: 'Zimbabwe' } }] };
    await editor.getByLabel('Import story (JSON)').setInputFiles({
      name: 'bad-story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = editor.getByRole('alert');
    await expect(alert).toContainText('The story file could not be imported');
    await expect(alert).toContainText('bad-story.json › slides[0] › view.country: expected an ISO 3166-1 alpha-3 code');
    await expect(editor.locator('.story-slide')).toHaveCount(9); // the story is unchanged
  });

  test('add the current view, reorder, keep it over a reload, share it in a link', async ({ page, browser }) => {
    await page.goto('./?type=tisc&from=2020&to=2024');
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Stories…' }).click();
    let editor = page.getByRole('dialog', { name: 'Briefing stories' });
    await editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
    await expect(editor.locator('.story-slide')).toHaveCount(10);
    const custom = /Technology and Innovation Support Centers \(TISC\) · 2020–2024/;
    await expect(editor.locator('.story-slide').last()).toContainText(custom);
    await editor.getByRole('button', { name: /^Move up: Technology .* 2020–2024$/ }).click();
    await expect(editor.locator('.story-slide').nth(8)).toContainText(custom);
    await editor.getByRole('button', { name: 'Remove: Country spotlight: Zimbabwe' }).click();
    await expect(editor.locator('.story-slide')).toHaveCount(9);

    await page.reload();
    await page.getByRole('button', { name: 'Stories…' }).click();
    editor = page.getByRole('dialog', { name: 'Briefing stories' });
    await expect(editor).toContainText('9 slides, kept in this browser');
    await expect(editor.getByRole('heading', { level: 3, name: 'Built-in story (copy)' })).toBeVisible();
    await editor.getByRole('button', { name: 'Copy a link to this story' }).click();
    const link = new URL(await editor.getByLabel('Link to this story').inputValue());
    expect(link.searchParams.get('story')).toMatch(/^[A-Za-z0-9_-]+$/);
    link.searchParams.set('slide', '9');

    // Another browser (no saved story) opens the link on the custom slide.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link.href);
    await expect(other.locator('.briefing-counter')).toHaveText('9 / 9');
    await expect(other.locator('#briefing-title')).toHaveText(custom);
    await expect(other).toHaveURL(/from=2020&to=2024&type=tisc/);
    await fresh.close();
  });
});
