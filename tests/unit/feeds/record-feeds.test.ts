import { describe, expect, it } from 'vitest';
import {
  caseCountry,
  caseEntry,
  casesFeed,
  changesFeed,
  countryFeedPath,
  countryOfJurisdiction,
  feedSubjects,
  rulingPublished,
  subjectFeed,
  subjectFeedPath,
  type FeedContext,
} from '../../../src/lib/feeds/record-feeds';
import { buildRecord } from '../../../src/lib/record/build-record';
import type { CaseView } from '../../../src/lib/record/types';
import { caseData, recordInput } from '../../support/record-fixtures';

const context: FeedContext = {
  absolute: (path) => `https://facerules.org${path}`,
  idAuthority: 'facerules.org,2026',
  siteName: 'Face Rules',
};

const statusChange = {
  date: '2026-12-01',
  kind: 'status' as const,
  field: 'status',
  from: 'under-appeal',
  to: 'final',
  reason: 'The appeal was dismissed.',
  source: 'https://www.cnil.fr/',
};

/** Three authorities (one of them the EU's, which has no country) and four cases. */
function record() {
  const input = recordInput([
    {
      id: 'cnil-2022',
      data: caseData({
        decided: { date: '2022-10-17', precision: 'day' },
        announced: { date: '2022-10-20', precision: 'day' },
        corrections: [statusChange],
      }),
    },
    {
      id: 'ico-2022',
      data: caseData({
        regulator: 'gb-ico',
        title: 'ICO fines Clearview AI',
        decided: { date: '2022-05', precision: 'month' },
        added: '2026-11-20',
      }),
    },
    // Added to the record before it was decided: its entry cannot be updated before it was published.
    {
      id: 'ico-2026',
      data: caseData({
        regulator: 'gb-ico',
        decided: { date: '2026-12-05', precision: 'day' },
        status: 'pending',
        added: '2026-11-24',
      }),
    },
    { id: 'edpb-2023', data: caseData({ regulator: 'eu-edpb', decided: { date: '2023', precision: 'year' } }) },
  ]);
  const [cnil] = input.regulators;
  if (!cnil) throw new Error('the fixture has no regulator');
  const edpb = {
    id: 'eu-edpb',
    filePath: 'content/regulators/eu-edpb.yaml',
    data: { ...cnil.data, name: 'European Data Protection Board', shortName: 'EDPB', jurisdiction: 'EU' },
  };
  return buildRecord({ ...input, regulators: [...input.regulators, edpb] });
}

