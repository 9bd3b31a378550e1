import { expect, test, type Page } from '@playwright/test';

// The map as a reader sees it at three screen sizes: the world fills its frame in an equal-area
// projection, the key is on it and on the first screen, a clicked country stays in sight beside the
// panel, and marks never hide one another.

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

async function ready(page: Page, path = './') {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
  await expect(page.locator('path.country-shape').first()).toBeAttached();
}

/** Clicks a country shape where it is drawn on top (an archipelago's box centre is often sea), at the
 * point of it nearest its middle whose neighbours are the shape too: a point on its edge may fall to the
 * neighbouring country once the pointer's position is rounded. */
async function clickShape(page: Page, name: string) {
  const point = await page
    .getByRole('button', { name, exact: true })
    .first()
    .evaluate((el) => {
      const path = el as SVGPathElement;
      const r = path.getBoundingClientRect();
      const on = (x: number, y: number) => document.elementFromPoint(x, y) === path;
      const inside: { x: number; y: number }[] = [];
      for (let i = 1; i < 40; i++)
        for (let j = 1; j < 40; j++) {
          const x = r.left + (r.width * i) / 40;
          const y = r.top + (r.height * j) / 40;
          if (on(x, y) && on(x - 2, y) && on(x + 2, y) && on(x, y - 2) && on(x, y + 2)) inside.push({ x, y });
        }
      const mid = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      const d = (p: { x: number; y: number }) => Math.hypot(p.x - mid.x, p.y - mid.y);
      return inside.sort((a, b) => d(a) - d(b))[0] ?? null;
    });
  expect(point, `a visible point of ${name}`).not.toBeNull();
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
}

