import { describe, expect, it } from 'vitest';
import { httpsUrl, strictObject, text } from '../../../src/schemas/primitives';

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

describe('strictObject', () => {
  const schema = strictObject({ note: text.optional() });
  const message = (input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

  it('names an unknown field and the fields it knows', () => {
    expect(message({ nots: 'x' })).toBe('unknown field "nots": expected only note');
  });

  it('explains a comma that split unquoted text in a YAML flow mapping', () => {
    // `{ note: signed, as implemented }` parses as { note: "signed", "as implemented": null }.
    expect(message({ note: 'signed', 'as implemented': null })).toBe(
      'unknown field "as implemented": expected only note (text with a comma inside { … } must be in quotes)',
    );
  });
});
