import { describe, expect, it } from 'vitest';
import {
  citationProblems,
  claimKinds,
  explainerCitationProblems,
  parseMdx,
  sentencesOf,
  textBlocks,
} from '../../../src/lib/markdown/citation-guard';

describe('claimKinds', () => {
  it('finds amounts, dates and provisions in their usual spellings', () => {
    expect(claimKinds('The Garante imposed €20 million.')).toEqual(['amount']);
    expect(claimKinds('A fine of GBP 7,552,800 stood.')).toEqual(['amount']);
    expect(claimKinds('Meta paid US$650 million.')).toEqual(['amount']);
    expect(claimKinds('It paid 1.4 billion dollars.')).toEqual(['amount']);
    expect(claimKinds('Decided in 2022.')).toEqual(['date']);
    expect(claimKinds('Announced on 9 March.')).toEqual(['date']);
    expect(claimKinds('Announced on March 9.')).toEqual(['date']);
    expect(claimKinds('A breach of Art. 5(1)(a).')).toEqual(['provision']);
    expect(claimKinds('Articles 12 to 14 apply.')).toEqual(['provision']);
    expect(claimKinds('Under s. 15(b) of BIPA.')).toEqual(['provision']);
    expect(claimKinds('Under § 63 DSG.')).toEqual(['provision']);
    expect(claimKinds('Recital 51 explains it.')).toEqual(['provision']);
    expect(claimKinds('Fined €5.2 million in 2023 under Article 83.')).toEqual(['amount', 'date', 'provision']);
  });

  it('does not read identifiers, our own "as of" dates or questions as claims', () => {
    expect(claimKinds('Regulation (EU) 2016/679 is the GDPR.')).toEqual([]);
    expect(claimKinds('Deliberation SAN-2022-019 of the CNIL.')).toEqual([]);
    expect(claimKinds('Case C-57/23 was referred by a court.')).toEqual([]);
    expect(claimKinds('As of 2 December 2026, nothing was paid.')).toEqual([]);
    expect(claimKinds('As of December 2026, nothing was paid.')).toEqual([]);
    expect(claimKinds('Which exception of Article 9(2) applies?')).toEqual([]);
    expect(claimKinds('Artificial intelligence is regulated.')).toEqual([]);
  });
});

describe('sentencesOf', () => {
  it('splits at sentence ends, not at abbreviations, and keeps trailing markers with their sentence', () => {
    expect(
      sentencesOf('Art. 6 was breached [2]. Clearview AI Inc. v ICO followed in 2023. [3] Then the U.S. court ruled.'),
    ).toEqual([
      'Art. 6 was breached [2].',
      'Clearview AI Inc. v ICO followed in 2023. [3]',
      'Then the U.S. court ruled.',
    ]);
  });
});

describe('textBlocks', () => {
  it('reads paragraphs and table rows with their lines, and skips headings, code and run-in labels', () => {
    const tree = parseMdx(
      [
        '## Fines of 2022',
        '',
        '**Rosenbach v. Six Flags (2019).** The court held X [1].',
        '',
        '| Decision | Amount |',
        '| --- | --- |',
        '| CNIL | €20 million [2] |',
        '',
        '```',
        '€1 in 2020',
        '```',
        '',
        '- A list item in 2021.',
      ].join('\n'),
    );
    expect(textBlocks(tree)).toEqual([
      { line: 3, text: ' The court held X [1].', row: false },
      { line: 5, text: 'Decision | Amount', row: true },
      { line: 7, text: 'CNIL | €20 million [2]', row: true },
      { line: 13, text: 'A list item in 2021.', row: false },
    ]);
  });
});

describe('citationProblems', () => {
  const block = (text: string, row = false) => ({ line: 4, text, row });

  it('accepts a cited claim, a [record] figure and a sentence that claims nothing', () => {
    expect(
      citationProblems(
        [block('Fined €20 million in 2022 [1]. The total is €90.5 million [record]. It refused to pay.')],
        1,
      ),
    ).toEqual([]);
  });

  it('names the line, what the sentence states and the sentence itself', () => {
    expect(citationProblems([block('Cited [1]. Fined €20 million in 2022.')], 1)).toEqual([
      {
        where: 'line 4',
        message:
          'states amount, date without a citation: add [n] for its source, or [record] if computed from the record (“Fined €20 million in 2022.”)',
      },
    ]);
  });

  it('refuses a marker past the end of the sources list, and a source nobody cites', () => {
    expect(citationProblems([block('Fined in 2022 [3].')], 2)).toEqual([
      { where: 'line 4', message: '[3] points at no source: the sources list has 2 (“Fined in 2022 [3].”)' },
      { where: 'sources.0', message: 'source [1] is never cited: cite it or remove it' },
      { where: 'sources.1', message: 'source [2] is never cited: cite it or remove it' },
    ]);
  });

  it('takes a table row as one claim: one marker anywhere in it covers the row', () => {
    expect(citationProblems([block('CNIL | 2022 | €20 million [1]', true)], 1)).toEqual([]);
    expect(citationProblems([block('CNIL | 2022 | €20 million', true)], 0)).toHaveLength(1);
  });
});

describe('explainerCitationProblems', () => {
  it('checks the short answer as well as the body, with body lines as the file has them', () => {
    const problems = explainerCitationProblems({
      inShort: 'No: it paid nothing of €90 million.',
      body: '\n\n\nThe fine of 2022 stands [1].\n\nIt was €20 million.\n',
      sourceCount: 1,
    });
    expect(problems.map((p) => p.where)).toEqual(['inShort', 'line 6']);
  });
});
