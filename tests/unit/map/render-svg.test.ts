import { describe, expect, it } from 'vitest';
import { layoutLocator, layoutMap } from '../../../src/lib/map/layout';
import { renderLocatorSvg, renderMapSvg } from '../../../src/lib/map/render-svg';
import { LAND, place, SHAPES } from './fixtures';

describe('renderMapSvg', () => {
  const layout = layoutMap(SHAPES, LAND, [place('FR', 9, 25_200_000), place('US-IL', 14)], 960);
  const svg = renderMapSvg(layout, { id: 'm', title: 'Map', description: 'What it shows', base: '/' });

  it('names the map, and makes every place a link named by its figures, carrying both its steps', () => {
    expect(svg).toContain('<title id="m-title">Map</title><desc id="m-desc">What it shows</desc>');
    expect(svg).toContain(
      '<a href="/places/fr/" tabindex="0" aria-label="FR: 9 cases" data-key="FR" data-count="3" data-fines="4" class="mark place">',
    );
    expect(svg).toContain('data-key="US-IL" data-count="3" data-fines="0" class="mark place"><circle');
  });

  it('gives the map one Tab stop, and opens links in a new tab inside an embed', () => {
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    const embedded = renderMapSvg(layout, { id: 'm', title: 'Map', description: 'x', base: '/', target: '_blank' });
    expect(embedded.match(/target="_blank" rel="noopener"/g)).toHaveLength(2);
  });
});

describe('renderLocatorSvg', () => {
  it('is decorative (hidden from screen readers: the page names the place), with its outline and points', () => {
    const svg = renderLocatorSvg(
      layoutLocator([], LAND, [{ code: 'HK', name: 'Hong Kong' }], { width: 280, height: 180 }),
    );
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true" class="locator">/);
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="3.5" class="point"\/>/);
    expect(svg).not.toContain('class="area"');
  });
});
