import { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import type { GraphQLError } from 'graphql';
import { acceptsCredentials, type SecurityConfig } from './config.js';
import { forbidden, unauthenticated } from './errors.js';
import type { Principal, Scope } from './scopes.js';

/** What the scope-auth plugin needs to know of a request. */
export interface RequestAccess {
  principal: Principal | null;
  security: Pick<SecurityConfig, 'readsNeedToken' | 'staticTokens' | 'jwt'>;
}

/** The scope-auth scopes of a request; `read` is everyone's unless KG_READS=token. */
export function grantedScopes({ principal, security }: RequestAccess): Record<Scope, boolean> {
  return {
    read: !security.readsNeedToken || (principal?.scopes.has('read') ?? false),
    write: principal?.scopes.has('write') ?? false,
  };
}

const WHAT_IT_ALLOWS: Record<Scope, string> = { read: 'reading the graph', write: 'writing to the graph' };

/** Why a field was refused, and what to do about it. */
export function authorizationError(access: RequestAccess, failure: AuthFailure): GraphQLError {
  const scope: Scope = missingScopes(failure).includes('write') ? 'write' : 'read';
  if (scope === 'write' && !acceptsCredentials(access.security)) {
    return forbidden(
      'writes are turned off: start the server with KG_WRITE_TOKEN, KG_TOKENS, KG_JWT_SECRET or KG_JWKS_FILE set to enable them',
    );
  }
  if (!access.principal) {
    return unauthenticated(
      `${WHAT_IT_ALLOWS[scope]} needs a token with the ${scope} scope: send the header Authorization: Bearer <token>, with a token from KG_WRITE_TOKEN or KG_TOKENS or a JWT`,
    );
  }
  return forbidden(`${WHAT_IT_ALLOWS[scope]} needs the ${scope} scope, which this token does not have`);
}

function missingScopes(failure: AuthFailure): string[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return [failure.scope];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(missingScopes);
    default:
      return [];
  }
}