/** A shape's area on screen, in px²: the sum of its rings' areas, read from the path Leaflet drew. */
function screenArea(page: Page, name: string) {
  return page
    .locator('path.country-shape', { has: page.locator('xpath=self::*') })
    .and(page.getByRole('button', { name, exact: true }))
    .evaluate((el) => {
      let total = 0;
      for (const ring of (el.getAttribute('d') ?? '').split(/z/i)) {
        const pts = [...ring.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
        let sum = 0;
        pts.forEach(([x0 = 0, y0 = 0], i) => {
          const [x1 = 0, y1 = 0] = pts[(i + 1) % pts.length] ?? [];
          sum += x0 * y1 - x1 * y0;
        });
        total += Math.abs(sum / 2);
      }
      return total;
    });
}

for (const size of SIZES) {
  test.describe(`the map at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('fills its frame with the world, in an equal-area projection', async ({ page }) => {
      await ready(page);
      const frame = await page.locator('.map-frame').boundingBox();
      const land = await page.locator('path.country-shape').evaluateAll((paths) => {
        const boxes = paths.map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0);
        const left = Math.min(...boxes.map((r) => r.left));
        const top = Math.min(...boxes.map((r) => r.top));
        return {
          width: Math.max(...boxes.map((r) => r.right)) - left,
          height: Math.max(...boxes.map((r) => r.bottom)) - top,
        };
      });
      expect(frame).not.toBeNull();
      const fills = Math.max(land.width / (frame?.width ?? 1), land.height / (frame?.height ?? 1));
      expect(fills).toBeGreaterThanOrEqual(0.85);
      // Greenland and DR Congo are about as large as each other (2.17 and 2.34 million km²); on Web
      // Mercator, Greenland looks many times larger.
      const ratio = (await screenArea(page, 'Greenland')) / (await screenArea(page, 'DR Congo'));
      expect(ratio).toBeGreaterThan(0.7);
      expect(ratio).toBeLessThan(1.3);
    });

    for (const lang of ['en', 'ja']) {
      test(`has its key inside the frame and on the first screen (${lang})`, async ({ page }) => {
        await ready(page, `./?lang=${lang}`);
        const legend = page.locator('.map-frame .legend');
        await expect(legend.locator('.legend-ramp li').first()).toBeVisible();
        const [l, f] = [await legend.boundingBox(), await page.locator('.map-frame').boundingBox()];
        expect(l && f).toBeTruthy();
        if (!l || !f) return;
        expect(l.x).toBeGreaterThanOrEqual(f.x);
        expect(l.y).toBeGreaterThanOrEqual(f.y);
        expect(l.x + l.width).toBeLessThanOrEqual(f.x + f.width);
        expect(l.y + l.height).toBeLessThanOrEqual(f.y + f.height + 0.5);
        expect(l.y + l.height).toBeLessThanOrEqual(size.height);
      });
    }

    for (const name of ['Indonesia', 'Viet Nam']) {
      test(`${name}, opened by a click, stays in sight beside the panel, which leaves the headline numbers clear`, async ({
        page,
      }) => {
        await ready(page);
        await page.getByRole('checkbox', { name: 'Cities with activities' }).uncheck();
        await clickShape(page, name);
        const panel = page.getByRole('region', { name: `Country panel: ${name}` });
        await expect(panel).toBeVisible();
        const shape = page.locator('path.country-shape').and(page.getByRole('button', { name, exact: true }));
        const frame = page.locator('.map-frame');
        // The camera has settled when the shape is inside the map and clear of the panel.
        await expect
          .poll(async () => {
            const [s, m, p] = [await shape.boundingBox(), await frame.boundingBox(), await panel.boundingBox()];
            if (!s || !m || !p) return 'not drawn';
            const inMap =
              s.x >= m.x && s.y >= m.y && s.x + s.width <= m.x + m.width && s.y + s.height <= m.y + m.height;
            // Beside the panel where it lies over the map; on a phone it follows the map.
            const clear = s.x + s.width <= p.x || s.y + s.height <= p.y;
            return inMap && clear ? 'in sight' : JSON.stringify({ s, m, p });
          })
          .toBe('in sight');
        // Both boxes are read in one frame: the page may still be scrolling the panel into view,
        // and two separate reads would compare boxes from different scroll positions.
        await expect
          .poll(() =>
            page.evaluate((label) => {
              const h = document.querySelector('.headline')?.getBoundingClientRect();
              const p = document.querySelector(`[aria-label="${label}"]`)?.getBoundingClientRect();
              if (!h || !p) return 'not drawn';
              const overlaps = p.left < h.right && p.right > h.left && p.top < h.bottom && p.bottom > h.top;
              return overlaps ? 'overlaps' : 'clear';
            }, `Country panel: ${name}`),
          )
          .toBe('clear');
      });
    }

    for (const measure of ['activities', 'programmes', 'treaty-pct']) {
      test(`every city square and small state's dot is on top where it is drawn: no key or button hides one (${measure})`, async ({
        page,
      }) => {
        await ready(page, `./?measure=${measure}`);
        if (measure.startsWith('treaty')) await expect(page.locator('.treaty-legend h3')).toBeVisible();
        // Each mark's middle, within the map's window, must hit the mark itself.
        const hidden = () =>
          page.evaluate(() => {
            const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
            const marks = [
              ...document.querySelectorAll(
                '.leaflet-marker-pane .event-marker, .leaflet-overlay-pane path.leaflet-interactive:not(.country-shape)',
              ),
            ];
            if (!map || marks.length < 10) return ['too few marks drawn yet'];
            return marks.flatMap((m) => {
              const b = m.getBoundingClientRect();
              const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
              if (x < map.left || x > map.right || y < map.top || y > map.bottom) return [];
              const at = document.elementFromPoint(x, y);
              return at === m || (at && m.contains(at)) ? [] : [`${m.getAttribute('aria-label') ?? m.textContent}`];
            });
          });
        await expect.poll(hidden).toEqual([]);
        if (measure === 'activities') {
          // The taller key of another measure, chosen on the page: the dots step out from under it too.
          await page.getByRole('combobox', { name: 'Colour by' }).selectOption('programmes');
          await expect(page.locator('.legend-programmes')).toBeVisible();
          await expect.poll(hidden).toEqual([]);
        }
      });
    }

    test('São Tomé and Príncipe and Yaoundé can both be clicked; a square names each city once', async ({ page }) => {
      await ready(page);
      // On a phone, Yaoundé's square may hold neighbouring cities too.
      const yaounde = page.getByRole('button', { name: /^Activities in .*Yaoundé/ });
      await expect(yaounde).toBeVisible();
      for (const label of await page.locator('.event-marker').evaluateAll((els) => els.map((e) => e.textContent))) {
        const cities = /^\d+Activities in (.*): \d+$/.exec(label ?? '')?.[1]?.split(', ') ?? [];
        const plain = cities.map((c) => c.replace(/ \(.*\)$/, ''));
        expect(new Set(plain).size, label ?? '').toBe(plain.length);
      }
      // The dot (the shape itself is too small to see); clicked where it is drawn, as a pointer would.
      await page.getByRole('button', { name: 'Sao Tome and Principe', exact: true }).last().click();
      await expect(page.getByRole('region', { name: 'Country panel: Sao Tome and Principe' })).toBeVisible();
      await page.getByRole('button', { name: 'Close' }).click();
      await yaounde.click();
      await expect(page.locator('.leaflet-popup .popup-title', { hasText: 'Yaoundé' }).first()).toBeVisible();
    });
  });
}

