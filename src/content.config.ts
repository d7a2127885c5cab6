// Wiring only: each collection is a folder of ../content (or $CONTENT_DIR) and a schema.
import { defineCollection } from 'astro:content';
import { contentDirectory } from './lib/content-files';
import { folder } from './loaders/folder';
import { caseSchema } from './schemas/case';
import { explainerSchema } from './schemas/explainer';
import { fxTableSchema } from './schemas/fx';
import { lawSchema } from './schemas/law';
import { regulatorSchema } from './schemas/regulator';
import { respondentSchema } from './schemas/respondent';

// Tests build broken copies of the content by pointing CONTENT_DIR elsewhere.
const contentDir = contentDirectory();
const data = (name: string) => folder(`${contentDir}/${name}`, ['yaml']);
const documents = (name: string) => folder(`${contentDir}/${name}`, ['md', 'mdx']);

export const collections = {
  regulators: defineCollection({ loader: data('regulators'), schema: regulatorSchema }),
  respondents: defineCollection({ loader: data('respondents'), schema: respondentSchema }),
  cases: defineCollection({ loader: documents('cases'), schema: caseSchema }),
  laws: defineCollection({ loader: documents('laws'), schema: lawSchema }),
  explainers: defineCollection({ loader: documents('explainers'), schema: explainerSchema }),
  fx: defineCollection({ loader: data('fx'), schema: fxTableSchema }),
};
