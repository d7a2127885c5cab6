import { describe, expect, it } from 'vitest';
import { diffCases } from '../../../src/lib/releases/diff';

describe('diffCases', () => {
  it('lists cases added and removed, and each changed field with its old and new value', () => {
    const older = [
      { id: 'a', status: 'under-appeal', amounts: [{ value: 1, currency: 'EUR' }] },
      { id: 'gone', status: 'final' },
    ];
    const newer = [
      { id: 'new', status: 'final' },
      { id: 'a', status: 'final', amounts: [{ currency: 'EUR', value: 1 }], added: '2026-12-02' },
    ];
    expect(diffCases(older, newer)).toEqual({
      added: ['new'],
      removed: ['gone'],
      changed: [
        {
          id: 'a',
          fields: [
            { field: 'added', from: null, to: '2026-12-02' },
            { field: 'status', from: 'under-appeal', to: 'final' },
          ],
        },
      ],
    });
  });

  it('compares nested objects by value whatever their key order, but arrays in order', () => {
    const older = [{ id: 'a', decided: { date: '2022', precision: 'year' }, respondents: ['x', 'y'] }];
    expect(
      diffCases(older, [{ id: 'a', decided: { precision: 'year', date: '2022' }, respondents: ['x', 'y'] }]),
    ).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
    expect(diffCases(older, [{ ...older[0], id: 'a', respondents: ['y', 'x'] }]).changed).toEqual([
      { id: 'a', fields: [{ field: 'respondents', from: ['x', 'y'], to: ['y', 'x'] }] },
    ]);
  });

  it('does not count a field that is null in one release and absent from the other as changed', () => {
    expect(diffCases([{ id: 'a', per: null }], [{ id: 'a' }]).changed).toEqual([]);
    expect(diffCases([{ id: 'a' }], [{ id: 'a', per: null }]).changed).toEqual([]);
  });

  it('gives null for a field that is gone, and sorts every list by id', () => {
    const diff = diffCases(
      [{ id: 'b', note: 'n' }, { id: 'a', note: 'n' }, { id: 'z' }],
      [{ id: 'y' }, { id: 'b' }, { id: 'x' }, { id: 'a' }],
    );
    expect(diff).toEqual({
      added: ['x', 'y'],
      removed: ['z'],
      changed: [
        { id: 'a', fields: [{ field: 'note', from: 'n', to: null }] },
        { id: 'b', fields: [{ field: 'note', from: 'n', to: null }] },
      ],
    });
  });

  it('finds nothing between identical snapshots, and everything added from none', () => {
    const cases = [{ id: 'a', status: 'final' }];
    expect(diffCases(cases, cases)).toEqual({ added: [], removed: [], changed: [] });
    expect(diffCases([], cases)).toEqual({ added: ['a'], removed: [], changed: [] });
  });
});
