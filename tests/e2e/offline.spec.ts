import { createReadStream, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';

// Built by `npm run build:single` (CI runs it before the browser tests). Not built here: a test that
// builds would hide a broken build script behind a passing test.
const project = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const SINGLE = project('dist-single/index.html');
const DIST = project('dist');

function watchNetwork(page: Page) {
  const remote: string[] = [];
  const cspErrors: string[] = [];
  page.on('request', (r) => {
    if (/^https?:/.test(r.url())) remote.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  return { remote, cspErrors };
}

test.describe('presenting offline', () => {
  test('the single-file build opens from disk with the map, the data, the charts and briefing mode, and no network', async ({
    page,
  }) => {
    expect(existsSync(SINGLE), `${SINGLE} is missing: run \`npm run build:single\` first`).toBe(true);
    const net = watchNetwork(page);
    await page.goto(pathToFileURL(SINGLE).href);
    await expect(page.getByRole('heading', { level: 1, name: 'IP Cooperation Atlas' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
    expect(await page.locator('path.leaflet-interactive').count()).toBeGreaterThan(200);
    await expect(page.locator('.headline-value').first()).toHaveText(/^[1-9]/);
    // The charts chunk is inlined too (the charts mount when scrolled into view).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('.timeline-region .chart-surface').first()).toBeVisible();
    // And briefing mode, which the normal build loads lazily.
    await page.getByRole('button', { name: 'Briefing mode' }).click();
    await expect(page.locator('.briefing-counter')).toHaveText('1 / 9');
    await expect(page.locator('.briefing-sentences li').first()).toContainText('Since');
    await page.keyboard.press('Escape');
    await expect(page.locator('.briefing-counter')).toBeHidden();
    expect(net.remote).toEqual([]);
    expect(net.cspErrors).toEqual([]);
  });

  // Chromium lets two file:// pages share a BroadcastChannel; browsers that give each file its own origin
  // do not, and then the windows talk through window.opener. Both ways are tried here.
  for (const broadcast of [true, false]) {
    test(`from disk, the presenter window and the room's window move together (${broadcast ? 'BroadcastChannel' : 'window.opener only'})`, async ({
      page,
      context,
    }) => {
      test.slow(); // two copies of the whole app, each with its map
      expect(existsSync(SINGLE), `${SINGLE} is missing: run \`npm run build:single\` first`).toBe(true);
      if (!broadcast) await context.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
      const net = watchNetwork(page);
      await page.goto(`${pathToFileURL(SINGLE).href}?slide=1`);
      await expect(page.locator('.briefing-counter')).toHaveText('1 / 9');
      expect(await page.evaluate(() => typeof BroadcastChannel)).toBe(broadcast ? 'function' : 'undefined');
      const [presenter] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: 'Presenter window' }).click(),
      ]);
      await expect(presenter).toHaveURL(/^file:.*[?&]presenter=1/);
      await expect(presenter.getByRole('complementary', { name: 'Presenter notes' })).toBeVisible();
      await presenter.keyboard.press('PageDown');
      await expect(page.locator('.briefing-counter')).toHaveText('2 / 9');
      await expect(presenter.locator('.briefing-counter')).toHaveText('2 / 9');
      await page.keyboard.press('ArrowRight');
      await expect(presenter.locator('.briefing-counter')).toHaveText('3 / 9');
      await expect(page.locator('.briefing-counter')).toHaveText('3 / 9');
      if (broadcast) {
        // The PowerPoint deck is made from disk too, under the single file's strict CSP.
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click(),
        ]);
        const zip = await JSZip.loadAsync(readFileSync((await download.path()) ?? ''));
        expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(9);
        expect(Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n))).toHaveLength(3);
      }
      expect(net.remote).toEqual([]);
      expect(net.cspErrors).toEqual([]);
    });
  }

  test('the normal build works from a sub-path', async ({ page }) => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'atlas-sub-'));
    cpSync(DIST, join(root, 'atlas'), { recursive: true });
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.geojson': 'application/geo+json',
      '.png': 'image/png',
      '.txt': 'text/plain',
    };
    // A plain static server: unlike `vite preview`, it answers unknown paths with 404, so a wrong URL shows.
    const server: Server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${base}/atlas/?slide=2`);
      await expect(page.locator('.briefing-counter')).toHaveText('2 / 9');
      await page.goto(`${base}/atlas/`);
      await expect(page.getByRole('button', { name: 'Zimbabwe', exact: true })).toBeVisible();
      expect(await page.locator('path.leaflet-interactive').count()).toBeGreaterThan(200);
      expect(failed).toEqual([]);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
