import { describe, expect, it } from 'vitest';
import {
  EU_MEMBERS,
  lawsApplyingIn,
  placeCodes,
  placeKind,
  placeSlug,
  subdivisionAnchor,
  subdivisionsOf,
} from '../../../src/lib/places/places';

const entry = (id: string, jurisdiction: string) => ({ id, data: { jurisdiction } });

describe('places', () => {
  it('are the countries and blocs of the authorities and laws, by English name', () => {
    const record = {
      regulators: [entry('fr-cnil', 'FR'), entry('us-ftc', 'US'), entry('us-il-court', 'US-IL'), entry('edpb', 'EU')],
      laws: [entry('gdpr', 'EU'), entry('bipa', 'US-IL'), entry('coe-108', 'COE')],
    } as unknown as Parameters<typeof placeCodes>[0];
    expect(placeCodes(record)).toEqual(['COE', 'EU', 'FR', 'US']);
    expect(placeKind('EU')).toBe('bloc');
    expect(placeKind('FR')).toBe('country');
    expect(placeSlug('COE')).toBe('coe');
  });

  it('apply a country its own laws, national and sub-national, and the EU its member states', () => {
    const laws = [entry('gdpr', 'EU'), entry('cnil-act', 'FR'), entry('bipa', 'US-IL'), entry('coe-108', 'COE')];
    const ids = (list: { id: string }[]) => list.map((l) => l.id);
    const typed = laws as unknown as Parameters<typeof lawsApplyingIn>[1];
    expect(ids(lawsApplyingIn('FR', typed).own)).toEqual(['cnil-act']);
    expect(ids(lawsApplyingIn('FR', typed).eu)).toEqual(['gdpr']);
    expect(ids(lawsApplyingIn('US', typed).own)).toEqual(['bipa']);
    expect(lawsApplyingIn('US', typed).eu).toEqual([]);
    expect(lawsApplyingIn('GB', typed).eu).toEqual([]);
    expect(EU_MEMBERS.size).toBe(27);
  });

  it('list the sub-national places of a country, each with an anchor on its page', () => {
    expect(subdivisionsOf('US', ['US', 'US-TX', 'US-IL', 'US-IL', 'FR'])).toEqual(['US-IL', 'US-TX']);
    expect(subdivisionAnchor('US-IL')).toBe('us-il');
  });
});
