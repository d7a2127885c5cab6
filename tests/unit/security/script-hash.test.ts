import { describe, expect, it } from 'vitest';
import { scriptHash } from '../../../src/lib/security/script-hash';

describe('scriptHash', () => {
  it('gives the CSP source browsers compute for an inline script', () => {
    // Known SHA-256 digests, base64: of the empty string and of "alert(1)".
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('changes when one character of the script changes', () => {
    expect(scriptHash('a')).not.toBe(scriptHash('b'));
  });
});
