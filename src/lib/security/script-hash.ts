import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script: "sha256-<base64 digest>". */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
