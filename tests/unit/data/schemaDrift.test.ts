import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../../scripts/schemaFiles';

describe('data/schema', () => {
  it.each(Object.entries(schemaFiles()))('%s matches the zod schemas (run `npm run data:schema`)', (path, text) => {
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
