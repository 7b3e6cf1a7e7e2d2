import { GraphQLError } from 'graphql';

/** No credential, or one that is not valid: the client has to (re)authenticate. */
export function unauthenticated(message: string, options: { httpStatus?: number } = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      ...(options.httpStatus
        ? { http: { status: options.httpStatus, headers: { 'www-authenticate': 'Bearer' } } }
        : {}),
    },
  });
}

/** A valid credential that does not allow this, or an action the server has turned off. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
