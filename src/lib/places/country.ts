/** The country part of a jurisdiction code: `US-IL` → `US`, `FR` → `FR`. */
export function countryOf(jurisdiction: string): string {
  return jurisdiction.split('-')[0] ?? jurisdiction;
}
