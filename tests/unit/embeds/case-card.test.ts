import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { CASE_CARD_HEIGHT, caseCard, caseOEmbed, caseSnippet } from '../../../src/lib/embeds/case-card';
import { caseData, recordInput } from '../../support/record-fixtures';

const record = buildRecord(
  recordInput([
    {
      id: 'gb-ico-fine',
      data: caseData({
        title: 'ICO fines Clearview AI',
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        amounts: [{ kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true }],
        status: 'under-appeal',
        paymentStatus: 'unpaid',
        lastVerified: '2026-12-01',
        sources: [
          { url: 'https://press.example/ico', title: 'A report', publisher: 'Press', kind: 'press' },
          { url: 'https://ico.org.uk/penalty', title: 'Penalty notice', publisher: 'ICO', kind: 'primary' },
        ],
      }),
    },
  ]),
);
const [view] = record.cases;
if (!view) throw new Error('no case built');
const url = (path: string) => `https://facerules.org${path}`;

describe('caseCard', () => {
  it('gives the facts a journalist quotes: the sum in its currency and in euros with the rate, the payment, the date checked', () => {
    const card = caseCard(view);
    expect(card.title).toBe('ICO fines Clearview AI');
    expect(card.authority).toBe("Information Commissioner's Office");
    expect(card.amounts).toEqual(['Fine: £7,552,800 (≈ €8.9 million at 0.8467 on 2022-05-18)']);
    expect(card.payment).toBe('Unpaid');
    expect(card.asOf).toBe('2026-12-01');
    expect(card.path).toBe('/cases/gb-ico-fine/');
  });

  it("cites the deciding body's own text before any report", () => {
    expect(caseCard(view).source).toMatchObject({ url: 'https://ico.org.uk/penalty', primary: true });
  });
});

describe('caseOEmbed', () => {
  it('is an oEmbed 1.0 rich response whose html embeds the card, with a fallback link to the case', () => {
    const response = caseOEmbed(view, { provider: 'Face Rules', url });
    expect(response).toMatchObject({ version: '1.0', type: 'rich', height: CASE_CARD_HEIGHT, title: view.data.title });
    expect(response['html']).toBe(caseSnippet(view, url));
    expect(response['html']).toContain('<iframe src="https://facerules.org/embed/case/gb-ico-fine/"');
    expect(response['html']).toContain(`height="${CASE_CARD_HEIGHT}"`);
    expect(response['html']).toContain('<a href="https://facerules.org/cases/gb-ico-fine/">');
    expect(response['html']).toContain('<script src="https://facerules.org/embed.js" async></script>');
  });
});
