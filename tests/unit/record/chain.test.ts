import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { comparableTo, proceedingsOf } from '../../../src/lib/record/chain';
import { caseData, recordInput } from '../../support/record-fixtures';

const day = (date: string) => ({ date, precision: 'day' as const });
const record = buildRecord(
  recordInput([
    { id: 'notice', data: caseData({ decided: day('2021-11-29') }) },
    {
      id: 'fine',
      data: caseData({
        decided: day('2022-05-18'),
        related: [
          { case: 'notice', relation: 'follows' },
          { case: 'other-fine', relation: 'related' },
        ],
      }),
    },
    {
      id: 'first-appeal',
      data: caseData({ decided: day('2023-10-17'), related: [{ case: 'fine', relation: 'appeal-of' }] }),
    },
    {
      id: 'second-appeal',
      data: caseData({ decided: day('2025-10-06'), related: [{ case: 'first-appeal', relation: 'appeal-of' }] }),
    },
    { id: 'other-fine', data: caseData({ decided: day('2022-03-09') }) },
  ]),
);
const byId = (id: string) => {
  const found = record.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe('proceedingsOf', () => {
  it('follows links in both directions and reads oldest first', () => {
    expect(proceedingsOf(record.cases, byId('fine')).map((c) => c.id)).toEqual([
      'notice',
      'fine',
      'first-appeal',
      'second-appeal',
    ]);
    expect(proceedingsOf(record.cases, byId('second-appeal')).map((c) => c.id)).toEqual([
      'notice',
      'fine',
      'first-appeal',
      'second-appeal',
    ]);
  });

  it('does not join parallel cases linked only as related', () => {
    expect(proceedingsOf(record.cases, byId('other-fine')).map((c) => c.id)).toEqual(['other-fine']);
  });
});

describe('comparableTo', () => {
  it('finds related cases from either side', () => {
    expect(comparableTo(record.cases, byId('fine')).map((c) => c.id)).toEqual(['other-fine']);
    expect(comparableTo(record.cases, byId('other-fine')).map((c) => c.id)).toEqual(['fine']);
  });
});
