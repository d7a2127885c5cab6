import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one $CHROME_PATH names. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Whether browser tests can run here. In CI a missing Chromium is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROME_PATH)) return true;
  if (process.env['CI']) throw new Error(`Chromium not found at ${CHROME_PATH}: CI must install it (see .ci/run).`);
  console.warn(`[browser tests skipped] no Chromium at ${CHROME_PATH}; install it with: apt-get install -y chromium`);
  return false;
}

/** Launches headless Chromium with the flags this network-less machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
