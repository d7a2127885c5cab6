// The prebuilt comparisons' tables, from the record: /compare/<id>/ and /compare/<id>.csv.
import { compareTable, type ComparedCase, type CompareTable } from '../lib/compare/compare';
import { casesExport } from '../lib/export/cases';
import { COMPARISONS, type Comparison } from '../lib/compare/prebuilt';
import { getRecord } from './record';

/** Each prebuilt comparison with its table, the cases in the order given. */
export async function getComparisons(): Promise<{ comparison: Comparison; table: CompareTable }[]> {
  const exported = casesExport(await getRecord()).cases;
  const byId = new Map(exported.map((c) => [c.id, c]));
  return COMPARISONS.map((comparison) => {
    const cases = comparison.cases.map((id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`src/data/comparisons.ts → ${comparison.id}.cases: no case "${id}" in the record`);
      return found;
    });
    return { comparison, table: compareTable(cases satisfies ComparedCase[]) };
  });
}
