// Validation against the Frictionless Data v1 profiles vendored in tests/fixtures/vendor/frictionless/.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

const PROFILES = join(ROOT, 'tests/fixtures/vendor/frictionless');

/** A vendored profile: data-package, tabular-data-package, tabular-data-resource or table-schema. */
export function profile(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/**
 * Keywords a draft-04 schema may use that Ajv's default dialect (draft-07) reads differently:
 * `id` naming a schema, boolean `exclusiveMinimum`/`exclusiveMaximum`, and `$ref` (draft-04
 * ignores its siblings). Empty for the published profiles, which is what lets Ajv validate with
 * them as they are.
 */
export function draft04Differences(schema: unknown, path = '#'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => draft04Differences(item, `${path}/${i}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const own = Object.entries(schema).flatMap(([key, value]) => {
    if (key === 'id' && typeof value === 'string') return [`${path}/id`];
    if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean')
      return [`${path}/${key}`];
    if (key === '$ref') return [`${path}/$ref`];
    return [];
  });
  return [...own, ...Object.entries(schema).flatMap(([key, value]) => draft04Differences(value, `${path}/${key}`))];
}

/**
 * A validator for a vendored profile. The profiles declare draft-04, which Ajv 8 does not ship
 * a meta-schema for: `validateSchema: false` skips checking the profile itself (see
 * {@link draft04Differences} for why its rules then mean the same). `textarea` is a format the
 * profiles use as a hint for form builders; it constrains nothing.
 */
export function profileValidator(name: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, formats: { textarea: true } });
  addFormats(ajv);
  return ajv.compile(profile(name));
}
