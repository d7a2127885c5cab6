import { label } from '../../schemas/vocabulary';
import { formatPartialDate } from '../dates/partial-date';
import { formatMoney, perPeriod } from '../money/format';
import type { CaseView } from '../record/types';
import type { CardInput } from './og-card';

/** What a case's social card says: its authority and date, its title, and its headline sum or kind. */
export function caseCard(view: CaseView): CardInput {
  const amount = view.amounts.find((a) => a.kind !== 'proposed-fine') ?? view.amounts[0];
  return {
    kicker: `${view.regulator.data.shortName} · ${formatPartialDate(view.data.decided)}`,
    title: view.data.title,
    footer: amount
      ? `${label(amount.kind)}: ${perPeriod(formatMoney(amount.value, amount.currency), amount.per)}`
      : label(view.data.actionType),
  };
}

/** What the site's own card says. */
export function siteCard(input: { name: string; tagline: string; cases: number; regulators: number }): CardInput {
  return {
    kicker: input.name,
    title: input.tagline,
    footer: `${input.cases} cases · ${input.regulators} authorities and courts`,
  };
}

/** The text of a card, for its alternative text (og:image:alt): what a sighted reader sees on it. */
export function cardAlt(card: CardInput): string {
  return `${card.kicker}. ${card.title}. ${card.footer}.`.replace(/\.\./g, '.');
}
