import { describe, expect, it } from 'vitest';
import {
  casesSearchPath,
  pagefindFilters,
  parseSearch,
  searchQuery,
  withoutCurrencySigns,
} from '../../../src/lib/search/query-state';

describe('search URL state', () => {
  it('reads the query, repeated filter values and the sort; ignores the rest', () => {
    const state = parseSearch(
      new URLSearchParams('q=Clearview&regulator=CNIL&regulator=Garante&sort=newest&evil=1&sort2=x'),
    );
    expect(state).toEqual({ query: 'Clearview', filters: { regulator: ['CNIL', 'Garante'] }, sort: 'newest' });
    expect(parseSearch(new URLSearchParams('sort=<script>')).sort).toBe('relevance');
  });

  it('writes a stable query that reads back the same', () => {
    const state = {
      query: ' Article 9 ',
      filters: { year: ['2024', '2022'], type: ['Case'] },
      sort: 'largest' as const,
    };
    const query = searchQuery(state);
    expect(query).toBe('?q=Article+9&type=Case&year=2022&year=2024&sort=largest');
    expect(parseSearch(new URLSearchParams(query))).toEqual({
      query: 'Article 9',
      filters: { type: ['Case'], year: ['2022', '2024'] },
      sort: 'largest',
    });
    expect(searchQuery({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('turns chosen values into Pagefind "any" filters', () => {
    expect(pagefindFilters({ query: '', filters: { regulator: ['CNIL'], year: [] }, sort: 'relevance' })).toEqual({
      regulator: { any: ['CNIL'] },
    });
  });
});

describe('casesSearchPath', () => {
  it('links to every case with one filter value, newest first, in a URL the search page reads back', () => {
    const path = casesSearchPath('respondent', 'Clearview AI');
    expect(path).toBe('/search/?type=Case&respondent=Clearview+AI&sort=newest');
    expect(parseSearch(new URLSearchParams(path.split('?')[1]))).toEqual({
      query: '',
      filters: { type: ['Case'], respondent: ['Clearview AI'] },
      sort: 'newest',
    });
  });
});

describe('withoutCurrencySigns', () => {
  it('drops a sign before a figure, so the index can match the sum', () => {
    expect(withoutCurrencySigns('$650m Facebook')).toBe('650m Facebook');
    expect(withoutCurrencySigns('US$650m, €20m and £7.5m')).toBe('650m, 20m and 7.5m');
    expect(withoutCurrencySigns('A$1 and CA$2')).toBe('1 and 2');
  });

  it('leaves words and signs not before a figure as they are', () => {
    expect(withoutCurrencySigns('US GDPR € fines')).toBe('US GDPR € fines');
  });
});
