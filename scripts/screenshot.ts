// Screenshots pages of a built site for a human look: node scripts/screenshot.ts <dist> <out-dir> <path…>
// Options via env: WIDTH (default 1280), THEME (light|dark), JS=off.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './serve-static.ts';

const [dist, outDir, ...paths] = process.argv.slice(2);
if (!dist || !outDir || paths.length === 0) {
  console.error('usage: node scripts/screenshot.ts <dist> <out-dir> <path…>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 },
  colorScheme: process.env.THEME === 'dark' ? 'dark' : 'light',
  javaScriptEnabled: process.env.JS !== 'off',
});
for (const path of paths) {
  const page = await context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: process.env.FULL !== 'off' });
  await page.close();
}
await browser.close();
await server.close();
