import { formatPartialDate, startDay } from '../dates/partial-date';
import { rateFor } from '../money/rates';
import { regionOf, type Region } from '../places/names';
import { isStandingFine } from '../record/totals';
import type { CaseView, FaceRecord } from '../record/types';
import { isAgreedAmount, REPLACING_RELATIONS, type AmountKind } from '../../schemas/vocabulary';
import { respondentName } from '../record/names';
import { cents } from '../money/convert';
import { formatNumber, perPeriod } from '../money/format';

/** The currencies a chart can show: euros, US dollars, or each sum's own currency (positioned in euros). */
export type ChartCurrency = 'EUR' | 'USD' | 'original';

/** What every chart point says about its case. Plain data: it is sent to the browser to re-draw. */
export interface CasePoint {
  caseId: string;
  url: string;
  title: string;
  /** First day of the decision date, `YYYY-MM-DD` (positions the mark; never shown or exported). */
  day: string;
  /** The decision date as recorded, at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: CaseView['data']['decided']['precision'];
  /** The decision date as readers should see it, at its precision. */
  dateLabel: string;
  status: CaseView['data']['status'];
  region: Region;
  jurisdiction: string;
  regulatorId: string;
  regulator: string;
  respondentIds: string[];
  respondents: string[];
}

/** One sum of money on a chart. */
export interface MoneyPoint extends CasePoint {
  /** Unique key: case id and amount index. */
  key: string;
  kind: AmountKind;
  /** Money agreed or awarded (settlement, damages) rather than a fine or penalty. */
  agreed: boolean;
  /** False when the sum also covers more than facial recognition (only settlements are charted so). */
  frtSpecific: boolean;
  value: number;
  currency: string;
  eur: number;
  /** US dollars at the ECB rate of the decision date; null when no rate is recorded. */
  usd: number | null;
  per: string | null;
  paymentStatus: CaseView['data']['paymentStatus'];
  /** Counts toward fine totals (a standing facial-recognition fine or penalty payment). */
  standing: boolean;
  /**
   * How many sums the point stands for, when a chart's view has added several up (fines by
   * authority draws totals, so its view carries one point per bar); one when absent.
   */
  count?: number;
}

/** A decision without money, drawn on its own lane. */
export interface EventPoint extends CasePoint {
  actionType: CaseView['data']['actionType'];
}

/** A provisional sum linked to the final one that replaced it (e.g. ICO £17M → £7.55M). */
export interface PointLink {
  from: string;
  to: string;
}

/** Everything the charts draw, derived once from the record. */
export interface ChartData {
  money: MoneyPoint[];
  events: EventPoint[];
  links: PointLink[];
}

/**
 * Whether a sum is drawn: every fine, penalty and proposed fine about facial recognition, and
 * every settlement or damages award, since money agreed is the headline of those cases even when
 * it covers more than facial recognition (the chart marks those apart and no fine total counts them).
 */
function isCharted(amount: CaseView['amounts'][number]): boolean {
  return amount.frtSpecific || isAgreedAmount(amount.kind);
}

function common(c: CaseView): CasePoint {
  return {
    caseId: c.id,
    url: c.url,
    title: c.data.title,
    day: startDay(c.data.decided),
    date: c.data.decided.date,
    precision: c.data.decided.precision,
    dateLabel: formatPartialDate(c.data.decided),
    status: c.data.status,
    region: regionOf(c.regulator.data.jurisdiction),
    jurisdiction: c.regulator.data.jurisdiction,
    regulatorId: c.regulator.id,
    regulator: c.regulator.data.shortName,
    respondentIds: c.respondents.map((r) => r.id),
    respondents: c.respondents.map(respondentName),
  };
}

/**
 * The chart data of the record: every facial-recognition fine, penalty and proposed fine, and
 * every settlement and damages award, as a money point; every decision without such a sum as an
 * event; and the links from provisional to final sums. Oldest first, ties by key, so output is
 * stable.
 */
