/**
 * A CSV file's columns, defined once in Table Schema terms (Frictionless Data v1,
 * https://specs.frictionlessdata.io/table-schema/): the header, every row and the published Table
 * Schema all come from one list, so they cannot drift apart.
 */
import { toCsv } from './csv';

/** What a cell of each Table Schema type holds before it is written. */
interface CellValues {
  string: string;
  number: number;
  integer: number;
  date: string;
  boolean: boolean;
}

/**
 * Table Schema constraints (the ones this site uses). A pattern is an XML Schema regular
 * expression: anchored at both ends without `^` and `$`, and without `(?:`.
 */
export interface FieldConstraints {
  required?: true;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
}

/** One column: its Table Schema field, and how a row fills it (null or undefined: an empty cell). */
export type TableColumn<Row> = {
  [T in keyof CellValues]: {
    name: string;
    type: T;
    /** `uri`: an absolute URL. */
    format?: 'uri';
    description: string;
    constraints?: FieldConstraints;
    value: (row: Row) => CellValues[T] | null | undefined;
  };
}[keyof CellValues];

/** A field of a published Table Schema. */
export interface TableSchemaField {
  name: string;
  type: keyof CellValues;
  format?: 'uri';
  description: string;
  constraints?: FieldConstraints;
  trueValues?: readonly string[];
  falseValues?: readonly string[];
}

/** A Table Schema for CSV written by {@link columnsCsv}. */
export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: readonly string[];
}

/** The Table Schema of a CSV file written from these columns (of any row type, hence `never`). */
export function tableSchema(columns: readonly TableColumn<never>[]): TableSchema {
  return {
    fields: columns.map(({ name, type, format, description, constraints }) => ({
      name,
      type,
      ...(format ? { format } : {}),
      description,
      ...(constraints ? { constraints } : {}),
      // csvField writes booleans as String(value) does.
      ...(type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    })),
    // An empty cell is a missing value: csvField writes null and undefined as one.
    missingValues: [''],
  };
}

/** RFC 4180 CSV of the rows, one cell per column, with the columns' names as the header. */
export function columnsCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map((column) => column.name),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}
