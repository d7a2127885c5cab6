import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getReleases } from '../../../../data/releases';

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
};

/** `/data/releases/<date>/<file>`: each committed release file and its SHA256SUMS, byte for byte. */
export const getStaticPaths = (() =>
  getReleases().flatMap((release) => [
    ...release.files.map((file) => ({ params: { date: release.date, file: file.path }, props: { bytes: file.bytes } })),
    {
      params: { date: release.date, file: 'SHA256SUMS' },
      props: { bytes: release.checksums },
    },
  ])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, params }) => {
  const extension = String(params.file).split('.').pop() ?? '';
  return new Response(props.bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': TYPES[extension] ?? 'text/plain; charset=utf-8' },
  });
};
