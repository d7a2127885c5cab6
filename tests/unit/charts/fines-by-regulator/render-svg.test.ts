import { describe, expect, it } from 'vitest';
import { layoutFinesByRegulator } from '../../../../src/lib/charts/fines-by-regulator/layout';
import { renderFinesByRegulatorSvg } from '../../../../src/lib/charts/fines-by-regulator/render-svg';
import { prettySvg } from '../../../support/svg';
import { SAMPLE } from '../fixtures';

const bars = layoutFinesByRegulator(SAMPLE.money, {
  width: 720,
  by: 'regulator',
  names: { 'it-garante': 'Garante', 'gb-ico': 'ICO', 'se-imy': 'IMY' },
});
const render = () => renderFinesByRegulatorSvg(bars, { base: '/', id: 'b', title: 'Bars', description: 'd' });

describe('renderFinesByRegulatorSvg', () => {
  it('draws one linked bar per authority, with its name and total', async () => {
    await expect(prettySvg(render())).toMatchFileSnapshot('./__snapshots__/sample.svg');
  });

  it('makes the whole bar, its name and its total one link named for screen readers', () => {
    expect(render()).toContain(
      '<a href="/regulators/gb-ico/" tabindex="-1" aria-label="ICO: €8.92M in 1 standing fine." data-key="gb-ico" class="mark">' +
        '<rect x="88" y="54" width="249.8" height="22" fill="#cc79a7"/>' +
        '<text x="82" y="69" text-anchor="end" fill="currentColor">ICO</text>' +
        '<text x="343.8" y="69" fill="currentColor">€8.92M</text></a>',
    );
  });

  it('escapes names in labels', () => {
    const escaped = layoutFinesByRegulator(SAMPLE.money, {
      width: 720,
      by: 'regulator',
      names: { 'se-imy': 'A & <B>' },
    });
    const svg = renderFinesByRegulatorSvg(escaped, { base: '/', id: 'b', title: 'Bars', description: 'd' });
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>');
    expect(svg).toContain('aria-label="A &amp; &lt;B&gt;: €248k in 1 standing fine."');
  });
});
