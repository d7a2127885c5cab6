// A case as a card to embed in another site: the facts a journalist quotes, each as the record
// holds it, with the source to check them against and the date they were last checked.
import { formatMoney, formatWithEuro, perPeriod } from '../money/format';
import type { CaseView } from '../record/types';
import { caseEmbedPath, casePath } from '../routes';
import { embedSnippet } from '../charts/embed-snippet';
import { label } from '../../schemas/vocabulary';

/** Height an embedded case card starts at, before it reports its own. */
export const CASE_CARD_HEIGHT = 360;

export interface CaseCard {
  title: string;
  authority: string;
  /** The sums, original currency first, then euros at the rate and date used. */
  amounts: string[];
  /** The payment status in words (the status is shown as its tag). */
  payment: string;
  /** The deciding body's own text where the record has it, else the first report. */
  source: { url: string; title: string; publisher: string; primary: boolean; language: string | undefined };
  /** The day the facts were last checked, `YYYY-MM-DD`. */
  asOf: string;
  /** The case's page on the site. */
  path: string;
}

export function caseCard(view: CaseView): CaseCard {
  const { data } = view;
  const [first] = data.sources;
  const source = data.sources.find((s) => s.kind === 'primary') ?? first;
  if (!source) throw new Error(`${view.id}: a case needs a source`);
  return {
    title: data.title,
    authority: view.regulator.data.englishName ?? view.regulator.data.name,
    amounts: view.amounts.map(
      (a) =>
        `${label(a.kind)}: ${a.per ? perPeriod(formatMoney(a.value, a.currency), a.per) : formatWithEuro(a.value, a.currency, a.euro)}${a.frtSpecific ? '' : ' (covers more than facial recognition)'}`,
    ),
    payment: label(data.paymentStatus),
    source: {
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      primary: source.kind === 'primary',
      language: source.language,
    },
    asOf: data.lastVerified,
    path: casePath(view.id),
  };
}

/** An oEmbed 1.0 "rich" response for a case's card: the snippet a site pastes, and who made it. */
export function caseOEmbed(
  view: CaseView,
  input: { provider: string; url: (path: string) => string },
): Record<string, string | number> {
  const title = view.data.title;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: input.provider,
    provider_url: input.url('/'),
    title,
    width: 640,
    height: CASE_CARD_HEIGHT,
    html: caseSnippet(view, input.url),
  };
}

/** The snippet that embeds a case's card: an iframe with a fallback link, and the resizing script. */
export function caseSnippet(view: CaseView, url: (path: string) => string): string {
  return embedSnippet({
    embed: url(caseEmbedPath(view.id)),
    page: url(casePath(view.id)),
    script: url('/embed.js'),
    follows: false,
    query: '',
    title: view.data.title,
    height: CASE_CARD_HEIGHT,
  });
}
