// A law's dated life, read against the day the record was last checked — never the build clock,
// so a page says the same thing whenever it is rebuilt.
import { daysBetween, startDay } from '../dates/partial-date';
import type { LawStageData } from '../../schemas/law';

/** A stage on the law page's timeline: past or still to come, as of the day given. */
export interface StageView extends LawStageData {
  upcoming: boolean;
}

/** Marks each stage as past or upcoming as of `asOf` (a YYYY-MM-DD day). */
export function stagesAsOf(stages: readonly LawStageData[], asOf: string): StageView[] {
  return stages.map((stage) => ({ ...stage, upcoming: startDay(stage.date) > asOf }));
}

/** The first stage after `asOf`, with the days from `asOf` to it; undefined when none is scheduled. */
export function nextStage(
  stages: readonly LawStageData[],
  asOf: string,
): { stage: LawStageData; daysAfter: number } | undefined {
  const stage = stages.find((s) => startDay(s.date) > asOf);
  if (!stage) return undefined;
  return { stage, daysAfter: daysBetween(asOf, startDay(stage.date)) };
}
