// What changed in the cases between two snapshots of cases.json: cases added, removed, and for each
// case kept, the fields whose values differ. Compared by value, so key order never counts.

/** A case as any version of cases.json has it: an id and fields. */
export type ExportedCase = { id: string } & Record<string, unknown>;

/** One case whose fields changed. */
export interface ChangedCase {
  id: string;
  /** Each changed field with its old and new value (null where a field is new or gone). */
  fields: { field: string; from: unknown; to: unknown }[];
}

/** The difference between two snapshots. */
export interface CasesDiff {
  added: string[];
  removed: string[];
  changed: ChangedCase[];
}

/** JSON with object keys sorted, so equal values compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Cases added, removed and changed from `older` to `newer`, each list sorted by id. */
export function diffCases(older: readonly ExportedCase[], newer: readonly ExportedCase[]): CasesDiff {
  const before = new Map(older.map((c) => [c.id, c]));
  const after = new Map(newer.map((c) => [c.id, c]));
  const byId = (a: string, b: string) => a.localeCompare(b);
  const changed: ChangedCase[] = [];
  for (const [id, next] of [...after].sort(([a], [b]) => byId(a, b))) {
    const previous = before.get(id);
    if (!previous) continue;
    const names = [...new Set([...Object.keys(previous), ...Object.keys(next)])].sort(byId);
    const fields = names
      // A field that is null in one release and absent from the other has not changed.
      .filter((field) => canonical(previous[field] ?? null) !== canonical(next[field] ?? null))
      .map((field) => ({ field, from: previous[field] ?? null, to: next[field] ?? null }));
    if (fields.length > 0) changed.push({ id, fields });
  }
  return {
    added: [...after.keys()].filter((id) => !before.has(id)).sort(byId),
    removed: [...before.keys()].filter((id) => !after.has(id)).sort(byId),
    changed,
  };
}
