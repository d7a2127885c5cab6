// Sums in the forms people type them, for the search index: the record writes "€20 million" and
// "£7,552,800"; readers type "€20m", "20,000,000", "£7.5m" or "7.5 million pounds". The sums are
// read back from a page's text as src/lib/money/format.ts writes them, so no page has to list them.
import { currencySymbol, formatNumber } from '../money/format';

/** A sum found in a text. */
export interface Sum {
  value: number;
  currency: string;
}

/** Signs and names readers use beside the record's own sign ("US$"), for the currencies it holds. */
const SPOKEN: Record<string, { signs: string[]; names: string[] }> = {
  EUR: { signs: ['€'], names: ['euros'] },
  GBP: { signs: ['£'], names: ['pounds'] },
  USD: { signs: ['$'], names: ['dollars'] },
  AUD: { signs: ['AU$'], names: ['Australian dollars'] },
  CAD: { signs: ['C$'], names: ['Canadian dollars'] },
  SEK: { signs: [], names: ['kronor'] },
  KRW: { signs: [], names: ['won'] },
  BRL: { signs: [], names: ['reais'] },
  CNY: { signs: ['¥'], names: ['yuan'] },
};

let bySign: Map<string, string> | undefined;
/** Every ISO 4217 code, for telling "SEK 200,000" from words in capitals. */
let codes: Set<string> | undefined;

/** The currency each sign the record writes stands for ("€" → EUR, "US$" → USD). */
function currencyOfSign(sign: string): string | undefined {
  if (!bySign) {
    bySign = new Map();
    for (const code of Intl.supportedValuesOf('currency')) {
      const symbol = currencySymbol(code);
      if (symbol !== code && !bySign.has(symbol)) bySign.set(symbol, code);
    }
  }
  return bySign.get(sign);
}

const SCALE_WORDS: Record<string, number> = { million: 1e6, billion: 1e9 };

/**
 * A sum as the record writes it: a sign then digits ("€20", "US$1.4 billion", "£7,552,800") or a
 * letter code, a space and digits ("SEK 200,000"). A letter code needs a sum written as money
 * (thousands separated, or millions), so "TOP 10" is not read as ten paʻanga.
 */
const SUM =
  /(?<![\p{L}\p{N}])(?:([A-Z]{3}) |([A-Z]{0,2}[^\s\p{L}\p{N},.;:()[\]'"“”‘’-]))(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?: (million|billion))?(?![\p{N}])/gu;

/** Every sum in `text`, once each, in the order first written. */
export function sumsIn(text: string): Sum[] {
  const found = new Map<string, Sum>();
  for (const match of text.matchAll(SUM)) {
    const [, code, sign, digits = '', scale] = match;
    codes ??= new Set(Intl.supportedValuesOf('currency'));
    const currency = code ? (codes.has(code) ? code : undefined) : currencyOfSign(sign ?? '');
    if (!currency) continue;
    if (code && !digits.includes(',') && !scale) continue;
    const value = Math.round(Number(digits.replaceAll(',', '')) * (scale ? (SCALE_WORDS[scale] ?? 1) : 1) * 100) / 100;
    found.set(`${currency} ${value}`, { value, currency });
  }
  return [...found.values()];
}

/** "7.55", "7.5", "20": up to `decimals` places, rounded or cut, without trailing zeros. */
function figure(value: number, decimals: number, cut: boolean): string {
  const step = 10 ** decimals;
  const scaled = cut ? Math.floor(value * step + 1e-9) / step : Math.round(value * step) / step;
  return String(scaled);
}

const SCALES = [
  { size: 1e9, word: 'billion', short: ['bn', 'b'] },
  { size: 1e6, word: 'million', short: ['m'] },
  { size: 1e3, word: 'thousand', short: ['k'] },
] as const;

/**
 * The forms a reader may type for a sum: every digit ("7,552,800", "7552800"), and in its scale
 * rounded and cut to one and two decimals (never to a whole number: £7,552,800 is not "£8m") ("£7.55m", "£7.5m", "7.6 million pounds", "GBP 7.5
 * million"), with the record's sign, the other signs readers use, the code and the currency's name.
 */
export function amountForms({ value, currency }: Sum): string[] {
  const record = currencySymbol(currency);
  const spoken = SPOKEN[currency] ?? { signs: [], names: [] };
  const signs = [...new Set([...(/[A-Za-z]$/.test(record) ? [] : [record]), ...spoken.signs])];
  const forms = new Set<string>([formatNumber(value)]);
  if (Number.isInteger(value)) forms.add(String(value));
  const scale = SCALES.find(({ size }) => value >= size);
  if (scale) {
    const scaled = value / scale.size;
    const figures = new Set(
      [1, 2].flatMap((decimals) => [figure(scaled, decimals, false), figure(scaled, decimals, true)]),
    );
    for (const number of figures) {
      const written = [`${number} ${scale.word}`, ...scale.short.map((short) => `${number}${short}`)];
      for (const words of written) {
        forms.add(words);
        for (const sign of signs) forms.add(`${sign}${words}`);
        forms.add(`${currency} ${words}`);
      }
      for (const name of spoken.names) forms.add(`${number} ${scale.word} ${name}`);
    }
  }
  return [...forms];
}
