import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { findContentProblems } from '../../../src/lib/record/integrity';
import { casesCiting, legalBasisLines, roleCounts, yearStrip } from '../../../src/lib/record/provisions';
import { rateBook } from '../../../src/lib/money/rates';
import { caseData, GDPR_FIXTURE, recordInput } from '../../support/record-fixtures';

const record = buildRecord(
  recordInput([
    {
      id: 'fine',
      data: caseData({
        provisions: [
          { law: 'eu-gdpr', provision: 'art-9', pinpoint: '(1)', role: 'breached' },
          { law: 'eu-gdpr', provision: 'art-6', pinpoint: '(1)(f)', role: 'rejected', note: 'legitimate interests' },
          { law: 'eu-gdpr', provision: 'art-6', pinpoint: '(1)', role: 'breached' },
        ],
        doctrines: ['Real and substantial connection test'],
      }),
    },
    {
      id: 'later',
      data: caseData({
        decided: { date: '2024-03', precision: 'month' },
        provisions: [{ law: 'eu-gdpr', role: 'relied-on' }],
      }),
    },
  ]),
);
const fine = record.cases.find((c) => c.id === 'fine');

describe('cited provisions', () => {
  it('read as lawyers cite them, pinpoint after the number; a whole law by its short title', () => {
    expect(fine?.provisions.map((p) => p.citation)).toEqual(['GDPR Art. 9(1)', 'GDPR Art. 6(1)(f)', 'GDPR Art. 6(1)']);
    expect(record.cases.find((c) => c.id === 'later')?.provisions[0]?.citation).toBe('GDPR');
    expect(fine?.laws.map((law) => law.id)).toEqual(['eu-gdpr']);
  });

  it('keep the legal basis readable as lines, notes in brackets, doctrines last', () => {
    expect(fine && legalBasisLines(fine)).toEqual([
      'GDPR Art. 9(1)',
      'GDPR Art. 6(1)(f) (legitimate interests)',
      'GDPR Art. 6(1)',
      'Real and substantial connection test',
    ]);
  });

  it('list the cases citing a provision with each role once, strongest first, and count them', () => {
    const citing = casesCiting(record.cases, 'eu-gdpr', 'art-6');
    expect(citing.map((c) => [c.case.id, c.roles, c.citations])).toEqual([
      ['fine', ['breached', 'rejected'], ['GDPR Art. 6(1)(f)', 'GDPR Art. 6(1)']],
    ]);
    expect(roleCounts(citing)).toEqual({ breached: 1, 'not-breached': 0, rejected: 1, 'relied-on': 0, considered: 0 });
    // A whole-law citation is not a citation of any one provision.
    expect(casesCiting(record.cases, 'eu-gdpr', 'art-9').map((c) => c.case.id)).toEqual(['fine']);
    expect(casesCiting(record.cases, 'eu-gdpr').map((c) => c.case.id)).toEqual(['later']);
  });

  it('lay out on a year strip with empty years kept and each year stacked', () => {
    const strip = yearStrip(casesCiting(record.cases, 'eu-gdpr', 'art-9').concat(casesCiting(record.cases, 'eu-gdpr')));
    expect(strip.years).toEqual([2022, 2023, 2024]);
    expect(strip.dots.map((d) => [d.caseId, d.year, d.level, d.role])).toEqual([
      ['fine', 2022, 0, 'breached'],
      ['later', 2024, 0, 'relied-on'],
    ]);
    expect(strip.tallest).toBe(1);
    expect(yearStrip([])).toEqual({ years: [], dots: [], tallest: 0 });
  });

  it('fail the build naming the file, the field and the provisions the law declares', () => {
    const uncited = recordInput();
    uncited.laws = [GDPR_FIXTURE];
    expect(findContentProblems(uncited, rateBook([])).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'provisions.0: no case cites "art-6": expected only provisions cases cite (remove it, or cite it from a case)',
      'provisions.1: no case cites "art-9": expected only provisions cases cite (remove it, or cite it from a case)',
    ]);
    const input = recordInput([
      { id: 'bad', data: caseData({ provisions: [{ law: 'eu-gdpr', provision: 'art-99', role: 'breached' }] }) },
      { id: 'nolaw', data: caseData({ provisions: [{ law: 'xx-nothing', role: 'breached' }] }) },
    ]);
    expect(findContentProblems(input, rateBook([]))).toEqual([
      {
        file: 'content/cases/bad.mdx',
        field: 'provisions.0.provision',
        message:
          'law "eu-gdpr" declares no provision "art-99": expected one of (none yet), or add it to content/laws/eu-gdpr.mdx',
      },
      {
        file: 'content/cases/nolaw.mdx',
        field: 'provisions.0.law',
        message: 'no law "xx-nothing": expected the id of a file in content/laws/',
      },
    ]);
  });
});