export function chartData(record: FaceRecord): ChartData {
  const money: MoneyPoint[] = [];
  const events: EventPoint[] = [];
  for (const c of [...record.cases].reverse()) {
    const base = common(c);
    const sums = c.amounts.filter(isCharted);
    if (sums.length === 0) {
      events.push({ ...base, actionType: c.data.actionType });
      continue;
    }
    c.amounts.forEach((amount, index) => {
      if (!isCharted(amount)) return;
      const usdRate = rateFor(record.rates, 'USD', base.day);
      money.push({
        ...base,
        key: `${c.id}#${index}`,
        kind: amount.kind,
        agreed: isAgreedAmount(amount.kind),
        frtSpecific: amount.frtSpecific,
        value: amount.value,
        currency: amount.currency,
        eur: amount.euro.eur,
        usd: usdRate ? cents(amount.euro.eur * usdRate.perEur) : null,
        per: amount.per ?? null,
        paymentStatus: c.data.paymentStatus,
        standing: isStandingFine(c, amount),
      });
    });
  }
  const keyOf = new Map(money.map((p) => [p.caseId, p.key]));
  const links: PointLink[] = [];
  for (const c of record.cases) {
    for (const r of c.related) {
      if (!(REPLACING_RELATIONS as readonly string[]).includes(r.relation)) continue;
      const from = money.find((p) => p.caseId === r.case.id && p.kind === 'proposed-fine');
      const to = keyOf.get(c.id);
      if (from && to) links.push({ from: from.key, to });
    }
  }
  const byDay = <T extends { day: string }>(a: T, b: T, ka: string, kb: string) =>
    a.day.localeCompare(b.day) || ka.localeCompare(kb);
  money.sort((a, b) => byDay(a, b, a.key, b.key));
  events.sort((a, b) => byDay(a, b, a.caseId, b.caseId));
  return { money, events, links };
}

/** Filters a chart can apply; an empty value means "all". */
export interface ChartFilters {
  respondent?: string;
  regulator?: string;
  jurisdiction?: string;
}

/** Whether a point passes the filters (jurisdiction matches a country and its subdivisions). */
export function matchesFilters(
  point: Pick<MoneyPoint, 'respondentIds' | 'regulatorId' | 'jurisdiction'>,
  filters: ChartFilters,
): boolean {
  if (filters.respondent && !point.respondentIds.includes(filters.respondent)) return false;
  if (filters.regulator && point.regulatorId !== filters.regulator) return false;
  if (
    filters.jurisdiction &&
    point.jurisdiction !== filters.jurisdiction &&
    !point.jurisdiction.startsWith(`${filters.jurisdiction}-`)
  )
    return false;
  return true;
}

/** The chart data narrowed by filters; links survive only when both ends do. */
export function filterChartData(data: ChartData, filters: ChartFilters): ChartData {
  const money = data.money.filter((p) => matchesFilters(p, filters));
  const keys = new Set(money.map((p) => p.key));
  return {
    money,
    events: data.events.filter((p) => matchesFilters(p, filters)),
    links: data.links.filter((l) => keys.has(l.from) && keys.has(l.to)),
  };
}

/** A point's value in the chosen currency (positions use euros for "original"). */
export function valueIn(point: MoneyPoint, currency: ChartCurrency): number | null {
  return currency === 'USD' ? point.usd : point.eur;
}

/** A sum as decided, in its own currency: "7,552,800 GBP", "20,000 EUR per day". */
export function originalAmountText(p: Pick<MoneyPoint, 'value' | 'currency' | 'per'>): string {
  return perPeriod(`${formatNumber(p.value)} ${p.currency}`, p.per);
}

/** The filters among a chart's options, and nothing else. */
export function filtersOf(options: ChartFilters): ChartFilters {
  return {
    ...(options.respondent ? { respondent: options.respondent } : {}),
    ...(options.regulator ? { regulator: options.regulator } : {}),
    ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
  };
}
