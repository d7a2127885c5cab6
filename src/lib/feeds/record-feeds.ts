// Which feeds the record has and what each says: the cases, the change log, and one feed per
// regulator, respondent, law and country. Pure: pages and routes only serialise what this returns.
import { formatPartialDate, latestDay, startDay } from '../dates/partial-date';
import { countryName, isSupranational } from '../places/names';
import { changeHeading, changeLog, changeText, lastChanged } from '../record/changes';
import type { CaseView, FaceRecord } from '../record/types';
import { countryOf } from '../places/country';
import { label } from '../../schemas/vocabulary';
import { dayInstant, type AtomEntry, type AtomFeed } from './atom';
import { lawPath, placePath, regulatorPath, respondentPath } from '../routes';
import { respondentName } from '../record/names';

/** What a feed follows. */
export type FeedSubjectKind = 'regulator' | 'respondent' | 'law' | 'country';

/** One followable subject: its feed and the cases it covers. */
export interface FeedSubject {
  kind: FeedSubjectKind;
  /** Entry id, or the ISO country code in lower case. */
  id: string;
  /** The subject's name as a reader knows it. */
  name: string;
  /** The site page the feed follows. */
  pagePath: string;
  /** The feed's own path. */
  feedPath: string;
  cases: readonly CaseView[];
}

/** How feeds make their addresses and ids. */
export interface FeedContext {
  /** The absolute URL of a site path. */
  absolute: (path: string) => string;
  /** The tag-URI authority ids are minted under ("facerules.org,2026"): fixed, so ids outlive a move. */
  idAuthority: string;
  siteName: string;
}

export const FEED_FOLDERS: Record<FeedSubjectKind, string> = {
  regulator: 'regulators',
  respondent: 'respondents',
  law: 'laws',
  country: 'countries',
};

/** The path of a subject's feed: `/feeds/regulators/fr-cnil.xml`. */
export function subjectFeedPath(kind: FeedSubjectKind, id: string): string {
  return `/feeds/${FEED_FOLDERS[kind]}/${id}.xml`;
}

export const CASES_FEED_PATH = '/feeds/cases.xml';
export const CHANGES_FEED_PATH = '/feeds/changes.xml';

/** The country of a jurisdiction, without any subdivision; none for the EU or the Council of Europe. */
export function countryOfJurisdiction(jurisdiction: string): string | undefined {
  const country = countryOf(jurisdiction);
  return isSupranational(country) ? undefined : country;
}

/** The country a case belongs to: its authority's. */
export function caseCountry(c: CaseView): string | undefined {
  return countryOfJurisdiction(c.regulator.data.jurisdiction);
}

/** The feed of all cases in a jurisdiction's country, if it has one: `/feeds/countries/fr.xml`. */
export function countryFeedPath(jurisdiction: string): string | undefined {
  const country = countryOfJurisdiction(jurisdiction);
  return country ? subjectFeedPath('country', country.toLowerCase()) : undefined;
}

/** Every subject a reader can follow, each with its cases (newest first, as the record holds them). */
export function feedSubjects(record: FaceRecord): FeedSubject[] {
  const subject = (kind: FeedSubjectKind, id: string, name: string, pagePath: string, cases: readonly CaseView[]) => ({
    kind,
    id,
    name,
    pagePath,
    feedPath: subjectFeedPath(kind, id),
    cases,
  });
  const countries = [...new Set(record.cases.flatMap((c) => caseCountry(c) ?? []))].sort();
  return [
    ...record.regulators.map((r) =>
      subject('regulator', r.id, r.data.shortName, regulatorPath(r.id), record.casesOf.regulator(r.id)),
    ),
    ...record.respondents.map((r) =>
      subject('respondent', r.id, respondentName(r), respondentPath(r.id), record.casesOf.respondent(r.id)),
    ),
    ...record.laws.map((l) => subject('law', l.id, l.data.shortTitle, lawPath(l.id), record.casesOf.law(l.id))),
    ...countries.map((code) =>
      subject('country', code.toLowerCase(), countryName(code), placePath(code), record.casesOf.place(code)),
    ),
  ];
}

/**
 * When a ruling was made public: the day it was announced, or decided. A month- or year-precise
 * date is dated from its first day, because a feed needs an instant; the entry's text gives the
 * date at its real precision.
 */
