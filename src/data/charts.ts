// The charts' data and context, built once from the record.
import { chartData, type ChartData } from '../lib/charts/data';
import { CHART_IDS, chartVariants, type ChartContext } from '../lib/charts/registry';
import { needsViews } from '../lib/charts/views';
import { countryName, jurisdictionName } from '../lib/places/names';
import { getRecord } from './record';
import { countryOf } from '../lib/places/country';
import { respondentName } from '../lib/record/names';

let data: Promise<ChartData> | undefined;
let context: Promise<ChartContext> | undefined;

/** Every point the charts draw from, at build time (the browser fetches only its part: views.ts). */
export function getChartData(): Promise<ChartData> {
  data ??= getRecord().then(chartData);
  return data;
}

/** The context every chart is drawn with, at build time and (as /charts/context.json) in the browser. */
export function getChartContext(): Promise<ChartContext> {
  context ??= (async () => {
    const record = await getRecord();
    const points = await getChartData();
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
    const all = [...points.money, ...points.events];
    const ids = {
      respondents: [...new Set(all.flatMap((p) => p.respondentIds))].sort(),
      regulators: [...new Set(all.map((p) => p.regulatorId))].sort(),
      jurisdictions: [...new Set([...jurisdictions, ...countries])].sort(),
    };
    return {
      names,
      ...ids,
      updated: record.cases.reduce(
        (latest, c) => (c.data.lastVerified > latest ? c.data.lastVerified : latest),
        '2020-01-01',
      ),
      viewed: Object.fromEntries(
        CHART_IDS.map((chart) => [
          chart,
          chartVariants(chart, ids, true)
            .filter(({ options }) => needsViews(chart, options, points))
            .map(({ variant }) => variant),
        ]),
      ),
    };
  })();
  return context;
}
