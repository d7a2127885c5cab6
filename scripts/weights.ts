// Prints the gzip weight of one page of each type in a built site: node scripts/weights.ts [dist]
import { pageWeight, SAMPLE_PAGES } from './lib/page-weight.ts';

const dist = process.argv[2] ?? 'dist';
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log('page type      HTML KB   CSS KB    JS KB  later JS KB  HTML+CSS KB   total KB (gzip)');
for (const [type, path] of Object.entries(SAMPLE_PAGES)) {
  const w = pageWeight(dist, path);
  const total = w.html + w.css + w.js + w.lazyJs;
  console.log(
    `${type.padEnd(12)} ${kb(w.html)}   ${kb(w.css)}   ${kb(w.js)}      ${kb(w.lazyJs)}       ${kb(w.html + w.css)}     ${kb(total)}`,
  );
}
