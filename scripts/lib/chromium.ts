// Debian's Chromium, as every script and test here starts it.
import type { Browser } from 'playwright-core';

/** The browser binary: Debian's Chromium, or the one $CHROME_PATH names. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on a machine with no network but the registries: without the
 * background-networking ones it keeps trying (and failing) to reach Google's services.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Starts headless Chromium with those flags: the one launcher of the scripts and the tests. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
}
