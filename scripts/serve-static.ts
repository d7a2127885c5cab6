import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/security/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Types a static host compresses (Netlify, Cloudflare Pages and GitHub Pages all gzip text). */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.wasm']);

/** A running static server and its origin. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** The file a static host answers `path` (below the base) with: a folder's index.html. */
export function servedFile(root: string, path: string): string {
  const file = normalize(join(root, path));
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

/**
 * Serves a built site from `root` on 127.0.0.1 (a free port), as a static host would: under
 * `base` (e.g. "/face-rules/"), with the headers its `_headers` file gives each path.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const rulesFile = join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeadersFile(readFileSync(rulesFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    const file = servedFile(root, path.startsWith(base) ? path.slice(base.length) : '/404-outside-base');
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] });
      createReadStream(join(root, '404.html'))
        .on('error', () => response.end('Not found'))
        .pipe(response);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Gzip as real hosts do, so Lighthouse and the benches see the bytes a reader downloads.
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