const built = record();
const view = (id: string): CaseView => {
  const found = built.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id} in the fixture`);
  return found;
};

describe('feed paths', () => {
  it('put each kind of subject in its own folder', () => {
    expect(subjectFeedPath('regulator', 'fr-cnil')).toBe('/feeds/regulators/fr-cnil.xml');
    expect(subjectFeedPath('respondent', 'clearview-ai')).toBe('/feeds/respondents/clearview-ai.xml');
    expect(subjectFeedPath('law', 'eu-gdpr')).toBe('/feeds/laws/eu-gdpr.xml');
    expect(subjectFeedPath('country', 'fr')).toBe('/feeds/countries/fr.xml');
  });

  it('give a jurisdiction the feed of its country, in lower case, and none to a body of states', () => {
    expect(countryFeedPath('US-IL')).toBe('/feeds/countries/us.xml');
    expect(countryFeedPath('FR')).toBe('/feeds/countries/fr.xml');
    expect(countryFeedPath('EU')).toBeUndefined();
    expect(countryFeedPath('COE')).toBeUndefined();
  });
});

describe('countryOfJurisdiction and caseCountry', () => {
  it('is the country without its subdivision, and none for the EU or the Council of Europe', () => {
    expect(countryOfJurisdiction('US-IL')).toBe('US');
    expect(countryOfJurisdiction('EU')).toBeUndefined();
    expect(caseCountry(view('ico-2022'))).toBe('GB');
    expect(caseCountry(view('edpb-2023'))).toBeUndefined();
  });
});

describe('feedSubjects', () => {
  const subjects = feedSubjects(built);

  it('lists every regulator, respondent, law and country with cases, each with its pages', () => {
    expect(subjects.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'regulator:eu-edpb',
      'regulator:fr-cnil',
      'regulator:gb-ico',
      'respondent:clearview-ai',
      'law:eu-gdpr',
      'country:fr',
      'country:gb',
    ]);
    expect(subjects.find((s) => s.id === 'gb')).toMatchObject({
      name: 'United Kingdom',
      pagePath: '/places/gb/',
      feedPath: '/feeds/countries/gb.xml',
    });
    expect(subjects.find((s) => s.id === 'clearview-ai')).toMatchObject({
      name: 'Clearview AI',
      pagePath: '/respondents/clearview-ai/',
    });
  });

  it('gives each subject its own cases, newest first', () => {
    const casesOf = (id: string) => subjects.find((s) => s.id === id)?.cases.map((c) => c.id);
    expect(casesOf('gb-ico')).toEqual(['ico-2026', 'ico-2022']);
    expect(casesOf('gb')).toEqual(['ico-2026', 'ico-2022']);
    expect(casesOf('eu-edpb')).toEqual(['edpb-2023']);
    expect(casesOf('eu-gdpr')).toEqual(['ico-2026', 'edpb-2023', 'cnil-2022', 'ico-2022']);
  });
});

describe('rulingPublished', () => {
  it('dates a ruling by its announcement, else its decision, from the first day of its precision', () => {
    expect(rulingPublished(view('cnil-2022'))).toBe('2022-10-20T00:00:00Z');
    expect(rulingPublished(view('ico-2022'))).toBe('2022-05-01T00:00:00Z');
    expect(rulingPublished(view('edpb-2023'))).toBe('2023-01-01T00:00:00Z');
  });
});

describe('caseEntry', () => {
  it('is published with the ruling, updated on its last change, and says what, who, when and where', () => {
    expect(caseEntry(view('cnil-2022'), context)).toEqual({
      id: 'tag:facerules.org,2026:case/cnil-2022',
      title: 'Regulator fines a company',
      url: 'https://facerules.org/cases/cnil-2022/',
      published: '2022-10-20T00:00:00Z',
      updated: '2026-12-01T00:00:00Z',
      summary: 'Fine by CNIL, 17 October 2022. A summary. Status: Final.',
      categories: [
        { term: 'fr-cnil', label: 'CNIL' },
        { term: 'fine', label: 'Fine' },
        { term: 'FR', label: 'France' },
      ],
    });
  });

  it('gives the decision date at its real precision in the text', () => {
    expect(caseEntry(view('ico-2022'), context).summary).toBe('Fine by ICO, May 2022. A summary. Status: Final.');
  });

  it('is never updated before it was published', () => {
    const entry = caseEntry(view('ico-2026'), context);
    expect([entry.published, entry.updated]).toEqual(['2026-12-05T00:00:00Z', '2026-12-05T00:00:00Z']);
  });

  it('has no country category for a body of states', () => {
    expect(caseEntry(view('edpb-2023'), context).categories?.map((c) => c.term)).toEqual(['eu-edpb', 'fine']);
  });
});

describe('casesFeed', () => {
  const feed = casesFeed(built, context);

  it('is the feed of every case, with permanent ids and absolute links', () => {
    expect(feed).toMatchObject({
      id: 'tag:facerules.org,2026:feed/cases',
      title: 'Face Rules: cases',
      selfUrl: 'https://facerules.org/feeds/cases.xml',
      pageUrl: 'https://facerules.org/cases/',
      author: { name: 'Face Rules', uri: 'https://facerules.org/' },
      emptyUpdated: '2026-12-01T00:00:00Z',
    });
  });

  it('puts the most recently changed cases on top, then the most recently published', () => {
    expect(feed.entries.map((e) => [e.id.split('/')[1], e.updated])).toEqual([
      ['ico-2026', '2026-12-05T00:00:00Z'],
      ['cnil-2022', '2026-12-01T00:00:00Z'],
      ['edpb-2023', '2026-11-24T00:00:00Z'],
      ['ico-2022', '2026-11-20T00:00:00Z'],
    ]);
  });
});

describe('changesFeed', () => {
  it('has an entry per change, newest first, linking corrections to the case’s corrections', () => {
    const feed = changesFeed(built, context);
    expect(feed.id).toBe('tag:facerules.org,2026:feed/changes');
    expect(feed.entries.map((e) => e.id)).toEqual([
      'tag:facerules.org,2026:change/cnil-2022/1',
      'tag:facerules.org,2026:change/cnil-2022/0',
      'tag:facerules.org,2026:change/edpb-2023/0',
      'tag:facerules.org,2026:change/ico-2026/0',
      'tag:facerules.org,2026:change/ico-2022/0',
    ]);
    expect(feed.entries[0]).toEqual({
      id: 'tag:facerules.org,2026:change/cnil-2022/1',
      title: 'Status change: Regulator fines a company',
      url: 'https://facerules.org/cases/cnil-2022/#corrections',
      published: '2026-12-01T00:00:00Z',
      updated: '2026-12-01T00:00:00Z',
      summary: 'Status changed from “Under appeal” to “Final”. The appeal was dismissed.',
      categories: [{ term: 'status', label: 'Status change' }],
    });
    expect(feed.entries[1]?.url).toBe('https://facerules.org/cases/cnil-2022/');
  });

  it('keeps only the latest changes past its limit', () => {
    expect(changesFeed(built, context, 2).entries.map((e) => e.id.split(':').at(-1))).toEqual([
      'change/cnil-2022/1',
      'change/cnil-2022/0',
    ]);
  });
});

describe('subjectFeed', () => {
  it('holds the subject’s cases as the cases feed does, dated by the whole record when empty', () => {
    const [edpb] = feedSubjects(built);
    if (!edpb) throw new Error('no subject');
    const feed = subjectFeed(edpb, built, context);
    expect(feed).toMatchObject({
      id: 'tag:facerules.org,2026:feed/regulator/eu-edpb',
      title: 'Face Rules: EDPB',
      subtitle: 'Facial-recognition cases in the record for EDPB, updated when the record changes.',
      selfUrl: 'https://facerules.org/feeds/regulators/eu-edpb.xml',
      pageUrl: 'https://facerules.org/regulators/eu-edpb/',
    });
    expect(feed.entries).toEqual([caseEntry(view('edpb-2023'), context)]);
    expect(subjectFeed({ ...edpb, cases: [] }, built, context)).toMatchObject({
      entries: [],
      emptyUpdated: '2026-12-01T00:00:00Z',
    });
  });
});
