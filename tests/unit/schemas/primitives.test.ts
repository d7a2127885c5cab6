import { describe, expect, it } from 'vitest';
import { httpsUrl } from '../../../src/schemas/primitives';

describe('httpsUrl', () => {
  it('accepts an https URL with a host name', () => {
    expect(httpsUrl.safeParse('https://www.cnil.fr/fr/sanction').success).toBe(true);
  });

  it('refuses http, a bare host and a host name ending in a dot (a typo that breaks archives)', () => {
    for (const url of ['http://www.cnil.fr/', 'https://localhost/', 'https://techuk.org./resource/x.html']) {
      const result = httpsUrl.safeParse(url);
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        `expected an https:// URL with a host name not ending in a dot, got ${JSON.stringify(url)}`,
      );
    }
  });
});
