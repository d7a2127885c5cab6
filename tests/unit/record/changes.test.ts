import { describe, expect, it } from 'vitest';
import { caseChanges, changeLog, changeSentence, changeText, lastChanged } from '../../../src/lib/record/changes';
import type { CorrectionData } from '../../../src/schemas/case';

const fix: CorrectionData = {
  date: '2026-12-01',
  kind: 'correction',
  field: 'sources',
  from: 'https://a.example./x',
  to: 'https://a.example/x',
  reason: 'A stray dot.',
  source: 'https://a.example/x',
};
const appeal: CorrectionData = {
  date: '2026-12-03',
  kind: 'status',
  field: 'status',
  from: 'under-appeal',
  to: 'final',
  reason: 'The appeal was dismissed.',
  source: 'https://court.example/ruling',
};

describe('a case history', () => {
  it('starts with the addition and numbers each correction for ever', () => {
    const changes = caseChanges('a', { added: '2026-11-24', corrections: [fix, appeal] });
    expect(changes.map((c) => [c.key, c.date, c.kind])).toEqual([
      ['a/0', '2026-11-24', 'added'],
      ['a/1', '2026-12-01', 'correction'],
      ['a/2', '2026-12-03', 'status'],
    ]);
  });

  it('last changed on its latest correction, or the day added', () => {
    expect(lastChanged({ added: '2026-11-24', corrections: [] })).toBe('2026-11-24');
    expect(lastChanged({ added: '2026-11-24', corrections: [fix, appeal] })).toBe('2026-12-03');
  });
});

describe('the change log', () => {
  it('is newest first, corrections before additions on a day, then by case id, whatever the input order', () => {
    const cases = [
      { id: 'b', data: { added: '2026-12-01', corrections: [] } },
      { id: 'a', data: { added: '2026-11-24', corrections: [fix, appeal] } },
      { id: 'c', data: { added: '2026-12-01', corrections: [] } },
    ];
    const keys = (input: typeof cases) => changeLog(input).map((c) => c.key);
    expect(keys(cases)).toEqual(['a/2', 'a/1', 'b/0', 'c/0', 'a/0']);
    expect(keys([...cases].reverse())).toEqual(keys(cases));
    expect(changeLog(cases)[0]?.case.id).toBe('a');
  });
});

describe('what a change says', () => {
  it('names the field, and a status by its label', () => {
    expect(changeSentence({ kind: 'correction', correction: fix })).toBe(
      'Sources corrected from “https://a.example./x” to “https://a.example/x”.',
    );
    expect(changeText({ kind: 'status', correction: appeal })).toBe(
      'Status changed from “Under appeal” to “Final”. The appeal was dismissed.',
    );
    expect(changeText({ kind: 'added' })).toBe('The case entered the record.');
    // A quoted sentence keeps its own full stop; none is added after the quotation mark.
    expect(
      changeSentence({ kind: 'update', correction: { ...fix, kind: 'update', field: 'conflicts', to: 'Answered.' } }),
    ).toBe('Where sources disagree updated from “https://a.example./x” to “Answered.”');
  });
});
