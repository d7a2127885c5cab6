import { describe, expect, it } from 'vitest';
import { columnsCsv, tableSchema, type TableColumn } from '../../../src/lib/export/table-schema';
import { cellProblems, parseCsv } from '../../support/table-schema';

interface Row {
  id: string;
  sum?: number;
  paid?: boolean;
}

const COLUMNS: readonly TableColumn<Row>[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Id.',
    constraints: { required: true, pattern: '[a-z]+' },
    value: (r) => r.id,
  },
  { name: 'sum', type: 'number', description: 'Sum.', constraints: { minimum: 0 }, value: (r) => r.sum },
  { name: 'paid', type: 'boolean', description: 'Paid.', value: (r) => r.paid },
];

describe('tableSchema', () => {
  it('describes each column in order, booleans as csvField writes them, empty cells as missing', () => {
    expect(tableSchema(COLUMNS)).toEqual({
      fields: [
        { name: 'id', type: 'string', description: 'Id.', constraints: { required: true, pattern: '[a-z]+' } },
        { name: 'sum', type: 'number', description: 'Sum.', constraints: { minimum: 0 } },
        { name: 'paid', type: 'boolean', description: 'Paid.', trueValues: ['true'], falseValues: ['false'] },
      ],
      missingValues: [''],
    });
  });
});

describe('columnsCsv', () => {
  it('writes the columns’ names as the header and one cell per column, and the cells conform', () => {
    const csv = columnsCsv(COLUMNS, [{ id: 'a', sum: 1.5, paid: false }, { id: 'b' }]);
    expect(csv).toBe('id,sum,paid\r\na,1.5,false\r\nb,,\r\n');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(tableSchema(COLUMNS).fields.map((f) => f.name));
    expect(cellProblems(tableSchema(COLUMNS), rows)).toEqual([]);
  });

  it('the cell check finds what breaks the schema', () => {
    expect(cellProblems(tableSchema(COLUMNS), [['', '-1', 'yes'], ['A1', 'x', ''], ['a']])).toEqual([
      'row 1, id: required',
      'row 1, sum: -1 is below 0',
      'row 1, paid: not a boolean',
      'row 2, id: "A1" does not match [a-z]+',
      'row 2, sum: not a number',
      'row 3, *: 1 cells for 3 fields',
    ]);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","two\r\nlines"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'two\r\nlines'],
    ]);
  });
});
