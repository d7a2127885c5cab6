import { describe, expect, it } from 'vitest';
import { casePath, explainerPath, lawPath, provisionPath, regulatorPath, respondentPath } from '../../src/lib/routes';

describe('routes', () => {
  it('writes each page type’s path once, with the trailing slash the site uses', () => {
    expect(casePath('fr-cnil-sanction-2022')).toBe('/cases/fr-cnil-sanction-2022/');
    expect(regulatorPath('fr-cnil')).toBe('/regulators/fr-cnil/');
    expect(respondentPath('clearview-ai')).toBe('/respondents/clearview-ai/');
    expect(lawPath('eu-gdpr')).toBe('/laws/eu-gdpr/');
    expect(provisionPath('eu-gdpr', 'art-9')).toBe('/laws/eu-gdpr/art-9/');
    expect(explainerPath('reading-a-gdpr-fine')).toBe('/explainers/reading-a-gdpr-fine/');
  });
});
