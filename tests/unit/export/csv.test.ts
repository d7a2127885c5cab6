import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/export/csv';

describe('csvField', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF line ends and a final CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
