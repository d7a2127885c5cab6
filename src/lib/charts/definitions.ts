// The charts Face Rules publishes: one line each. A chart is its folder's definition.ts; the ids
// are part of the embed URL contract.
import { enforcementGap } from './enforcement-gap/definition';
import { fineTimeline } from './fine-timeline/definition';
import { finesByRegulator } from './fines-by-regulator/definition';
import type { ChartDefinition } from './options';

export const CHARTS = {
  'fine-timeline': fineTimeline,
  'enforcement-gap': enforcementGap,
  'fines-by-regulator': finesByRegulator,
} as const satisfies Record<string, ChartDefinition>;
