import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedVariants, indexedText, withFoldedVariants } from '../../../src/lib/search/fold';

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

describe('withFoldedVariants', () => {
  const page = (body: string) =>
    `<html><head><script>var ø=1</script></head><body><main data-pagefind-body>${body}</main></body></html>`;

  it('adds a hidden, indexed list of accent-free spellings to an indexed page', () => {
    expect(withFoldedVariants(page('<h1>Brøndby IF</h1>'))).toContain(
      '<div data-pagefind-body hidden>Also spelled: Brondby</div></body>',
    );
  });

  it('leaves pages without accents, or not indexed, as they are', () => {
    expect(withFoldedVariants(page('<h1>Clearview AI</h1>'))).toBe(page('<h1>Clearview AI</h1>'));
    const unindexed = '<html><body><h1>Brøndby</h1></body></html>';
    expect(withFoldedVariants(unindexed)).toBe(unindexed);
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
    expect(withFoldedVariants(html)).toContain('Also spelled: Brondby Sao</div>');
  });
});
