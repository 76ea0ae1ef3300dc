import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

/** Debian's chromium when present (CI installs it), else Playwright's own browser. */
const launchOptions = chromiumLaunchOptions();
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // The service worker precaches the whole course on install; only the offline spec wants it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // Always a fresh production build (not `next dev`), served by the same script as `npm start`.
    command: `node scripts/start.mjs --build --port ${port}`,
    url: `http://localhost:${port}/`,
    timeout: 600_000, // a production build plus the service worker; slow on a loaded 2-core machine
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
