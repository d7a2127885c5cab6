// Lighthouse (mobile preset) on one page of each reading type, in Debian's Chromium:
//   npm run audit            (builds first; see package.json)
//   node scripts/audit.ts <dist>
// Prints each category's score and exits non-zero when a target is missed.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './serve-static.ts';

const dist = process.argv[2] ?? 'dist';
const PAGES = {
  home: '/',
  explainer: '/explainers/does-clearview-pay-its-fines/',
  regulator: '/regulators/fr-cnil/',
  case: '/cases/fr-cnil-sanction-2022/',
  respondent: '/respondents/clearview-ai/',
};
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROMIUM_FLAGS });
let failed = false;
console.log(
  `page        ${Object.keys(TARGETS)
    .map((c) => c.padStart(15))
    .join('')}`,
);
try {
  for (const [type, path] of Object.entries(PAGES)) {
    const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = Object.entries(TARGETS).map(([category, target]) => {
      const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      return { score, missed: score < target };
    });
    if (scores.some((s) => s.missed)) failed = true;
    console.log(`${type.padEnd(12)}${scores.map((s) => String(s.score).padStart(15)).join('')}`);
    for (const audit of Object.values(result.lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        console.log(`    ${type}: ${audit.id} — ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(failed ? 'Some targets were missed.' : 'All targets met.');
process.exit(failed ? 1 : 0);
