import { describe, expect, it } from 'vitest';
import { mayStillMove, staleCases, standingAsOf } from '../../../src/lib/record/stale';
import { caseData } from '../../support/record-fixtures';

describe('cases that may still move', () => {
  it('an open status or an open payment may move; final and settled may not', () => {
    expect(mayStillMove({ status: 'under-appeal', paymentStatus: 'not-applicable' })).toBe(true);
    expect(mayStillMove({ status: 'final', paymentStatus: 'unknown' })).toBe(true);
    expect(mayStillMove({ status: 'final', paymentStatus: 'paid' })).toBe(false);
    expect(mayStillMove({ status: 'overturned', paymentStatus: 'not-applicable' })).toBe(false);
  });

  it('are listed longest unverified first, then by id', () => {
    const cases = [
      { id: 'b', data: caseData({ lastVerified: '2026-11-24' }) },
      { id: 'paid', data: caseData({ paymentStatus: 'paid', lastVerified: '2026-01-01' }) },
      { id: 'a', data: caseData({ lastVerified: '2026-11-24' }) },
      { id: 'old', data: caseData({ status: 'pending', lastVerified: '2026-11-20', added: '2026-11-20' }) },
    ];
    expect(staleCases(cases).map((c) => c.id)).toEqual(['old', 'a', 'b']);
  });

  it('stand as of their verification, or a later recorded change of status', () => {
    expect(standingAsOf(caseData())).toBe('2026-11-24');
    const later = caseData({
      status: 'final',
      corrections: [
        {
          date: '2026-12-03',
          kind: 'status',
          field: 'status',
          from: 'under-appeal',
          to: 'final',
          reason: 'r',
          source: 'https://court.example/',
        },
      ],
    });
    expect(standingAsOf(later)).toBe('2026-12-03');
  });
});
