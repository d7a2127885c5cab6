/** The name a respondent goes by in running text, tables and charts: its short name if it has one. */
export function respondentName(respondent: { data: { name: string; shortName?: string | undefined } }): string {
  return respondent.data.shortName ?? respondent.data.name;
}
