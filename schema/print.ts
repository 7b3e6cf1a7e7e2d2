import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from './index.js';

/** Writes the SDL that clients code against; a test fails when it drifts from the code. */
export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, `${printSchema(schema)}\n`);
  console.log(`wrote ${SCHEMA_FILE.pathname}`);
}
