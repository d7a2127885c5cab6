import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysBetween,
  latestDay,
  formatPartialDate,
  partialDateProblem,
  publicationLine,
  startDay,
  yearOf,
} from '../../../src/lib/dates/partial-date';

describe('partialDateProblem', () => {
  it('accepts real dates written at their precision', () => {
    expect(partialDateProblem('2022-10-17', 'day')).toBeNull();
    expect(partialDateProblem('2024-02-29', 'day')).toBeNull();
    expect(partialDateProblem('2022-10', 'month')).toBeNull();
    expect(partialDateProblem('2022', 'year')).toBeNull();
  });

  it('refuses a day written for a month-precise date', () => {
    expect(partialDateProblem('2022-10-17', 'month')).toBe(
      '"2022-10-17" is written at day precision but precision is "month": write YYYY-MM',
    );
  });

  it('refuses dates that do not exist', () => {
    expect(partialDateProblem('2022-02-30', 'day')).toMatch(/February 2022 has no day 30/);
    expect(partialDateProblem('2023-02-29', 'day')).toMatch(/no day 29/);
    expect(partialDateProblem('2022-13', 'month')).toMatch(/month 13 does not exist/);
  });

  it('refuses malformed text', () => {
    expect(partialDateProblem('17/10/2022', 'day')).toMatch(/expected a day-precise date written YYYY-MM-DD/);
    expect(partialDateProblem('1750', 'year')).toMatch(/out of range/);
  });
});

describe('formatPartialDate', () => {
  it('never prints more than is known', () => {
    expect(formatPartialDate({ date: '2022-10-07', precision: 'day' })).toBe('7 October 2022');
    expect(formatPartialDate({ date: '2022-10', precision: 'month' })).toBe('October 2022');
    expect(formatPartialDate({ date: '2022', precision: 'year' })).toBe('2022');
  });
});

describe('startDay and comparePartialDates', () => {
  it('maps each precision to its first day', () => {
    expect(startDay({ date: '2021-09', precision: 'month' })).toBe('2021-09-01');
    expect(startDay({ date: '2021', precision: 'year' })).toBe('2021-01-01');
    expect(yearOf({ date: '2021-09', precision: 'month' })).toBe(2021);
  });

  it('sorts by first day, the more precise first on ties', () => {
    const dates = [
      { date: '2022', precision: 'year' },
      { date: '2022-01-01', precision: 'day' },
      { date: '2021-12', precision: 'month' },
      { date: '2022-01', precision: 'month' },
    ] as const;
    expect([...dates].sort(comparePartialDates).map((d) => d.date)).toEqual([
      '2021-12',
      '2022-01-01',
      '2022-01',
      '2022',
    ]);
  });

  it('counts days across month ends', () => {
    expect(daysBetween('2022-05-13', '2022-05-16')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('publicationLine', () => {
  it('says when a text was published, and when it was updated if it was', () => {
    expect(publicationLine('2026-11-24')).toBe('Published 24 November 2026');
    expect(publicationLine('2026-11-24', '2026-11-24')).toBe('Published 24 November 2026');
    expect(publicationLine('2026-11-24', '2026-12-01')).toBe('Published 24 November 2026 · updated 1 December 2026');
  });
});

describe('latestDay', () => {
  it('is the latest of the days given, whatever their order', () => {
    expect(latestDay('2026-11-24')).toBe('2026-11-24');
    expect(latestDay('2026-11-24', '2026-12-02', '2025-01-31')).toBe('2026-12-02');
  });
});