export function rulingPublished(c: CaseView): string {
  return dayInstant(startDay(c.data.announced ?? c.data.decided));
}

/** A case as a feed entry: published with its ruling, updated on its last change in the record. */
export function caseEntry(c: CaseView, context: FeedContext): AtomEntry {
  const published = rulingPublished(c);
  const changed = dayInstant(lastChanged(c.data));
  const when = formatPartialDate(c.data.decided);
  const by = c.regulator.data.shortName;
  const country = caseCountry(c);
  return {
    id: `tag:${context.idAuthority}:case/${c.id}`,
    title: c.data.title,
    url: context.absolute(c.url),
    published,
    updated: changed > published ? changed : published,
    summary: `${label(c.data.actionType)} by ${by}, ${when}. ${c.data.summary} Status: ${label(c.data.status)}.`,
    categories: [
      { term: c.regulator.id, label: by },
      { term: c.data.actionType, label: label(c.data.actionType) },
      ...(country ? [{ term: country, label: countryName(country) }] : []),
    ],
  };
}

function feed(
  context: FeedContext,
  input: { key: string; title: string; subtitle: string; feedPath: string; pagePath: string; entries: AtomEntry[] },
  emptyUpdated: string,
): AtomFeed {
  return {
    id: `tag:${context.idAuthority}:feed/${input.key}`,
    title: input.title,
    subtitle: input.subtitle,
    selfUrl: context.absolute(input.feedPath),
    pageUrl: context.absolute(input.pagePath),
    author: { name: context.siteName, uri: context.absolute('/') },
    entries: input.entries,
    emptyUpdated,
  };
}

/** The day the record as a whole last changed: what an empty feed is dated. */
function recordChanged(record: FaceRecord): string {
  return dayInstant(latestDay('1970-01-01', ...record.cases.map((c) => lastChanged(c.data))));
}

/** Cases ordered by their last change, newest first: what a reader of a feed wants on top. */
function byUpdated(entries: AtomEntry[]): AtomEntry[] {
  return [...entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id),
  );
}

/** `/feeds/cases.xml`: every case. */
export function casesFeed(record: FaceRecord, context: FeedContext): AtomFeed {
  return feed(
    context,
    {
      key: 'cases',
      title: `${context.siteName}: cases`,
      subtitle:
        'Every facial-recognition fine, order and ruling in the record: dated by the ruling, updated when the record changes.',
      feedPath: CASES_FEED_PATH,
      pagePath: '/cases/',
      entries: byUpdated(record.cases.map((c) => caseEntry(c, context))),
    },
    recordChanged(record),
  );
}

/** `/feeds/changes.xml`: every addition, correction and status change, dated by the change. */
export function changesFeed(record: FaceRecord, context: FeedContext, limit = 100): AtomFeed {
  const entries = changeLog(record.cases)
    .slice(0, limit)
    .map((change): AtomEntry => {
      const at = dayInstant(change.date);
      return {
        id: `tag:${context.idAuthority}:change/${change.key}`,
        title: `${changeHeading(change.kind)}: ${change.case.data.title}`,
        url: context.absolute(change.kind === 'added' ? change.case.url : `${change.case.url}#corrections`),
        published: at,
        updated: at,
        summary: changeText(change),
        categories: [{ term: change.kind, label: changeHeading(change.kind) }],
      };
    });
  return feed(
    context,
    {
      key: 'changes',
      title: `${context.siteName}: changes to the record`,
      subtitle: 'Every case added, corrected or updated, newest first.',
      feedPath: CHANGES_FEED_PATH,
      pagePath: '/changes/',
      entries,
    },
    recordChanged(record),
  );
}

/** A subject's feed: its cases, as in the cases feed. */
export function subjectFeed(subject: FeedSubject, record: FaceRecord, context: FeedContext): AtomFeed {
  return feed(
    context,
    {
      key: `${subject.kind}/${subject.id}`,
      title: `${context.siteName}: ${subject.name}`,
      subtitle: `Facial-recognition cases in the record for ${subject.name}, updated when the record changes.`,
      feedPath: subject.feedPath,
      pagePath: subject.pagePath,
      entries: byUpdated(subject.cases.map((c) => caseEntry(c, context))),
    },
    recordChanged(record),
  );
}
