import { describe, expect, it } from 'vitest';
import { layoutEnforcementGap } from '../../../../src/lib/charts/enforcement-gap/layout';
import { renderEnforcementGapSvg } from '../../../../src/lib/charts/enforcement-gap/render-svg';
import { prettySvg } from '../../../support/svg';
import { SAMPLE } from '../fixtures';

const gap = layoutEnforcementGap(SAMPLE.money, { width: 720, until: '2026-11-24' });
const render = (target?: '_blank') =>
  renderEnforcementGapSvg(gap, { base: '/', target, id: 'g', title: 'Gap', description: 'd' });

describe('renderEnforcementGapSvg', () => {
  it('draws the running totals as two lines and a linked mark per fine', async () => {
    await expect(prettySvg(render())).toMatchFileSnapshot('./__snapshots__/sample.svg');
  });

  it('draws the paid line dashed, so the two lines differ without colour', () => {
    expect(render()).toContain(
      `<path d="${gap.paidPath}" fill="none" stroke="#009e73" stroke-width="3" stroke-dasharray="6 3" class="series paid" aria-hidden="true"/>`,
    );
    expect(render()).toMatch(/<path d="M[^"]*" fill="none" stroke="#d55e00" stroke-width="3" class="series imposed"/);
  });

  it('links each mark to its case under the base path, in a new tab inside an embed', () => {
    const withBase = renderEnforcementGapSvg(gap, { base: '/face-rules/', id: 'g', title: 'Gap', description: 'd' });
    expect(withBase.match(/href="[^"]*"/g)).toEqual([
      'href="/face-rules/cases/se/"',
      'href="/face-rules/cases/it/"',
      'href="/face-rules/cases/gb-fine/"',
    ]);
    expect(render('_blank').match(/target="_blank" rel="noopener"/g)).toHaveLength(3);
  });
});
