import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/dates/partial-date';
import { label } from '../../src/schemas/vocabulary';
import { entryData, entryIds } from '../support/content';
import { TEST_DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
/** The character references Astro writes in text, read back. */
const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Correction {
  date: string;
  kind: string;
  field: string;
  from: string;
  to: string;
  source: string;
}
const history = (id: string) => {
  const data = entryData('cases', id);
  return { added: String(data['added']), corrections: (data['corrections'] ?? []) as Correction[] };
};
const corrected = entryIds('cases').filter((id) => history(id).corrections.length > 0);

/** Every page of the change log, in order. */
function changeLogPages(): string[] {
  const pages = [read('changes/index.html')];
  for (let n = 2; existsSync(join(TEST_DIST, `changes/page/${n}/index.html`)); n++) {
    pages.push(read(`changes/page/${n}/index.html`));
  }
  return pages;
}

describe('the record says what changed and when', () => {
  it('every case has the day it was added, and the record work has corrections to show', () => {
    for (const id of entryIds('cases')) expect(history(id).added, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(corrected.length).toBeGreaterThan(0);
  });

  it.each(corrected)('%s shows each correction, dated, with before, after and source', (id) => {
    const html = read(`cases/${id}/index.html`);
    const text = decode(html);
    expect(html).toContain('id="corrections"');
    expect(html).toContain('href="#corrections"');
    for (const c of history(id).corrections) {
      expect(html).toContain(`<time datetime="${c.date}">`);
      // Statuses read by their labels ("under-appeal" → "Under appeal"), other values as written.
      const shown = (value: string) => (c.field === 'status' || c.field === 'paymentStatus' ? label(value) : value);
      expect(text).toContain(`“${shown(c.from)}”`);
      expect(text).toContain(`“${shown(c.to)}”`);
      expect(html).toContain(`href="${c.source}"`);
    }
  });

  it('a case never corrected has no corrections notice, but says when it was added', () => {
    const id = entryIds('cases').find((candidate) => !corrected.includes(candidate)) ?? '';
    const html = read(`cases/${id}/index.html`);
    expect(html).not.toContain('id="corrections"');
    expect(html).toContain('Added to the record');
  });

  it('/changes/ lists every addition and correction once, newest day first, each linking to its case', () => {
    const pages = changeLogPages();
    const items = pages.flatMap((html) => [
      ...html.matchAll(/<li[^>]*>\s*<strong class="ui small"[^>]*data-kind="([a-z]+)"[^>]*>[\s\S]*?<a href="([^"]+)"/g),
    ]);
    const expected = entryIds('cases').reduce((sum, id) => sum + 1 + history(id).corrections.length, 0);
    expect(items).toHaveLength(expected);
    expect(items.filter((m) => m[1] === 'added')).toHaveLength(entryIds('cases').length);
    const days = pages.flatMap((html) =>
      [...html.matchAll(/<h2 id="day-(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1] ?? ''),
    );
    expect(days).toEqual([...days].sort().reverse());
    for (const match of items) expect(match[2]).toMatch(/^\/cases\/[a-z0-9-]+\/(#corrections)?$/);
  });

  it('cases.json exports the day added and the corrections', () => {
    const cases = (
      JSON.parse(read('data/cases.json')) as { cases: { id: string; added: string; corrections: Correction[] }[] }
    ).cases;
    for (const c of cases) {
      expect(c.added, c.id).toBe(history(c.id).added);
      expect(c.corrections, c.id).toEqual(history(c.id).corrections);
    }
  });
});

describe('a reader can report a correction', () => {
  it('the case page opens the correction form with the case and page filled in, and each fact its own', () => {
    const html = read('cases/gb-ico-mpn-enforcement-notice-2022/index.html');
    const links = [...html.matchAll(/href="(https:\/\/github\.com\/[^"]+\/issues\/new\?[^"]+)"/g)].map(
      (m) => new URL((m[1] ?? '').replaceAll('&amp;', '&')),
    );
    const whole = links.find((url) => !url.searchParams.has('field'));
    expect(whole?.searchParams.get('template')).toBe('correction.yml');
    expect(whole?.searchParams.get('case')).toBe('gb-ico-mpn-enforcement-notice-2022');
    expect(whole?.searchParams.get('page')).toBe('https://facerules.org/cases/gb-ico-mpn-enforcement-notice-2022/');
    const status = links.find((url) => url.searchParams.get('field') === 'Status');
    expect(status?.searchParams.get('current')).toBe('Under appeal');
    expect(links.map((url) => url.searchParams.get('field')).filter(Boolean)).toEqual(
      expect.arrayContaining([
        'Decided by',
        'Against',
        'Decided',
        'Action',
        'Amounts',
        'Legal basis',
        'Status',
        'Payment',
      ]),
    );
    expect(html).not.toContain('mailto:');
  });

  it('an open status reads "as of" the day it was checked', () => {
    const id = 'gb-ico-mpn-enforcement-notice-2022';
    const html = read(`cases/${id}/index.html`);
    const checked = formatDay(String(entryData('cases', id)['lastVerified']));
    expect(html).toMatch(new RegExp(`>Under appeal</span><span class="muted"[^>]*> as of ${checked}<`));
    expect(read('cases/fr-cnil-sanction-2022/index.html')).not.toMatch(/>Final<\/span><span class="muted"[^>]*> as of/);
  });
});
