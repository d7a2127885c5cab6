// The record's history, read from the content itself: the day each case was added and every dated
// correction, update and status change since. Never the build clock, so a rebuild changes nothing.
import { latestDay } from '../dates/partial-date';
import { CASE_FIELD_LABELS, type CaseData, type CaseField, type CorrectionData } from '../../schemas/case';
import { label } from '../../schemas/vocabulary';

/** What happened to a case on a given day. */
export type ChangeKind = 'added' | CorrectionData['kind'];

/** One dated event in a case's history. */
export interface RecordChange {
  /**
   * Stable for ever: the case id and the event's place in its history (0 = added, then each
   * correction in order). Corrections are only appended, so a number never moves.
   */
  key: string;
  /** The event's place in the case's history: 0 for the addition, then 1, 2 … for each correction. */
  place: number;
  caseId: string;
  /** Day of the change, `YYYY-MM-DD`. */
  date: string;
  kind: ChangeKind;
  /** The correction itself; absent for the addition. */
  correction?: CorrectionData;
}

type History = Pick<CaseData, 'added' | 'corrections'>;

/** A case's history, oldest first: its addition, then each correction. */
export function caseChanges(caseId: string, data: History): RecordChange[] {
  return [
    { key: `${caseId}/0`, place: 0, caseId, date: data.added, kind: 'added' },
    ...data.corrections.map((correction, index) => ({
      key: `${caseId}/${index + 1}`,
      place: index + 1,
      caseId,
      date: correction.date,
      kind: correction.kind,
      correction,
    })),
  ];
}

/** The day a case last changed in the record: its addition or its latest correction. */
export function lastChanged(data: History): string {
  return latestDay(data.added, ...data.corrections.map((c) => c.date));
}

/**
 * Every change to every case, newest first; on the same day corrections before additions, then
 * by case id and the event's place, so the order never depends on the order files were read.
 */
export function changeLog<C extends { id: string; data: History }>(
  cases: readonly C[],
): (RecordChange & { case: C })[] {
  const kindOrder = (kind: ChangeKind) => (kind === 'added' ? 1 : 0);
  return cases
    .flatMap((c) => caseChanges(c.id, c.data).map((change) => ({ ...change, case: c })))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        a.caseId.localeCompare(b.caseId) ||
        b.place - a.place,
    );
}

/** The reader-facing name of a case field named by a correction. */
export function fieldLabel(field: string): string {
  return Object.hasOwn(CASE_FIELD_LABELS, field) ? CASE_FIELD_LABELS[field as CaseField] : field;
}

/** How a value reads: vocabulary terms by their label ("under-appeal" → "Under appeal"), text as it is. */
function shown(field: string, value: string): string {
  return field === 'status' || field === 'paymentStatus' ? label(value) : value;
}

/** The heading of a change: "Correction", "Status change", "Added to the record". */
export function changeHeading(kind: ChangeKind): string {
  return kind === 'added' ? 'Added to the record' : label(kind);
}

/** What changed, in one plain sentence: "Status changed from “Under appeal” to “Final”." */
export function changeSentence(change: Pick<RecordChange, 'kind' | 'correction'>): string {
  const correction = change.correction;
  if (!correction) return 'The case entered the record.';
  const verb = { correction: 'corrected', update: 'updated', status: 'changed' }[correction.kind];
  const field = fieldLabel(correction.field);
  const to = shown(correction.field, correction.to);
  // A value that ends a sentence already has its full stop inside the quotation marks.
  const stop = /[.!?]$/.test(to) ? '' : '.';
  return `${field} ${verb} from “${shown(correction.field, correction.from)}” to “${to}”${stop}`;
}

/** The sentence and its reason, for feeds and plain text. */
export function changeText(change: Pick<RecordChange, 'kind' | 'correction'>): string {
  return change.correction ? `${changeSentence(change)} ${change.correction.reason}` : changeSentence(change);
}
