// One broken data file breaks the regions that read it and no other (issue #24). Each file is served
// missing, as broken JSON and as valid alone but inconsistent with the others; the regions that need it
// show an alert naming file, record and field, the others keep working, and the map's shapes stay.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// A route handler still at work when a test ends would find its response disposed and fail the test
// (routed, the preloaded geometry is requested a second time by the app): let it finish first.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'wait' }));

type Region = 'core' | 'panel' | 'charts';
type Json = Record<string, unknown[]>;

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Json;
type Activity = { id: string; programme: string; region?: string; place?: string };
const activities = read('activities.json').activities as Activity[];
const withRegion = activities.findIndex((a) => a.region);
const withPlace = activities.findIndex((a) => a.place);
const sourceId = (read('sources.json').sources![0] as { id: string }).id;

/** What each region reads (the list): filters and headline, the country panel, the charts. */
const NEEDS: Record<Region, string[]> = {
  core: ['activities.json', 'programmes.json', 'groups.json'],
  panel: ['activities.json', 'programmes.json', 'groups.json', 'places.json', 'sources.json'],
  charts: ['activities.json', 'programmes.json', 'groups.json', 'sources.json', 'series.json', 'conflicts.json'],
};

const at = (file: string, key: string, i: number) => {
  const id = (read(file)[key]![i] as { id: string }).id;
  return `${file} › ${key}[${i}] (id "${id}")`;
};

/** For each file, an edit that its schema accepts but another file contradicts, and the line it gives. */
const INCONSISTENT: Record<string, { edit: (j: Json) => void; says: string }> = {
  'activities.json': {
    edit: (j) => Object.assign(j.activities![0]!, { programme: 'no-such-programme' }),
    says: `${at('activities.json', 'activities', 0)} › programme: no programme "no-such-programme" in programmes.json`,
  },
  'programmes.json': {
    edit: (j) => (j.programmes = j.programmes!.filter((p) => (p as Activity).id !== activities[0]!.programme)),
    says: `${at('activities.json', 'activities', 0)} › programme: no programme "${activities[0]!.programme}"`,
  },
  'groups.json': {
    edit: (j) => (j.groups = j.groups!.filter((g) => (g as Activity).id !== activities[withRegion]!.region)),
    says: `${at('activities.json', 'activities', withRegion)} › region: no group "${activities[withRegion]!.region}"`,
  },
  'places.json': {
    edit: (j) => (j.places = j.places!.filter((p) => (p as Activity).id !== activities[withPlace]!.place)),
    says: `${at('activities.json', 'activities', withPlace)} › place: no place "${activities[withPlace]!.place}"`,
  },
  'sources.json': {
    edit: (j) => j.sources!.shift(),
    says: `no source "${sourceId}" in sources.json`,
  },
  'series.json': {
    edit: (j) => ((j.series![0] as { points: { sources: { id: string }[] }[] }).points[0]!.sources[0]!.id = 'nowhere'),
    says: `${at('series.json', 'series', 0)} › points[0] › sources[0].id: no source "nowhere" in sources.json`,
  },
  'conflicts.json': {
    edit: (j) =>
      ((j.conflicts![0] as { claims: { sources: { id: string }[] }[] }).claims[0]!.sources[0]!.id = 'nowhere'),
    says: `${at('conflicts.json', 'conflicts', 0)} › claims[0] › sources[0].id: no source "nowhere" in sources.json`,
  },
};

type Fault = 'missing' | 'broken JSON' | 'inconsistent';

const urlOf = (file: string) => new RegExp(`/${file.replace('.json', '')}[^/]*\\.json$`);

async function serveFault(page: Page, file: string, fault: Fault) {
  await page.route(urlOf(file), async (route) => {
    if (fault === 'missing') return route.fulfill({ status: 404, body: 'not found' });
    if (fault === 'broken JSON') return route.fulfill({ contentType: 'application/json', body: '{"x": [' });
    const res = await route.fetch();
    const json = (await res.json()) as Json;
    INCONSISTENT[file]!.edit(json);
    return route.fulfill({ response: res, json });
  });
}

