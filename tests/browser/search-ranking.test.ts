// The ranking a journalist expects, checked in Chromium on the real search page: for each query,
// the page that must be among the first three results; for a bare respondent or authority name,
// its own page first, before the decisions that name it (issue 18); and a law's or a provision's
// name as lawyers write it, that law or provision first. The ranking is tuned in
// client/pagefind.ts (RANKING) and components/SearchMeta.astro (names); the index additions
// (synonyms, sums as typed) in lib/search/additions.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useSite } from '../support/browser';
import { shownResults } from '../support/search';

const FIRST = true;

/** Query, the page it must find in its first three results, and whether that page must lead. */
const RANKING: readonly (readonly [query: string, page: string, first?: boolean])[] = [
  ['clearview', '/respondents/clearview-ai/', FIRST],
  ['Clearview AI', '/respondents/clearview-ai/', FIRST],
  ['Mercadona', '/respondents/mercadona/', FIRST],
  ['Bunnings', '/respondents/bunnings/', FIRST],
  ['Facewatch', '/respondents/facewatch/', FIRST],
  ['Rite Aid', '/respondents/rite-aid/', FIRST],
  ['Worldcoin', '/respondents/worldcoin-foundation/', FIRST],
  ['PimEyes', '/respondents/pimeyes/', FIRST],
  ['White Castle', '/respondents/white-castle/', FIRST],
  ['Kmart', '/respondents/kmart-australia/', FIRST],
  ['Uber Eats', '/respondents/uber-eats-uk/', FIRST],
  ['Serco', '/respondents/serco-leisure/', FIRST],
  ['CNIL', '/regulators/fr-cnil/', FIRST],
  ['Garante', '/regulators/it-garante/', FIRST],
  ['ICO', '/regulators/gb-ico/', FIRST],
  ["Information Commissioner's Office", '/regulators/gb-ico/', FIRST],
  ['Autoriteit Persoonsgegevens', '/regulators/nl-ap/', FIRST],
  ['AEPD', '/regulators/es-aepd/', FIRST],
  ['Hellenic Data Protection Authority', '/regulators/gr-hdpa/', FIRST],
  ['OAIC', '/regulators/au-oaic/', FIRST],
  ['FTC', '/regulators/us-ftc/', FIRST],
  ['Datatilsynet', '/regulators/dk-datatilsynet/', FIRST],
  ['IMY', '/regulators/se-imy/', FIRST],
  ['BIPA', '/laws/us-il-bipa/', FIRST],
  ['GDPR', '/laws/eu-gdpr/', FIRST],
  ['AI Act', '/laws/eu-ai-act-art5/', FIRST],
  ['Article 9 GDPR', '/laws/eu-gdpr/art-9/', FIRST],
  ['Art. 9 GDPR', '/laws/eu-gdpr/art-9/', FIRST],
  ['CNIL Clearview', '/cases/fr-cnil-sanction-2022/'],
  ['Clearview Greece', '/cases/gr-hdpa-fine-2022/'],
  ['Clearview Italy', '/cases/it-garante-fine-2022/'],
  ['Clearview Netherlands', '/cases/nl-ap-fine-2024/'],
  ['€30.5m', '/cases/nl-ap-fine-2024/'],
  ['30.5 million', '/cases/nl-ap-fine-2024/'],
  ['£7.5m', '/cases/gb-ico-mpn-enforcement-notice-2022/'],
  ['7.5 million pounds', '/cases/gb-ico-mpn-enforcement-notice-2022/'],
  ['7,552,800', '/cases/gb-ico-mpn-enforcement-notice-2022/'],
  ['€20m Greece', '/cases/gr-hdpa-fine-2022/'],
  ['20,000,000 Italy', '/cases/it-garante-fine-2022/'],
  ['astreinte', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['liquidation of the penalty', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['Zwangsgeld Clearview', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['daily fine CNIL', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['dwangsom', '/cases/nl-ap-fine-2024/'],
  ['consent order Rite Aid', '/cases/us-ftc-rite-aid-2023/'],
  ['Bridges South Wales Police', '/cases/gb-ewca-bridges-v-south-wales-police-2020/'],
  ['Cothron', '/cases/us-il-cothron-v-white-castle-2023/'],
  ['Glukhin', '/cases/ru-ecthr-glukhin-v-russia-2023/'],
  ['Skelleftea', '/cases/se-imy-skelleftea-school-fine-2019/'],
  ['does Clearview pay its fines', '/explainers/does-clearview-pay-its-fines/'],
  ['facial recognition in shops', '/explainers/facial-recognition-in-shops/'],
  ['police use of facial recognition', '/explainers/police-use-of-facial-recognition/'],
  ['face scraping ban', '/explainers/ai-act-ban-on-face-scraping/'],
  ['Detroit police', '/respondents/us-detroit-police-department/'],
  ['supervisory authority Greece', '/regulators/gr-hdpa/'],
];

/** Words of art and sums as typed that must reach their case on the first page of results. */
const REACH: readonly (readonly [query: string, page: string])[] = [
  ['daily fine', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['Zwangsgeld', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['penalità di mora', '/cases/fr-cnil-penalty-liquidation-2023/'],
  ['€20m', '/cases/fr-cnil-sanction-2022/'],
  ['20 million euros', '/cases/it-garante-fine-2022/'],
  ['£7.5m', '/cases/gb-ico-mpn-enforcement-notice-2022/'],
  ['$650m', '/cases/us-il-in-re-facebook-bipa-2021/'],
  ['KI-Verordnung', '/laws/eu-ai-act-art5/'],
];

describe.runIf(chromiumAvailable())('search ranking in Chromium', () => {
  const site = useSite();
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(async () => {
    await page.close();
  });

  it('holds at least forty queries', () => {
    expect(RANKING.length).toBeGreaterThanOrEqual(40);
  });

  it.each(RANKING.map(([query, expected, first = false]) => ({ query, expected, first })))(
    '$query → $expected',
    async ({ query, expected, first }) => {
      const shown = (await shownResults(page, site.server.origin, query, 3)).map((result) => result.href);
      if (first) expect(shown[0]).toBe(expected);
      else expect(shown).toContain(expected);
    },
  );

  it.each(REACH)('%s reaches %s', async (query, expected) => {
    const shown = (await shownResults(page, site.server.origin, query, 10)).map((result) => result.href);
    expect(shown).toContain(expected);
  });
});