test('a city list that scrolls says so until its end is in sight', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: /^Activities in Harare/ }).click();
  // Still once the map has moved the list into view.
  await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0);
  const content = page.locator('.leaflet-popup-content');
  const more = content.locator('.popup-more');
  await expect(more).toBeVisible();
  await expect(more).toHaveText('More below');
  await content.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(more).toBeHidden();
  // The view dragged by a stretch of open sea keeps the reader's place in the list.
  const pane = page.locator('.leaflet-map-pane');
  const before = await pane.evaluate((el) => getComputedStyle(el).transform);
  const sea = await page.locator('.leaflet-container').evaluate((map) => {
    const r = map.getBoundingClientRect();
    for (let y = r.bottom - 60; y > r.top + 60; y -= 20)
      for (let x = r.left + 60; x < r.right - 120; x += 20) {
        const hit = document.elementFromPoint(x, y);
        if (hit === map || hit?.matches('.leaflet-overlay-pane svg')) return { x, y };
      }
    return null;
  });
  expect(sea).not.toBeNull();
  const { x, y } = sea as { x: number; y: number };
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30, y + 20, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0);
  expect(await pane.evaluate((el) => getComputedStyle(el).transform)).not.toBe(before);
  await expect(more).toBeHidden();
  expect(await content.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await content.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(more).toBeVisible();
  // A short list does not scroll and says nothing.
  await page.locator('.leaflet-popup-close-button').click();
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await page
    .getByRole('button', { name: /^Activities in [^,]+: 1$/ })
    .first()
    .click();
  await expect(page.locator('.leaflet-popup .popup-title').first()).toBeVisible();
  await expect(page.locator('.leaflet-popup .popup-more')).toBeHidden();
});

test('Leaflet’s own buttons speak Japanese in the Japanese UI', async ({ page }) => {
  await ready(page, './?lang=ja');
  await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '縮小', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '表示を元に戻す', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset view', exact: true })).toBeVisible();
});

test('the key folds away from the countries under it, and back; a phone has nothing to fold', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await ready(page, './?measure=programmes');
  await expect(page.locator('.legend-programmes')).toBeVisible();
  // How much of Mexico is drawn on top: its shape's box sampled on a grid.
  const mexicoOnTop = () =>
    page
      .getByRole('button', { name: 'Mexico', exact: true })
      .first()
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        let on = 0;
        let inBox = 0;
        for (let i = 1; i < 20; i++)
          for (let j = 1; j < 20; j++) {
            const at = document.elementFromPoint(r.left + (r.width * i) / 20, r.top + (r.height * j) / 20);
            if (at === el) on++;
            if (at?.closest('.legend') || at === el) inBox++;
          }
        return inBox === 0 ? 0 : on / inBox;
      });
  // By programme, the key of a dozen entries lies over most of Mexico at this size.
  expect(await mexicoOnTop()).toBeLessThan(0.5);
  await page.getByRole('button', { name: 'Hide the key' }).click();
  const show = page.getByRole('button', { name: 'Show the key' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.legend-programmes')).toBeHidden();
  await expect.poll(mexicoOnTop).toBeGreaterThan(0.95);
  // Folded, it stays folded on another measure; shown again, it is whole, and the keyboard is where it was.
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('activities');
  await expect(page.locator('.legend-ramp')).toBeHidden();
  await show.click();
  await expect(page.locator('.legend-ramp')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the key' })).toBeFocused();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.legend-ramp')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the key' })).toBeHidden();
});

