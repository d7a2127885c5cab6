import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { cardAlt, caseCard, siteCard } from '../../../src/lib/social/cards';
import type { CaseData } from '../../../src/schemas/case';
import { caseData, recordInput } from '../../support/record-fixtures';

const card = (data: Partial<CaseData>) => {
  const [view] = buildRecord(recordInput([{ id: 'a', data: caseData(data) }])).cases;
  if (!view) throw new Error('no case built');
  return caseCard(view);
};

describe('caseCard', () => {
  it('names the authority and the date, the title, and the sum in its own currency', () => {
    expect(card({})).toEqual({
      kicker: 'CNIL · 17 October 2022',
      title: 'Regulator fines a company',
      footer: 'Fine: €20 million',
    });
  });

  it('gives the sum decided rather than the one only proposed', () => {
    expect(
      card({
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        amounts: [
          { kind: 'proposed-fine', value: 17_000_000, currency: 'GBP', frtSpecific: true },
          { kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true },
        ],
      }).footer,
    ).toBe('Fine: £7,552,800');
  });

  it('gives a proposed fine when it is the only sum, and dates at the precision recorded', () => {
    expect(
      card({
        decided: { date: '2022-10', precision: 'month' },
        amounts: [{ kind: 'proposed-fine', value: 17_000_000, currency: 'EUR', frtSpecific: true }],
      }),
    ).toMatchObject({ kicker: 'CNIL · October 2022', footer: 'Proposed fine: €17 million' });
  });

  it('gives a periodic penalty with its period', () => {
    expect(
      card({ amounts: [{ kind: 'periodic-penalty', value: 100_000, currency: 'EUR', per: 'day', frtSpecific: true }] })
        .footer,
    ).toBe('Periodic penalty: €100,000 per day');
  });

  it('names the kind of action when there is no money', () => {
    expect(card({ actionType: 'order', paymentStatus: 'not-applicable', amounts: [] }).footer).toBe('Order');
  });
});

describe('siteCard', () => {
  it('counts cases and the bodies that decided them', () => {
    expect(siteCard({ name: 'Face Rules', tagline: 'Who fined whom.', cases: 171, regulators: 64 })).toEqual({
      kicker: 'Face Rules',
      title: 'Who fined whom.',
      footer: '171 cases · 64 authorities and courts',
    });
  });
});

describe('cardAlt', () => {
  it('reads the card as sentences, without doubling a full stop the text already has', () => {
    expect(cardAlt({ kicker: 'CNIL · 17 October 2022', title: 'A title', footer: 'Fine: €20 million' })).toBe(
      'CNIL · 17 October 2022. A title. Fine: €20 million.',
    );
    expect(cardAlt({ kicker: 'Face Rules', title: 'Who fined whom.', footer: '171 cases' })).toBe(
      'Face Rules. Who fined whom. 171 cases.',
    );
  });
});
