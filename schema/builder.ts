import SchemaBuilder from '@pothos/core';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { badInput } from '../resolvers/errors.js';
import { authorizationError, grantedScopes } from '../server/security/authorization.js';
import type { Scope } from '../server/security/scopes.js';
import type { Context } from './context.js';

/** The one Pothos builder; types are added to it by the modules that schema/index.ts imports. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: Record<Scope, boolean>;
  Connection: { totalCount: number };
  Scalars: { Date: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}>({
  // Scope checks run first, so a refused request never reaches argument decoding or a resolver.
  plugins: [ScopeAuthPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: grantedScopes,
    unauthorizedError: (_parent, context, _info, result) => authorizationError(context, result.failure),
  },
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

builder.queryType({
  description: 'Read the news knowledge graph.',
  authScopes: { read: true },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds.',
    resolve: (connection) => connection.totalCount,
  }),
);
