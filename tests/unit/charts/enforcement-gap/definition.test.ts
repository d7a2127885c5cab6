import { describe, expect, it } from 'vitest';
import { enforcementGap } from '../../../../src/lib/charts/enforcement-gap/definition';
import { SAMPLE } from '../fixtures';

describe('enforcement gap definition', () => {
  const names = { 'clearview-ai': 'Clearview AI' };

  it('titles and ends its summary with the respondent it follows', () => {
    expect(enforcementGap.title(enforcementGap.defaults, names)).toBe(
      'Fines imposed on Clearview AI and known to be paid',
    );
    const summary = enforcementGap.summary(
      enforcementGap.defaults,
      enforcementGap.points(enforcementGap.defaults, SAMPLE),
      names,
    );
    expect(summary.at(-1)).toBe(
      'The gap between the two lines is money ordered but not known to have been collected from Clearview AI.',
    );
  });

  it('lists one table row per step of the lines, linking each to its case', () => {
    const shown = enforcementGap.points(enforcementGap.defaults, SAMPLE);
    const table = enforcementGap.table(enforcementGap.defaults, shown, 'T', names, 100);
    expect(table.rows).toHaveLength(shown.money.length);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Decided',
      'Case',
      'Authority',
      'Fine in euros',
      'Imposed to date',
      'Known paid to date',
    ]);
    expect(table.rows.every((row) => row.path.startsWith('/cases/'))).toBe(true);
  });
});
