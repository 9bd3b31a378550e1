// Cold loads and filter changes in headless Chromium (Debian's, through playwright-core).
// Every timing is taken inside the page with performance.now(), i.e. from navigation start.
import { chromium } from 'playwright-core';
import { log, onCleanup, withTimeout } from './util.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOAD_TIMEOUT = 90_000;

/** A handle whose get() relaunches Chromium if it went away (crashed, or killed by someone else). */
export async function launch() {
  let current = null;
  const get = async () => {
    if (current?.isConnected()) return current;
    if (current) log('Chromium disconnected; launching it again');
    current = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS, timeout: 60_000 });
    return current;
  };
  const close = async () => {
    if (current?.isConnected()) await current.close();
  };
  onCleanup(close);
  await get();
  return { get, close, version: () => current.version() };
}

/**
 * Runs in the page before its own scripts. Marks the first country path (the end of the critical
 * path), then "map painted" (> 100 paths, next animation frame) and "headline" (first
 * .headline-value showing a number, next frame), and stops at the app's error state.
 */
function probe() {
  const b = {
    firstPath: null,
    map: null,
    headline: null,
    headlineText: null,
    paths: 0,
    error: null,
    shifts: [],
    csp: [],
  };
  window.atlasBench = b;
  // For diagnosis: layout shifts with the elements that moved, and Content-Security-Policy violations.
  const describe = (n) =>
    n instanceof Element
      ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`
      : String(n?.nodeName ?? '?');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        const r = (x) => `${Math.round(x.x)},${Math.round(x.y)} ${Math.round(x.width)}×${Math.round(x.height)}`;
        const nodes = (e.sources ?? []).map((x) => `${describe(x.node)} (${r(x.previousRect)} → ${r(x.currentRect)})`);
        b.shifts.push({ at: Math.round(e.startTime), value: e.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // layout-shift entries not supported
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    b.csp.push({
      directive: e.violatedDirective,
      blocked: e.blockedURI,
      source: `${e.sourceFile}:${e.lineNumber}`,
      sample: e.sample,
    });
  });
  let resolve;
  b.done = new Promise((r) => (resolve = r));
  let mapSeen = false;
  let headSeen = false;
  const finish = () => {
    if ((b.map !== null && b.headline !== null) || b.error !== null) {
      obs.disconnect();
      resolve(true);
    }
  };
  const check = () => {
    if (b.firstPath === null && document.querySelector('path.leaflet-interactive')) b.firstPath = performance.now();
    if (!mapSeen) {
      const n = document.querySelectorAll('path.leaflet-interactive').length;
      if (n > 100) {
        mapSeen = true;
        requestAnimationFrame(() => {
          b.map = performance.now();
          b.paths = document.querySelectorAll('path.leaflet-interactive').length;
          finish();
        });
      }
    }
    // The boxes are drawn at once with a dash; the numbers count from when a real figure is shown.
    if (!headSeen && /\d/.test(document.querySelector('.headline-value')?.textContent ?? '')) {
      headSeen = true;
      requestAnimationFrame(() => {
        b.headline = performance.now();
        b.headlineText = document.querySelector('.headline-value')?.textContent ?? null;
        finish();
      });
    }
    const err = document.querySelector('.error-state');
    if (err && b.error === null) {
      b.error = (err.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400);
      finish();
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true });
}

let beforeLoad = async () => {};
/** Called before every page is opened (the bench makes sure the server is still up). */
export function setBeforeLoad(fn) {
  beforeLoad = fn;
}

// `mobile`: the screen Lighthouse's mobile preset emulates (Moto G Power), for the layout-shift check.
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

async function openPage(browser, { cpu = 1, mobile = false } = {}) {
  await beforeLoad();
  const context = await (
    await browser.get()
  ).newContext({
    ...(mobile ? MOBILE : { viewport: { width: 1280, height: 800 } }),
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(probe);
  return { context, page, cdp, pageErrors };
}

async function loadAndWait(page, url, pageErrors, settleMs = 0) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
  await withTimeout(
    page.evaluate(() => window.atlasBench.done),
    LOAD_TIMEOUT,
    `waiting for the map and headline numbers${pageErrors.length ? ` (page errors: ${pageErrors.join('; ')})` : ''}`,
  );
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  const r = await page.evaluate(() => {
    const b = window.atlasBench;
    const resources = performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      start: e.startTime,
      end: e.responseEnd,
      transfer: e.transferSize,
    }));
    const cls = b.shifts.reduce((a, x) => a + x.value, 0);
    return {
      firstPath: b.firstPath,
      map: b.map,
      headline: b.headline,
      headlineText: b.headlineText,
      paths: b.paths,
      error: b.error,
      resources,
      shifts: b.shifts,
      cls,
      csp: b.csp,
    };
  });
  if (r.error !== null) throw new Error(`the app showed its error state: ${r.error}`);
  return r;
}

/** One cold load: a new context (empty cache, cache disabled), CPU throttled from the start. */
export async function coldLoad(browser, url, opts) {
  const { context, page, pageErrors } = await openPage(browser, opts);
  try {
    return await loadAndWait(page, url, pageErrors, opts.settleMs);
  } finally {
    await context.close();
  }
}

/** One retry for a transient failure (a server killed by someone else, a crashed renderer). */
export async function retryOnce(fn, what) {
  try {
    return await fn();
  } catch (e) {
    log(`${what} failed (${String(e?.message ?? e).split('\n')[0]}); retrying once`);
    return fn();
  }
}

export async function coldLoads(browser, url, n, opts, label) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = await retryOnce(() => coldLoad(browser, url, opts), `${label} load ${i + 1}`);
    log(`${label} load ${i + 1}/${n}: map ${Math.round(r.map)} ms, headline ${Math.round(r.headline)} ms`);
    out.push(r);
  }
  return out;
}

/**
 * Runs in the page: `n` changes (after `warmup` uncounted ones), each timed from just before the
 * change is dispatched to the end of a painted frame. `viewTimes` (the budgeted figure, as the issue
 * defines it) stop at the frame holding the last DOM change in the map, the headline and the charts;
 * `times` at the frame holding the last DOM change anywhere, the counts beside the filters included
 * (the app paints those one frame after the rest); `mapTimes` at the last change inside the map's panes.
 * "End of a painted frame" is taken as a message posted from requestAnimationFrame, which runs once
 * that frame's rendering is done.
 * A change counts as finished after `quietMs` without DOM changes; the next one then waits for idle.
 * A range input alternates between two values, a checkbox between checked and unchecked, so every
 * change changes the map; `unchanged` counts those that left the map's fills as they were.
 */
async function changes({ input, kind, values, n, warmup, quietMs }) {
  const afterPaint = () =>
    new Promise((r) =>
      requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => r(performance.now());
        c.port2.postMessage(null);
      }),
    );
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const signature = () => {
    let h = 0;
    for (const p of document.querySelectorAll('path.leaflet-interactive')) {
      const s = `${p.getAttribute('fill')}|${p.getAttribute('stroke')}`;
      for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    }
    return h;
  };
  const mapPane = document.querySelector('.leaflet-map-pane');
  const view = [mapPane, document.querySelector('.headline'), document.querySelector('.timeline-region')].filter(
    Boolean,
  );
  let last = 0;
  let lastMap = 0;
  let lastView = 0;
  const mo = new MutationObserver((records) => {
    const now = performance.now();
    last = now;
    if (records.some((m) => mapPane?.contains(m.target))) lastMap = now;
    if (records.some((m) => view.some((v) => v.contains(m.target)))) lastView = now;
  });
  mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  const times = [];
  const mapTimes = [];
  const viewTimes = [];
  let unchanged = 0;
  let prev = signature();
  try {
    for (let i = 0; i < warmup + n; i++) {
      const frames = [];
      const rec = { on: true };
      const recorder = (async () => {
        while (rec.on) frames.push(await afterPaint());
      })();
      await sleep(0);
      const t0 = performance.now();
      last = t0;
      lastMap = t0;
      lastView = t0;
      if (kind === 'range') {
        setValue.call(input, String(values[i % 2]));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        input.click();
      }
      while (performance.now() - last < quietMs && performance.now() - t0 < 10_000) await sleep(10);
      rec.on = false;
      await recorder;
      const painted = (at) => (frames.find((f) => f > at) ?? NaN) - t0;
      const sig = signature();
      if (i >= warmup) {
        times.push(painted(last));
        mapTimes.push(painted(lastMap));
        viewTimes.push(painted(lastView));
        if (sig === prev) unchanged++;
      }
      prev = sig;
      await new Promise((r) => requestIdleCallback(() => r(), { timeout: 10_000 }));
    }
  } finally {
    mo.disconnect();
  }
  return { times, mapTimes, viewTimes, unchanged };
}

/** Runs in the page: the index of the first programme checkbox whose ticking recolours the map. */
async function boxThatChangesMap({ boxes }) {
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 300));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  };
  const fills = () =>
    [...document.querySelectorAll('path.leaflet-interactive')].map((p) => p.getAttribute('fill')).join();
  const base = fills();
  for (let i = 0; i < boxes.length; i++) {
    boxes[i].click();
    await settle();
    const changed = fills() !== base;
    boxes[i].click();
    await settle();
    if (changed) return i;
  }
  return null;
}

/** Runs in the page: the first "From" year (from the middle of the range up) that recolours the map. */
async function yearThatChangesMap({ input, min, max }) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const set = async (v) => {
    setValue.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  };
  const fills = () =>
    [...document.querySelectorAll('path.leaflet-interactive')].map((p) => p.getAttribute('fill')).join();
  const base = fills();
  for (const f of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const v = Math.round(min + f * (max - min));
    await set(v);
    const changed = fills() !== base;
    await set(min);
    if (changed) return v;
  }
  return null;
}

/** Runs in the page: brings the map (top of the page) or the charts into view and waits for them. */
async function showView({ view }) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const charts = () => document.querySelector('.timeline-region .chart-surface, .timeline-region .recharts-surface');
  const region = () => document.querySelector('.timeline-region') ?? document.querySelector('.when-visible');
  // The charts mount when first scrolled to (and stay): mount them for both views.
  const deadline = performance.now() + 30_000;
  while (!charts() && performance.now() < deadline) {
    region()?.scrollIntoView({ block: 'start' });
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!charts()) throw new Error('the charts did not appear');
  if (view === 'map') window.scrollTo(0, 0);
  else region().scrollIntoView({ block: 'start' });
  await new Promise((r) => setTimeout(r, 500));
  await frames();
}

export const VIEWS = ['map', 'charts'];

/**
 * Filter latency on one loaded page: the "From" year slider and a programme checkbox, `n` changes
 * each, with the map in view and then with the charts in view (the charts mounted in both: once
 * someone has scrolled to them, they follow every change). Motion is reduced, so a chart's final
 * state is what gets painted; the CPU is throttled after the load.
 */
export async function filterLatency(browser, url, { cpu, n, programmeNames }) {
  const { context, page, cdp, pageErrors } = await openPage(browser);
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await loadAndWait(page, url, pageErrors);
    const slider = page.getByRole('slider', { name: /^From/ }).first();
    const sliderHandle = await slider.elementHandle({ timeout: 10_000 });
    const boxes = [];
    for (const name of programmeNames) {
      const box = page
        .locator('fieldset.programme-filter .programme-row > label', { hasText: name })
        .first()
        .locator('input[type=checkbox]');
      boxes.push(await box.elementHandle({ timeout: 10_000 }));
    }
    const pick = await withTimeout(
      page.evaluate(boxThatChangesMap, { boxes }),
      120_000,
      'calibrating the programme checkbox',
    );
    const programmeName = programmeNames[pick ?? 0];
    const boxHandle = boxes[pick ?? 0];
    const [min, max] = await sliderHandle.evaluate((el) => [Number(el.min), Number(el.max)]);
    const mid = await withTimeout(
      page.evaluate(yearThatChangesMap, { input: sliderHandle, min, max }),
      60_000,
      'calibrating the year slider',
    );
    if (mid === null) throw new Error(`no "From" year between ${min} and ${max} changes the map`);
    const warmup = 4;
    const even = n % 2 === 0 ? n : n + 1; // an even count ends where it started
    const run = (input, kind) =>
      withTimeout(
        page.evaluate(changes, { input, kind, values: [mid, min], n: even, warmup, quietMs: 150 }),
        600_000,
        `filter changes (${kind})`,
      );
    const out = {};
    for (const view of VIEWS) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await withTimeout(page.evaluate(showView, { view }), 60_000, `showing the ${view}`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const year = await run(sliderHandle, 'range');
      const programme = await run(boxHandle, 'checkbox');
      out[view] = { year: { ...year, values: [mid, min] }, programme: { ...programme, name: programmeName } };
    }
    if (pageErrors.length) throw new Error(`page errors during filter changes: ${pageErrors.join('; ')}`);
    return out;
  } finally {
    await context.close();
  }
}

/**
 * How fast this machine is right now, to read timings across runs and machines: a fixed workload in
 * a blank page at normal CPU, median of 7 rounds. "script" is allocation, Map and string work of the
 * kind a filter change does; "layout" builds and lays out 2,000 text boxes. The machine these numbers
 * were first taken on is shared, and the same build's timings moved by a third between hours.
 */
export async function hostSpeed(browser) {
  const context = await (await browser.get()).newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    return await page.evaluate(() => {
      const script = () => {
        const m = new Map();
        let h = 0;
        for (let i = 0; i < 300_000; i++) {
          const k = `k${i % 5000}`;
          m.set(k, (m.get(k) ?? 0) + i);
          h = (Math.imul(h, 31) + k.length) | 0;
        }
        const rows = Array.from({ length: 60_000 }, (_, i) => ({ id: i, v: (i * 7919) % 1000 }));
        rows.sort((a, b) => a.v - b.v || a.id - b.id);
        return h + rows[0].id;
      };
      const layout = () => {
        const box = document.createElement('div');
        for (let i = 0; i < 2000; i++) {
          const p = document.createElement('p');
          p.textContent = `Row ${i}: ${'word '.repeat(1 + (i % 12))}`;
          box.append(p);
        }
        document.body.append(box);
        const h = box.getBoundingClientRect().height;
        box.remove();
        return h;
      };
      const time = (f) => {
        const ms = [];
        for (let i = 0; i < 7; i++) {
          const t0 = performance.now();
          f();
          ms.push(performance.now() - t0);
        }
        return ms.sort((a, b) => a - b)[3];
      };
      time(script); // warm the JIT
      return { script: time(script), layout: time(layout) };
    });
  } finally {
    await context.close();
  }
}
