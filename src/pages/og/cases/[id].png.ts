import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord } from '../../../data/record';
import { formatPartialDate } from '../../../lib/dates/partial-date';
import { formatMoney } from '../../../lib/money/format';
import type { CaseView } from '../../../lib/record/types';
import { socialCardSvg } from '../../../lib/social/og-card';
import { svgToPng } from '../../../lib/social/render-png';
import { label } from '../../../schemas/vocabulary';

export const getStaticPaths = (async () =>
  (await getRecord()).cases.map((view) => ({ params: { id: view.id }, props: { view } }))) satisfies GetStaticPaths;

/** `/og/cases/<id>.png`: the social card of a case. */
export const GET: APIRoute<{ view: CaseView }> = async ({ props: { view } }) => {
  const amount = view.amounts.find((a) => a.kind !== 'proposed-fine') ?? view.amounts[0];
  const png = await svgToPng(
    socialCardSvg({
      kicker: `${view.regulator.data.shortName} · ${formatPartialDate(view.data.decided)}`,
      title: view.data.title,
      footer: amount
        ? `${label(amount.kind)}: ${formatMoney(amount.value, amount.currency)}`
        : label(view.data.actionType),
    }),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
