import { GraphQLError } from 'graphql';

/** An error in what the client asked for: shown to it as is, with code BAD_USER_INPUT. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
