// Provisions: how a case's citations read, and which cases cite a provision, for the law and
// provision pages, the fact box, the exports and the comparison.
import type { LawData, ProvisionData } from '../../schemas/law';
import { PROVISION_ROLES } from '../../schemas/vocabulary';
import type { CaseView, CitedProvision, Entry } from './types';
import { lawPath, provisionPath } from '../routes';

type Role = (typeof PROVISION_ROLES)[number];

/** "GDPR Art. 5" + "(1)(a)" → "GDPR Art. 5(1)(a)"; a whole-law citation reads as the law's short title. */
export function citationText(law: Entry<LawData>, provision: ProvisionData | undefined, pinpoint?: string): string {
  return provision ? `${provision.cited}${pinpoint ?? ''}` : law.data.shortTitle;
}

/** The page of a provision: `/laws/eu-gdpr/art-9/`. */

/** The page a citation links to: its provision's page, or the law's page for a whole-law citation. */
export function citationPath(cited: Pick<CitedProvision, 'law' | 'provision'>): string {
  return cited.provision ? provisionPath(cited.law.id, cited.provision.id) : lawPath(cited.law.id);
}

/** The laws a case cites, each once, in the order first cited. */
export function lawsCited(provisions: readonly CitedProvision[]): Entry<LawData>[] {
  const seen = new Map<string, Entry<LawData>>();
  for (const cited of provisions) if (!seen.has(cited.law.id)) seen.set(cited.law.id, cited.law);
  return [...seen.values()];
}

/** A case's legal basis as lines of text: its citations (with any note) and then its doctrines. */
export function legalBasisLines(c: Pick<CaseView, 'provisions' | 'data'>): string[] {
  return [
    ...c.provisions.map((cited) => (cited.note ? `${cited.citation} (${cited.note})` : cited.citation)),
    ...c.data.doctrines,
  ];
}

/** One case citing a provision, with every role it gave it (a case may cite Art. 5(1)(a) and 5(1)(c)). */
export interface ProvisionCase {
  case: CaseView;
  /** The strongest role first: breached, not breached, relied on, considered. */
  roles: Role[];
  /** The citations as the case wrote them, e.g. ["GDPR Art. 5(1)(a)", "GDPR Art. 5(1)(c)"]. */
  citations: string[];
}

/** The cases citing a provision (or, with no provision id, citing the law as a whole), in record order. */
export function casesCiting(cases: readonly CaseView[], lawId: string, provisionId?: string): ProvisionCase[] {
  const found: ProvisionCase[] = [];
  for (const c of cases) {
    const matching = c.provisions.filter((p) => p.law.id === lawId && p.provision?.id === provisionId);
    if (matching.length === 0) continue;
    const roles = PROVISION_ROLES.filter((role) => matching.some((p) => p.role === role));
    found.push({ case: c, roles, citations: [...new Set(matching.map((p) => p.citation))] });
  }
  return found;
}

/** How many cases gave a provision each role, for the law page's counts. */
export function roleCounts(cited: readonly ProvisionCase[]): Record<Role, number> {
  const counts = Object.fromEntries(PROVISION_ROLES.map((role) => [role, 0])) as Record<Role, number>;
  for (const entry of cited) for (const role of entry.roles) counts[role] += 1;
  return counts;
}

/** A dot on a provision's small timeline: one case, placed in its year's column. */
export interface StripDot {
  caseId: string;
  title: string;
  year: number;
  /** Position in the year's stack, from the baseline up. */
  level: number;
  role: Role;
}

/** Lays the cases citing a provision out by year, oldest first, each year's cases stacked. */
export function yearStrip(cited: readonly ProvisionCase[]): { years: number[]; dots: StripDot[]; tallest: number } {
  const byYear = new Map<number, ProvisionCase[]>();
  for (const entry of cited) {
    const year = Number(entry.case.data.decided.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), entry]);
  }
  const known = [...byYear.keys()].sort((a, b) => a - b);
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return { years: [], dots: [], tallest: 0 };
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const dots = years.flatMap((year) =>
    [...(byYear.get(year) ?? [])]
      .sort((a, b) => (a.case.data.decided.date < b.case.data.decided.date ? -1 : 1))
      .map((entry, level) => ({
        caseId: entry.case.id,
        title: entry.case.data.title,
        year,
        level,
        role: entry.roles[0] ?? 'considered',
      })),
  );
  return { years, dots, tallest: Math.max(...years.map((y) => byYear.get(y)?.length ?? 0)) };
}
