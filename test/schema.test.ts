import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { SCHEMA_FILE } from '../schema/print.js';

describe('schema.graphql', () => {
  it('is the SDL the code builds (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(`${printSchema(schema)}\n`);
  });
});
