import { describe, expect, it } from 'vitest';
import { citationParts, markerHref, markerLabel, markersOf } from '../../../src/lib/markdown/citation-markers';

describe('citation markers', () => {
  it('splits text at "[n]" and "[record]", leaving link text "[n](…)" alone', () => {
    expect(citationParts('Unpaid [2][10], as computed [record]. See [1](/x/).')).toEqual([
      { text: 'Unpaid ' },
      { marker: 2 },
      { marker: 10 },
      { text: ', as computed ' },
      { marker: 'record' },
      { text: '. See [1](/x/).' },
    ]);
    expect(markersOf('a [3] b [record]')).toEqual([3, 'record']);
    expect(citationParts('')).toEqual([]);
  });

  it('links a number to its source and the record to the open data', () => {
    expect(markerHref(4)).toBe('#source-4');
    expect(markerHref('record')).toBe('/data/');
    expect(markerLabel(4)).toBe('Source 4');
    expect(markerLabel('record')).toBe('Computed from the Face Rules record');
  });
});
