import { isProceedingRelation } from '../../schemas/vocabulary';
import type { CaseView } from './types';

/**
 * Every case in the same proceedings as `start` — linked, in either direction, by an appeal,
 * enforcement or follow-up — oldest first; `start` itself included. "Related" links are left out:
 * they join parallel cases, not steps of one story.
 */
export function proceedingsOf(cases: readonly CaseView[], start: CaseView): CaseView[] {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  };
  for (const c of cases) {
    for (const r of c.related) {
      if (!isProceedingRelation(r.relation)) continue;
      link(c.id, r.case.id);
      link(r.case.id, c.id);
    }
  }
  const seen = new Set([start.id]);
  const queue = [start.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of neighbours.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  // The record is newest first; the story reads oldest first.
  return cases.filter((c) => seen.has(c.id)).reverse();
}

/** Cases linked to `start` as "related" in either direction: parallel decisions worth comparing. */
export function comparableTo(cases: readonly CaseView[], start: CaseView): CaseView[] {
  const ids = new Set(start.related.filter((r) => r.relation === 'related').map((r) => r.case.id));
  for (const c of cases) if (c.related.some((r) => r.relation === 'related' && r.case.id === start.id)) ids.add(c.id);
  ids.delete(start.id);
  return cases.filter((c) => ids.has(c.id));
}

/** A case's proceedings (oldest first) and the parallel decisions outside them, for its page. */
export function storyOf(cases: readonly CaseView[], view: CaseView): { chain: CaseView[]; comparable: CaseView[] } {
  const chain = proceedingsOf(cases, view);
  return { chain, comparable: comparableTo(cases, view).filter((c) => !chain.includes(c)) };
}
