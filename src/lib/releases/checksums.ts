// SHA256SUMS files, in the format `sha256sum --check` reads: "<hex>  <path>" a line, sorted by path.
import { createHash } from 'node:crypto';

/** The SHA-256 of some bytes, in lower-case hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A SHA256SUMS document for files given by path and bytes. */
export function sha256sums(files: readonly { path: string; bytes: Uint8Array | string }[]): string {
  return [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => `${sha256(file.bytes)}  ${file.path}\n`)
    .join('');
}

/** Reads a SHA256SUMS document into path → hex; a malformed line is an error naming it. */
export function parseSha256sums(text: string, name = 'SHA256SUMS'): Map<string, string> {
  const sums = new Map<string, string>();
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .forEach((line, index) => {
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!match?.[1] || !match[2]) {
        throw new Error(`${name} line ${index + 1}: expected "<64 hex digits>  <path>", got ${JSON.stringify(line)}`);
      }
      sums.set(match[2], match[1]);
    });
  return sums;
}
