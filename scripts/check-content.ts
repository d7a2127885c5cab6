// Checks the content folder in a second, without a build: every file against its schema, then the
// references between files. Prints each problem as file → field: what was expected.
// Usage: npm run check:content [-- content]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { bodyOfFile, contentDirectory, FRONT_MATTER, idOfFile } from '../src/lib/content-files.ts';
import { rateBook } from '../src/lib/money/rates.ts';
import { findContentProblems, type ContentProblem } from '../src/lib/record/integrity.ts';
import type { Entry, RecordInput } from '../src/lib/record/types.ts';
import { caseSchema } from '../src/schemas/case.ts';
import { explainerSchema } from '../src/schemas/explainer.ts';
import { fxTableSchema } from '../src/schemas/fx.ts';
import { lawSchema } from '../src/schemas/law.ts';
import { regulatorSchema } from '../src/schemas/regulator.ts';
import { respondentSchema } from '../src/schemas/respondent.ts';

const contentDir = process.argv[2] ?? contentDirectory();
const problems: ContentProblem[] = [];

function load<S extends z.ZodType>(name: string, schema: S, extensions: readonly string[]): Entry<z.output<S>>[] {
  const folder = join(contentDir, name);
  const entries: Entry<z.output<S>>[] = [];
  for (const file of readdirSync(folder).sort()) {
    const extension = file.slice(file.lastIndexOf('.') + 1);
    if (!extensions.includes(extension)) continue;
    const filePath = join(folder, file);
    const raw = readFileSync(filePath, 'utf8');
    const front = extension === 'yaml' ? raw : FRONT_MATTER.exec(raw)?.[1];
    if (front === undefined) {
      problems.push({ file: filePath, field: '(front matter)', message: 'expected front matter between --- lines' });
      continue;
    }
    let yaml: unknown;
    try {
      yaml = parse(front);
    } catch (error) {
      // A YAML mistake (a duplicate key, a bad indent) names its line; say which file it is in.
      problems.push({ file: filePath, field: '(YAML)', message: (error as Error).message.split('\n')[0] ?? '' });
      continue;
    }
    const result = schema.safeParse(yaml);
    if (result.success)
      entries.push({
        id: idOfFile(file),
        filePath,
        data: result.data,
        ...(extension === 'yaml' ? {} : { body: bodyOfFile(raw) }),
      });
    else
      for (const issue of result.error.issues)
        problems.push({ file: filePath, field: issue.path.join('.') || '(entry)', message: issue.message });
  }
  return entries;
}

const input: RecordInput = {
  regulators: load('regulators', regulatorSchema, ['yaml']),
  respondents: load('respondents', respondentSchema, ['yaml']),
  cases: load('cases', caseSchema, ['md', 'mdx']),
  laws: load('laws', lawSchema, ['md', 'mdx']),
  explainers: load('explainers', explainerSchema, ['md', 'mdx']),
  fx: load('fx', fxTableSchema, ['yaml']),
};
problems.push(...findContentProblems(input, rateBook(input.fx.map((table) => table.data))));

for (const p of problems) console.log(`${p.file} → ${p.field}: ${p.message}`);
const counts = (Object.entries(input) as [string, readonly unknown[]][])
  .map(([name, list]) => `${list.length} ${name}`)
  .join(', ');
console.log(problems.length === 0 ? `Content is consistent: ${counts}.` : `${problems.length} problem(s).`);
process.exit(problems.length === 0 ? 0 : 1);
