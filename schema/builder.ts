import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

/** The one Pothos builder; types are added to it by the modules that schema/index.ts imports. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Connection: { totalCount: number };
  Scalars: { Date: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.queryType({ description: 'Read the news knowledge graph.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds.',
    resolve: (connection) => connection.totalCount,
  }),
);
