import { describe, expect, it } from 'vitest';
import { respondentName } from '../../../src/lib/record/names';

describe('respondentName', () => {
  it('is the short name where there is one, else the full name', () => {
    expect(respondentName({ data: { name: 'Clearview AI, Inc.', shortName: 'Clearview AI' } })).toBe('Clearview AI');
    expect(respondentName({ data: { name: 'Bunnings Group Limited' } })).toBe('Bunnings Group Limited');
  });
});
