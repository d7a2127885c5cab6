// Reads CSV cells as a Table Schema (Frictionless Data v1) defines them, to check a published
// CSV against its published schema without the tools that will read it.
import type { TableSchema } from '../../src/lib/export/table-schema';

/** Rows of RFC 4180 CSV (quoted fields, doubled quotes, CRLF), the header first. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Whether a cell's text is a value of the field's type, as Table Schema v1 defines the type. */
function typeProblem(field: TableSchema['fields'][number], cell: string): string | null {
  switch (field.type) {
    case 'string':
      return field.format === 'uri' && !URL.canParse(cell) ? 'not an absolute URI' : null;
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) ? null : 'not a number';
    case 'integer':
      return /^[+-]?\d+$/.test(cell) ? null : 'not an integer';
    case 'date': {
      const date = new Date(`${cell}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) && date.toISOString().startsWith(cell) ? null : 'not a YYYY-MM-DD date';
    }
    case 'boolean':
      return [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(cell) ? null : 'not a boolean';
  }
}

/**
 * Every cell that breaks its field's type, format or constraints (required, enum, pattern,
 * minimum), as "row N, column: problem". Rows are the CSV's without its header.
 */
export function cellProblems(schema: TableSchema, rows: readonly (readonly string[])[]): string[] {
  return rows.flatMap((row, r) => {
    const where = (name: string, problem: string) => `row ${r + 1}, ${name}: ${problem}`;
    if (row.length !== schema.fields.length)
      return [where('*', `${row.length} cells for ${schema.fields.length} fields`)];
    return schema.fields.flatMap((field, c) => {
      const cell = row[c] ?? '';
      const constraints = field.constraints ?? {};
      if (schema.missingValues.includes(cell)) return constraints.required ? [where(field.name, 'required')] : [];
      const problems = [typeProblem(field, cell)];
      if (constraints.enum && !constraints.enum.includes(cell)) problems.push(`"${cell}" is not in its enum`);
      // Table Schema patterns are XML Schema regular expressions: they match the whole value.
      if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`).test(cell))
        problems.push(`"${cell}" does not match ${constraints.pattern}`);
      if (constraints.minimum !== undefined && Number(cell) < constraints.minimum)
        problems.push(`${cell} is below ${constraints.minimum}`);
      return problems.flatMap((problem) => (problem ? [where(field.name, problem)] : []));
    });
  });
}
