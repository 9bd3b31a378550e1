import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright never downloads a browser here (see scripts/check-chromium.mjs).
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Timeouts are a guard against a hung test, not a measure of speed: they are sized for a loaded machine
// (CI shares two cores; the suite must also pass on one). There, axe over a chart's table, the Japanese
// UI and briefing mode each took more than 30 s, and a single wait for the data more than 10 s.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  // One worker per core, and never fewer than two (as on CI's two cores, and on one core, where the
  // suite must pass as well): the tests are bound by the browser's CPU, not by waiting.
  workers: Math.max(2, availableParallelism()),
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  // Against the production build, as users get it. Built by `npm run build` before (CI and test:e2e do).
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
