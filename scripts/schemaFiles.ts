import { z } from 'zod';
import { files } from '../src/data/schemas.ts';

/** path → JSON text of each generated JSON Schema (shared by the writer and the drift test). */
export function schemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema }] of Object.entries(files)) {
    const base = name.replace(/\.(json|geojson)$/, '');
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
    out[`data/schema/${base}.schema.json`] = `${JSON.stringify({ ...json, title: name }, null, 2)}\n`;
  }
  return out;
}
