// Chart context built once from the record: data, names and the valid ids for URL options.
import { chartData } from '../lib/charts/data';
import type { ChartContext } from '../lib/charts/registry';
import { countryName, jurisdictionName } from '../lib/places/names';
import { getRecord } from './record';
import { countryOf } from '../lib/places/country';
import { respondentName } from '../lib/record/names';

let cached: Promise<ChartContext> | undefined;

/** The context every chart is drawn from, at build time and (embedded as JSON) in the browser. */
export function getChartContext(): Promise<ChartContext> {
  cached ??= (async () => {
    const record = await getRecord();
    const data = chartData(record);
    const names: Record<string, string> = {};
    for (const r of record.regulators) names[r.id] = r.data.shortName;
    for (const r of record.respondents) names[r.id] = respondentName(r);
    const jurisdictions = [...new Set(record.cases.map((c) => c.regulator.data.jurisdiction))].sort();
    for (const j of jurisdictions) {
      names[j] = jurisdictionName(j);
      const country = countryOf(j);
      names[country] = countryName(country);
    }
    const countries = [...new Set(jurisdictions.map(countryOf))];
    return {
      data,
      names,
      respondents: [
        ...new Set(data.money.flatMap((p) => p.respondentIds).concat(data.events.flatMap((p) => p.respondentIds))),
      ].sort(),
      regulators: [
        ...new Set(data.money.map((p) => p.regulatorId).concat(data.events.map((p) => p.regulatorId))),
      ].sort(),
      jurisdictions: [...new Set([...jurisdictions, ...countries])].sort(),
      updated: record.cases.reduce(
        (latest, c) => (c.data.lastVerified > latest ? c.data.lastVerified : latest),
        '2020-01-01',
      ),
    };
  })();
  return cached;
}
