/**
 * Compares two table sort keys. Numbers compare as numbers and text by its letters; an empty key
 * (a case without an amount) goes last whichever way the column is sorted, so sorting by amount
 * always shows sums first.
 */
export function compareSortKeys(a: string, b: string, how: { numeric: boolean; ascending: boolean }): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const order = how.numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en');
  return how.ascending ? order : -order;
}
