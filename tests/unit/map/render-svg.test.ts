import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../src/lib/map/layout';
import { renderMapSvg } from '../../../src/lib/map/render-svg';
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
