import { describe, expect, it } from 'vitest';
import { layoutFineTimeline } from '../../../../src/lib/charts/fine-timeline/layout';
import { renderFineTimelineSvg } from '../../../../src/lib/charts/fine-timeline/render-svg';
import { prettySvg } from '../../../support/svg';
import { SAMPLE, WITH_SETTLEMENTS } from '../fixtures';

const labels = { id: 't', title: 'Fines & <penalties>', description: 'Five sums.' };
const render = (data = SAMPLE, target?: '_blank') =>
  renderFineTimelineSvg(layoutFineTimeline(data, { width: 720, scale: 'log', currency: 'EUR' }), {
    base: '/',
    target,
    ...labels,
  });

describe('renderFineTimelineSvg', () => {
  it('is deterministic', async () => {
    expect(render()).toBe(render());
    await expect(prettySvg(render())).toMatchFileSnapshot('./__snapshots__/sample.svg');
  });

  it('is complete and accessible without JavaScript', () => {
    const svg = render();
    expect(svg).toContain('<title id="t-title">Fines &amp; &lt;penalties&gt;</title>');
    expect(svg).toContain('aria-describedby="t-desc"');
    expect(svg.match(/<a [^>]*class="mark"/g)).toHaveLength(5);
    expect(svg.match(/<a [^>]*class="mark lane"/g)).toHaveLength(1);
    expect(svg).toContain('href="/cases/it/"');
    expect(svg).toContain(
      'aria-label="10 February 2022: Garante, fine against Clearview AI, 20,000,000 EUR (€20M); status final, payment unpaid."',
    );
  });

  it('draws each shape with its own element, the unpaid dot on top of the mark', () => {
    const svg = render(WITH_SETTLEMENTS);
    const mark = (key: string) => new RegExp(`data-key="${key}" class="mark">(.*?)</a>`).exec(svg)?.[1];
    expect(mark('it#0')).toMatch(
      /^<circle cx="([\d.]+)" cy="([\d.]+)" r="6" fill="#0072b2" stroke="#0072b2" stroke-width="1"\/><circle cx="\1" cy="\2" r="2" fill="#fff"\/>$/,
    );
    expect(mark('us-bipa#0')).toMatch(/^<rect [^>]*width="12" height="12" fill="#d55e00"/);
    expect(mark('us-tx#0')).toMatch(/^<rect [^>]*stroke-dasharray="3 2"\/>$/);
    expect(mark('fr#1')).toMatch(/^<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z" /);
    // The proposed fine: a dashed outline triangle, so it never reads as a fine imposed.
    expect(mark('gb-notice#0')).toMatch(/^<path d="M[^"]*Z" fill="var\(--bg, #fff\)" [^>]*stroke-dasharray="3 2"\/>$/);
  });

  it('opens every link in a new tab inside an embed, and none on the site', () => {
    const links = (svg: string) => svg.match(/<a [^>]*>/g) ?? [];
    expect(links(render(SAMPLE, '_blank')).every((a) => a.includes('target="_blank" rel="noopener"'))).toBe(true);
    expect(render()).not.toContain('target=');
  });
});
