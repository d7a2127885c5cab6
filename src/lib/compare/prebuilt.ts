// Comparisons built into the site, readable without JavaScript: /compare/<id>/.

/** A comparison worth a permanent address. */
export interface Comparison {
  id: string;
  title: string;
  /** One or two sentences on why these decisions belong side by side. */
  intro: string;
  cases: readonly string[];
}

export const COMPARISONS: readonly Comparison[] = [
  {
    id: 'clearview-europe',
    title: 'Clearview AI in Europe and the UK: the decisions side by side',
    intro:
      'Five data protection authorities ruled on the same database of scraped faces. Read across a row to see where they agreed — the legal bases they refused, the orders they gave, what they fined — and where they went their own way.',
    cases: [
      'it-garante-fine-2022',
      'gb-ico-mpn-enforcement-notice-2022',
      'gr-hdpa-fine-2022',
      'fr-cnil-sanction-2022',
      'nl-ap-fine-2024',
    ],
  },
];
