import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { atomResponse, feedContext } from '../../../data/feeds';
import { getRecord } from '../../../data/record';
import { atomXml } from '../../../lib/feeds/atom';
import { FEED_FOLDERS, feedSubjects, subjectFeed } from '../../../lib/feeds/record-feeds';

/** `/feeds/<regulators|respondents|laws|countries>/<id>.xml`: one feed per subject a reader can follow. */
export const getStaticPaths = (async () => {
  const record = await getRecord();
  return feedSubjects(record).map((subject) => ({
    params: { kind: FEED_FOLDERS[subject.kind], id: subject.id },
    props: { subject },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) =>
  atomResponse(atomXml(subjectFeed(props.subject, await getRecord(), feedContext(site))));
