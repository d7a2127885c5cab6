// Checks every link that leaves the built site, over the network, and suggests archived copies
// for dead ones. Needs internet access, so it is not part of `npm test`.
// Usage: npm run build && npm run check:sources [-- dist report.md]
import { writeFileSync } from 'node:fs';
import { checkSources, externalLinks, sourceReport } from './lib/source-check.ts';

const dist = process.argv[2] ?? 'dist';
const reportFile = process.argv[3] ?? 'source-check.md';
const links = externalLinks(dist, process.env['SITE_URL'] ?? 'https://facerules.org');
console.log(`checking ${links.size} external links …`);
const results = await checkSources(links, fetch);
writeFileSync(reportFile, sourceReport(results));
const dead = results.filter((r) => r.verdict === 'dead');
console.log(
  `${dead.length} dead, ${results.filter((r) => r.verdict === 'check').length} to check by hand: see ${reportFile}`,
);
process.exitCode = dead.length > 0 ? 1 : 0;