const says = (file: string, fault: Fault) =>
  fault === 'missing'
    ? `${file} could not be loaded: the server answered 404`
    : fault === 'broken JSON'
      ? `${file}: not valid JSON`
      : INCONSISTENT[file]!.says;

/** Scrolls to the charts until they show (they mount when scrolled into view, and the page grows as
 * the data comes in). */
async function showCharts(page: Page) {
  const tabs = page.getByRole('tablist');
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(tabs).toBeVisible({ timeout: 2000 });
  }).toPass();
}

/** Opens Zimbabwe's panel the way a delegate does: a click on its shape. */
async function openZimbabwe(page: Page) {
  const shape = page.getByRole('button', { name: 'Zimbabwe', exact: true });
  await expect(shape).toBeVisible();
  // City markers may cover small shapes; they are drawn only once the places are in.
  const cities = page.getByRole('checkbox', { name: 'Cities with activities' });
  await expect(cities).toBeVisible();
  if (await cities.isChecked()) await cities.uncheck();
  await shape.click();
  return page.getByRole('region', { name: 'Country panel: Zimbabwe' });
}

for (const fault of ['missing', 'broken JSON', 'inconsistent'] as const) {
  for (const file of Object.keys(INCONSISTENT)) {
    const needs = (r: Region) => NEEDS[r].includes(file);
    test(`${file} ${fault}: only the regions that read it fail, naming it`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await serveFault(page, file, fault);
      await page.goto('./');
      const message = says(file, fault);

      // Filters and headline.
      if (needs('core')) {
        await expect(page.locator('.content').getByRole('alert').first()).toContainText(message);
        await expect(page.getByRole('heading', { name: 'Filters' })).toHaveCount(0);
      } else {
        await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
        await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
      }

      // The country panel: the shapes stay clickable whatever failed.
      const panel = await openZimbabwe(page);
      await expect(panel).toBeVisible();
      if (needs('panel')) {
        await expect(panel.getByRole('alert')).toContainText(message);
      } else {
        await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
        await expect(panel.getByRole('alert')).toHaveCount(0);
      }
      await panel.getByRole('button', { name: 'Close' }).click();

      // The charts, below the map: they need the core's view, so they wait for it.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const chartsAlert = page.getByRole('alert').filter({ hasText: 'failed: Timelines' });
      if (needs('core')) {
        await expect(page.locator('.timeline-region')).toHaveCount(0);
      } else if (needs('charts')) {
        await expect(chartsAlert).toContainText(message);
      } else {
        await showCharts(page);
        await expect(chartsAlert).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });
  }
}