for (const [path, name] of [
  ['./?lang=ja&country=IDN', 'インドネシア'],
  ['./?measure=programmes&country=MEX', 'Mexico'],
] as const) {
  test(`a country opened by link is fitted clear of the key and the map's buttons (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await ready(page, path);
    await expect(page.getByRole('region', { name: new RegExp(name) })).toBeVisible();
    // The map is still once it no longer says it is busy; then the shape's box is read against the key's
    // and the buttons' (Indonesia's Java and the Jakarta square lay under the key before).
    await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0);
    const hits = await page
      .locator('path.country-shape')
      .and(page.getByRole('button', { name, exact: true }))
      .evaluate((el) => {
        const s = el.getBoundingClientRect();
        const over = [...document.querySelectorAll('.map-frame .legend, .map-frame .leaflet-control')];
        return over
          .filter((o) => {
            const b = o.getBoundingClientRect();
            return b.width > 0 && b.left < s.right && b.right > s.left && b.top < s.bottom && b.bottom > s.top;
          })
          .map((o) => o.className);
      });
    expect(hits).toEqual([]);
  });
}

test('no city square hides under the key, where the keyboard would reach it unseen; folded, the key shows them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Zimbabwe fitted beside the key: Gaborone's and Maseru's squares fall where the key lies.
  await ready(page, './?country=ZWE');
  await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0);
  const underKey = () =>
    page.evaluate(() => {
      const k = document.querySelector('.map-frame .legend')?.getBoundingClientRect();
      return [...document.querySelectorAll('.event-marker')]
        .map((m) => m.getBoundingClientRect())
        .filter((b) => k && k.width > 0 && b.left < k.right && b.right > k.left && b.top < k.bottom && b.bottom > k.top)
        .length;
    });
  const gaborone = page.getByRole('button', { name: /^Activities in Gaborone/ });
  await expect(gaborone).toHaveCount(0);
  expect(await underKey()).toBe(0);
  // The key says how many squares it hides, and how to see them; folding it shows that many more.
  const note = page.locator('.map-frame .legend .legend-note');
  await expect(note).toHaveText(/^\d+ city squares? lies? under this key: hide the key to see (them|it)\.$/);
  const hidden = Number((await note.innerText()).split(' ')[0]);
  expect(hidden).toBeGreaterThan(0);
  const squares = page.locator('.event-marker');
  const before = await squares.count();
  await page.getByRole('button', { name: 'Hide the key' }).click();
  await expect(gaborone).toBeVisible();
  await expect(squares).toHaveCount(before + hidden);
  await page.getByRole('button', { name: 'Show the key' }).click();
  await expect(gaborone).toHaveCount(0);
  expect(await underKey()).toBe(0);
  await expect(note).toHaveText(new RegExp(`^${hidden} city square`));
  // Without the cities shown, there is nothing to say.
  await page.getByRole('checkbox', { name: 'Cities with activities' }).uncheck();
  await expect(note).toHaveCount(0);
});

// Every measure at 1920 px, the two a reader starts from at 1280 px (there the box is capped: the longest
// name would push the search to a second row and the key off the first screen).
for (const { width, height, measures } of [
  { width: 1280, height: 800, measures: ['activities', 'programmes'] },
  { width: 1920, height: 1080, measures: null },
]) {
  test(`the measure chosen reads in full in its box, the search beside it, at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const lang of ['en', 'ja']) {
      await ready(page, `./?lang=${lang}`);
      const select = page.locator('.map-toolbar select');
      const values =
        measures ?? (await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)));
      expect(values.length).toBeGreaterThan(1);
      for (const value of values) {
        await select.selectOption(value);
        const fit = await select.evaluate((el) => {
          const s = el as HTMLSelectElement;
          const cs = getComputedStyle(s);
          const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
          ctx.font = cs.font;
          const text = ctx.measureText(s.options[s.selectedIndex]?.text ?? '').width;
          // The room left of the drop-down arrow.
          const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
          const search = document.querySelector('.map-toolbar input') as HTMLElement;
          return {
            text: Math.ceil(text),
            room: Math.floor(room),
            sameRow: Math.abs(search.getBoundingClientRect().top - s.getBoundingClientRect().top) < 8,
          };
        });
        expect(fit.text, `${lang} ${value}`).toBeLessThanOrEqual(fit.room);
        expect(fit.sameRow, `${lang} ${value}`).toBe(true);
      }
    }
  });
}
