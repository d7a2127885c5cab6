// Debian's Chromium, as every script and test here starts it.

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