test('Try again after a cross-file fault is mended on the server recovers the panel without a reload', async ({
  page,
}) => {
  let mended = false;
  await page.route(urlOf('sources.json'), async (route) => {
    if (mended) return route.continue();
    const res = await route.fetch();
    const json = (await res.json()) as Json;
    json.sources!.shift();
    return route.fulfill({ response: res, json });
  });
  await page.goto('./');
  // Marks the page: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const panel = await openZimbabwe(page);
  await expect(panel.getByRole('alert')).toContainText(`no source "${sourceId}" in sources.json`);

  mended = true;
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  // The charts, which read the same file, recovered with it.
  await showCharts(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('briefing mode names a file its slides need that failed, and leads back to the dashboard', async ({ page }) => {
  await serveFault(page, 'series.json', 'missing');
  await page.goto('./?slide=1');
  const alert = page.getByRole('region', { name: 'Briefing mode' }).getByRole('alert');
  await expect(alert).toContainText('series.json could not be loaded: the server answered 404');
  await page.getByRole('button', { name: 'Leave (Esc)' }).click();
  await expect(page).not.toHaveURL(/slide=/);
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
});

test('the regions share each file: every data file is fetched once', async ({ page }) => {
  const asked = new Map<string, number>();
  page.on('request', (r) => {
    const file = /\/([a-z]+)-[^/]*\.(json|geo\.?json)$/.exec(new URL(r.url()).pathname)?.[1];
    if (file) asked.set(file, (asked.get(file) ?? 0) + 1);
  });
  await page.goto('./');
  await showCharts(page);
  await expect(page.getByRole('button', { name: 'Briefing mode' })).toBeEnabled();
  expect(Object.fromEntries(asked)).toEqual({
    countries: 1,
    activities: 1,
    programmes: 1,
    groups: 1,
    places: 1,
    sources: 1,
    series: 1,
    conflicts: 1,
  });
});

test('a regional body’s panel names the file it could not use, where the panel would be', async ({ page }) => {
  await serveFault(page, 'places.json', 'missing');
  await page.goto('./?group=ARIPO');
  const panel = page.getByRole('region', { name: 'Regional body: ARIPO' });
  await expect(panel.getByRole('alert')).toContainText('places.json could not be loaded: the server answered 404');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/group=/);
});

// treaties.json is read by the treaty views only (the map's treaty measures, the panel's treaties, the
// timeline's treaty chart), when one is shown: a fault in it shows in each of them and nowhere else.
const treatyEntry0 = (read('treaties.json').entries![0] as { id: string }).id;
const TREATY_FAULTS = {
  missing: 'treaties.json could not be loaded: the server answered 404',
  'broken JSON': 'treaties.json: not valid JSON',
  'a bad record': `treaties.json › entries[0] (id "${treatyEntry0}") › inForce`,
} as const;

async function serveTreatyFault(page: Page, fault: keyof typeof TREATY_FAULTS, mended: () => boolean) {
  await page.route(urlOf('treaties.json'), async (route) => {
    if (mended()) return route.continue();
    if (fault === 'missing') return route.fulfill({ status: 404, body: 'not found' });
    if (fault === 'broken JSON') return route.fulfill({ contentType: 'application/json', body: '{"x": [' });
    const res = await route.fetch();
    const json = (await res.json()) as Json;
    (json.entries![0] as { inForce?: string }).inForce = 'soon';
    return route.fulfill({ response: res, json });
  });
}

for (const fault of Object.keys(TREATY_FAULTS) as (keyof typeof TREATY_FAULTS)[]) {
  test(`treaties.json ${fault}: the treaty views name it, the rest work, and Try again recovers them`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let mended = false;
    await serveTreatyFault(page, fault, () => mended);
    await page.goto('./?measure=treaty-madrid&chart=treaties');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const message = TREATY_FAULTS[fault];
    // The map's key, where the treaty's classes would be.
    const key = page.locator('.treaty-legend').getByRole('alert');
    await expect(key).toContainText(message);
    await expect(key).toContainText('This part of the dashboard failed: WIPO treaties.');
    await page.locator('.map-frame').screenshot({ path: `test-results/treaty-key-${fault.replace(/ /g, '-')}.png` });
    // Without the records the map says nothing of membership: every country the one "no record" grey,
    // not the activities' colours under the treaty's key.
    const fills = () =>
      page.locator('path.country-shape').evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute('fill'))).size);
    await expect(page.locator('path.country-shape')).toHaveCount(235);
    expect(await fills()).toBe(1);
    // The rest of the dashboard works.
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
    // The panel's treaties, and the timeline's treaty chart.
    const panel = await openZimbabwe(page);
    const section = panel.getByRole('region', { name: 'WIPO treaties' });
    await expect(section.getByRole('alert')).toContainText(message);
    // The panel's activities, with their sources, are there all the same.
    await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
    await panel.getByRole('button', { name: 'Close' }).click();
    await showCharts(page);
    const chart = page.locator('.timeline-region').getByRole('alert');
    await expect(chart).toContainText(message);

    // Mended on the server: one Try again brings every treaty view back, without a reload.
    mended = true;
    await chart.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.timeline-region .treaty-step').first()).toBeAttached();
    await expect(page.locator('.treaty-legend').getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.treaty-legend h3')).toContainText('Madrid Protocol: status in the newest records read');
    await expect.poll(fills).toBeGreaterThan(1);
    const again = await openZimbabwe(page);
    await expect(again.locator('[data-treaty="madrid"]')).toContainText('acceded 11 December 2014');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(errors).toEqual([]);
  });
}
