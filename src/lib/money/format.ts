import type { EuroValue } from './convert';

const LOCALE = 'en-GB';

/** Formatters by their options: making one costs far more than using it (a chart formats hundreds). */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A number as `toLocaleString('en-GB')` writes it ("7,552,800"), with a formatter made once. */
export function formatNumber(value: number): string {
  return numberFormat({}).format(value);
}

/** The sign readers expect: € £ US$ A$ CA$ …; codes where a sign would be ambiguous. */
export function currencySymbol(currency: string): string {
  const parts = numberFormat({ style: 'currency', currency, currencyDisplay: 'symbol' }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** Joins a sign and a number: "€20", but "SEK 200,000" with a space for letter codes. */
function withSymbol(currency: string, number: string): string {
  const symbol = currencySymbol(currency);
  return /[A-Za-z]$/.test(symbol) ? `${symbol} ${number}` : `${symbol}${number}`;
}

const SCALES = [
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/** How many decimals an exact sum may show in words: "US$1.375 billion", but "€30.5 million". */
const EXACT_DECIMALS: Record<(typeof SCALES)[number]['word'], number> = { billion: 3, million: 1 };

/**
 * Formats an exact sum: words for round millions and billions ("€20 million", "€30.5 million",
 * "US$1.4 billion", "US$1.375 billion"), every digit otherwise ("£7,552,800", "SEK 200,000").
 * A sum of billions is never written in millions, so two sums side by side read alike.
 */
export function formatMoney(value: number, currency: string): string {
  for (const { size, word } of SCALES) {
    const scaled = value / size;
    const step = 10 ** EXACT_DECIMALS[word];
    const isExact = Math.abs(scaled * step - Math.round(scaled * step)) < 1e-6;
    if (value >= size && isExact) {
      return withSymbol(
        currency,
        `${numberFormat({ maximumFractionDigits: EXACT_DECIMALS[word] }).format(scaled)} ${word}`,
      );
    }
  }
  const fraction = Number.isInteger(value) ? 0 : 2;
  return withSymbol(
    currency,
    numberFormat({ minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(value),
  );
}

/**
 * Formats an approximate sum for comparison: one decimal of millions or billions
 * ("€8.9 million"), thousands rounded below a million ("€250,000").
 */
export function formatApprox(value: number, currency: string): string {
  for (const { size, word } of SCALES) {
    if (value >= size) {
      return withSymbol(currency, `${numberFormat({ maximumFractionDigits: 1 }).format(value / size)} ${word}`);
    }
  }
  const rounded = value >= 10_000 ? Math.round(value / 1000) * 1000 : Math.round(value);
  return withSymbol(currency, numberFormat({ maximumFractionDigits: 0 }).format(rounded));
}

/**
 * The original sum, and for other currencies its euro equivalent with the rate and its date:
 * "£7,552,800 (≈ €8.9 million at 0.85 on 2022-05-23)".
 */
export function formatWithEuro(value: number, currency: string, euro: EuroValue): string {
  const original = formatMoney(value, currency);
  if (!euro.rate) return original;
  return `${original} (≈ ${formatApprox(euro.eur, 'EUR')} at ${euro.rate.perEur} on ${euro.rate.date})`;
}

/**
 * A periodic penalty's rate in words: "€20,000 per day", or "€20,000/day" where room is short
 * (a table cell). Any other sum is left as it is.
 */
export function perPeriod(money: string, per: string | null | undefined, style: 'words' | 'compact' = 'words'): string {
  if (!per) return money;
  return style === 'compact' ? `${money}/${per}` : `${money} per ${per}`;
}
