// npm run data:schema — writes data/schema/*.schema.json from the zod schemas, so editors get
// completion and red marks through each file's "$schema". A unit test fails when these drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaFiles } from './schemaFiles.ts';

mkdirSync('data/schema', { recursive: true });
for (const [path, text] of Object.entries(schemaFiles())) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
