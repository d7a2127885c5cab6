// Wiring only: each collection is a folder of ../content (or $CONTENT_DIR) and a schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './schemas/case';
import { explainerSchema } from './schemas/explainer';
import { fxTableSchema } from './schemas/fx';
import { lawSchema } from './schemas/law';
import { regulatorSchema } from './schemas/regulator';
import { respondentSchema } from './schemas/respondent';

// Tests build broken copies of the content by pointing CONTENT_DIR elsewhere.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const folder = (name: string, pattern: string) => glob({ pattern, base: `${contentDir}/${name}` });

export const collections = {
  regulators: defineCollection({ loader: folder('regulators', '*.yaml'), schema: regulatorSchema }),
  respondents: defineCollection({ loader: folder('respondents', '*.yaml'), schema: respondentSchema }),
  cases: defineCollection({ loader: folder('cases', '*.{md,mdx}'), schema: caseSchema }),
  laws: defineCollection({ loader: folder('laws', '*.{md,mdx}'), schema: lawSchema }),
  explainers: defineCollection({ loader: folder('explainers', '*.{md,mdx}'), schema: explainerSchema }),
  fx: defineCollection({ loader: folder('fx', '*.yaml'), schema: fxTableSchema }),
};
