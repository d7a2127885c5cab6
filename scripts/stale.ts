// What needs re-checking: the cases whose status or payment may still move (under appeal, pending,
// unpaid, partly paid, unknown), the longest unverified first, each with its sources.
// Usage: npm run stale [-- content]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FRONT_MATTER } from '../src/lib/content-files.ts';
import { staleCases } from '../src/lib/record/stale.ts';
import type { CaseData } from '../src/schemas/case.ts';

const contentDir = process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content';
const folder = join(contentDir, 'cases');
const cases = readdirSync(folder)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const front = FRONT_MATTER.exec(text)?.[1];
    if (!front) throw new Error(`${join(folder, file)}: no front matter`);
    // Front matter as written: optional lists may be absent until the schema fills their defaults.
    const data = parse(front) as Omit<CaseData, 'corrections'> & Partial<Pick<CaseData, 'corrections'>>;
    return { id: file.replace(/\.mdx?$/, ''), data: { ...data, corrections: data.corrections ?? [] } };
  });

const stale = staleCases(cases);
console.log(`${stale.length} of ${cases.length} cases may still move; re-check the oldest first.\n`);
for (const c of stale) {
  console.log(`${c.data.lastVerified}  ${c.id}  status: ${c.data.status}, payment: ${c.data.paymentStatus}`);
  for (const source of c.data.sources)
    console.log(`    ${source.kind === 'primary' ? 'primary' : 'press  '}  ${source.url}`);
}
