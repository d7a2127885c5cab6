import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './serve-static.ts';
const dist = process.argv[2]!;
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
const seen: string[] = [];
page.on('requestfinished', (r) => seen.push(new URL(r.url()).pathname));
await page.goto(`${server.origin}${process.argv[3] ?? '/search/?q=mercadona'}`, { waitUntil: 'networkidle' });
const groups: Record<string, [number, number]> = {};
for (const p of seen) {
  let f = join(dist, p);
  if (p.endsWith('/')) f = join(f, 'index.html');
  if (!existsSync(f)) continue;
  const g = p.startsWith('/pagefind/')
    ? p
        .split('/')
        .slice(0, 3)
        .join('/')
        .replace(/_[^/]*$/, '')
        .replace(/\.[^/]*$/, '')
    : (p.split('/')[1] ?? p);
  const raw = readFileSync(f);
  const size = raw[0] === 0x1f && raw[1] === 0x8b ? raw.length : gzipSync(raw).length;
  groups[g] = [(groups[g]?.[0] ?? 0) + 1, (groups[g]?.[1] ?? 0) + size];
}
for (const [g, [n, b]] of Object.entries(groups).sort((a, b) => b[1][1] - a[1][1]))
  console.log(n, (b / 1024).toFixed(1), g);
await browser.close();
await server.close();
