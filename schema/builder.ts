import SchemaBuilder from '@pothos/core';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from '../resolvers/errors.js';
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
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw badInput(`Invalid global ID: ${globalID}`);
      }
    },
  },
});

builder.queryType({ description: 'Read the news knowledge graph.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds.',
    resolve: (connection) => connection.totalCount,
  }),
);
