/**
 * How scripts launch a browser: Debian's chromium when present (CHROMIUM_PATH or /usr/bin/chromium —
 * Playwright cannot download its own here), else Playwright's own browser.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  return existsSync(chromiumPath) ? { executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] } : {};
}
