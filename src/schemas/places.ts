/**
 * ISO 3166-1 alpha-2 country codes, plus `EU` (reserved by ISO for the European Union) and `COE`
 * (the Council of Europe, for the European Court of Human Rights), which have no country code.
 */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW EU COE'
).split(' ');

const COUNTRY_SET = new Set(COUNTRY_CODES);

/**
 * Checks a jurisdiction code: a country (`FR`), or a subdivision in ISO 3166-2 form (`US-IL`,
 * `CA-BC`, `DE-HH`). Returns what was expected, or `null` when the code is acceptable.
 */
export function jurisdictionProblem(code: string): string | null {
  if (code === 'UK') return 'expected an ISO 3166 code: the United Kingdom is "GB", not "UK"';
  const match = /^([A-Z]{2,3})(?:-([A-Z0-9]{1,3}))?$/.exec(code);
  if (!match || !COUNTRY_SET.has(match[1] ?? '')) {
    return `expected an ISO 3166 code such as "FR" or "US-IL", got "${code}"`;
  }
  return null;
}
