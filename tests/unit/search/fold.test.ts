import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedVariants, indexedText } from '../../../src/lib/search/fold';

describe('foldDiacritics', () => {
  it('drops accents and spells out letters that have no decomposition', () => {
    expect(foldDiacritics('Brøndby IF')).toBe('Brondby IF');
    expect(foldDiacritics('Skellefteå kommun')).toBe('Skelleftea kommun');
    expect(foldDiacritics('Commission nationale de l’informatique et des libertés')).toBe(
      'Commission nationale de l’informatique et des libertes',
    );
    expect(foldDiacritics('Datenschutz – Baden-Württemberg, Straße')).toBe('Datenschutz – Baden-Wurttemberg, Strasse');
    expect(foldDiacritics('Łódź, Ærø')).toBe('Lodz, AEro');
  });
});

describe('foldedVariants', () => {
  it('lists each accented word once, folded, and nothing for plain text', () => {
    expect(foldedVariants('Brøndby fined; Brøndby appealed. São Paulo')).toEqual(['Brondby', 'Sao']);
    expect(foldedVariants('Clearview AI fined €20 million')).toEqual([]);
  });
});

describe('indexedText', () => {
  it('reads only what Pagefind indexes: body regions, minus ignored parts, scripts and SVG', () => {
    const html = [
      '<html><body><nav>Zürich</nav>',
      '<main data-pagefind-body><h1>Brøndby</h1><br><img alt="x">',
      '<table data-pagefind-ignore><tr><td>Málaga</td></tr></table>',
      '<svg><title>Genève</title></svg><p>São Paulo</p></main>',
      '<footer>Kraków</footer></body></html>',
    ].join('');
    expect(indexedText(html).split(/\s+/).filter(Boolean)).toEqual(['Brøndby', 'São', 'Paulo']);
  });
});

describe('indexedText, prominent only', () => {
  it('reads headings and elements weighted 3 or more, not the rest', () => {
    const html =
      '<body><main data-pagefind-body><h1>Fine</h1><p>Body</p><dl data-pagefind-weight="3"><dt>Sum</dt></dl><div data-pagefind-weight="1"><p>Light</p></div><h3>Minor</h3></main></body>';
    expect(indexedText(html, { prominent: true }).split(/\s+/).filter(Boolean)).toEqual(['Fine', 'Sum']);
  });
});
