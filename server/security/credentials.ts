import { acceptsCredentials, type SecurityConfig } from './config.js';
import { unauthenticated } from './errors.js';
import { jwtVerifier } from './jwt.js';
import type { Principal } from './scopes.js';
import { staticTokenMatcher } from './static-tokens.js';

/** The request's Authorization header → its principal; null for a request without one. */
export type Authenticate = (authorization: string | null) => Promise<Principal | null>;

/**
 * A bearer token is looked up among the static tokens first, then verified as a JWT. A header
 * that is there but not valid refuses the whole request (401), saying no more than that.
 */
export function createAuthenticator(config: SecurityConfig): Authenticate {
  // With nothing to check a token against, every request is anonymous: writes then say they are off.
  if (!acceptsCredentials(config)) return async () => null;
  const matchStaticToken = staticTokenMatcher(config.staticTokens);
  const verifyJwt = config.jwt ? jwtVerifier(config.jwt) : async () => null;
  return async (authorization) => {
    if (!authorization) return null;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token)
      throw unauthenticated('the Authorization header must be "Bearer <token>"', { httpStatus: 401 });
    const principal = matchStaticToken(token) ?? (await verifyJwt(token));
    if (!principal) throw unauthenticated('invalid or expired token', { httpStatus: 401 });
    return principal;
  };
}
