import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
import { TEST_DIST } from './paths';

/** Whether browser tests can run here. In CI a missing Chromium is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROME_PATH)) return true;
  if (process.env['CI']) throw new Error(`Chromium not found at ${CHROME_PATH}: CI must install it (see .ci/run).`);
  console.warn(`[browser tests skipped] no Chromium at ${CHROME_PATH}; install it with: apt-get install -y chromium`);
  return false;
}

/** Launches headless Chromium with the flags this network-less machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
}

/** A browser and the test build served on loopback, for one describe block. */
export interface SiteUnderTest {
  browser: Browser;
  server: StaticServer;
}

/**
 * Starts Chromium and serves the test build before the tests of the calling describe block,
 * and stops both after them. Read the fields inside tests (they are set in beforeAll).
 */
export function useSite(): SiteUnderTest {
  const site = {} as SiteUnderTest;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveStatic(TEST_DIST)]);
  });
  afterAll(async () => {
    await Promise.all([site.browser.close(), site.server.close()]);
  });
  return site;
}
