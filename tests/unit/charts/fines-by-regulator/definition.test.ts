import { describe, expect, it } from 'vitest';
import { finesByRegulator } from '../../../../src/lib/charts/fines-by-regulator/definition';
import { SAMPLE } from '../fixtures';

describe('fines by regulator definition', () => {
  it('titles by authority or by country, naming a respondent filter', () => {
    const names = { 'clearview-ai': 'Clearview AI' };
    expect(finesByRegulator.title(finesByRegulator.defaults, names)).toBe('Facial-recognition fines by authority');
    expect(
      finesByRegulator.title({ ...finesByRegulator.defaults, by: 'jurisdiction', respondent: 'clearview-ai' }, names),
    ).toBe('Facial-recognition fines by country: Clearview AI');
  });

  it('has one table row per bar, the authority as the row header', () => {
    const shown = finesByRegulator.points(finesByRegulator.defaults, SAMPLE);
    const table = finesByRegulator.table(finesByRegulator.defaults, shown, 'T', {}, 100);
    expect(table.header).toBe(0);
    expect(table.rows.length).toBe(new Set(shown.money.map((p) => p.regulatorId)).size);
    expect(table.rows.every((row) => row.path.startsWith('/regulators/'))).toBe(true);
  });
});
