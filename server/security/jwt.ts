import {
  createLocalJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  jwtVerify,
} from 'jose';
import { grantScopes, type Principal } from './scopes.js';

/** How JWTs are checked: a shared HS256 secret, a set of public keys, or both. */
export interface JwtSettings {
  /** KG_JWT_SECRET: tokens signed with HS256. */
  secret: Uint8Array | null;
  /** The keys of KG_JWKS_FILE: tokens signed with the matching private key (RS*, PS*, ES*, EdDSA). */
  jwks: JSONWebKeySet | null;
  /** KG_JWT_ISSUER and KG_JWT_AUDIENCE: the `iss` and `aud` a token must carry, when set. */
  issuer: string | null;
  audience: string | null;
}

/** A verified token's principal, or null for a token that is not valid now (whatever the reason). */
export type JwtVerifier = (token: string) => Promise<Principal | null>;

export function jwtVerifier(settings: JwtSettings): JwtVerifier {
  const key = verificationKey(settings);
  const options: JWTVerifyOptions = {
    // A token without an expiry would be good forever once leaked.
    requiredClaims: ['exp'],
    ...(settings.jwks ? {} : { algorithms: ['HS256'] }),
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
  };
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, options);
      return { subject: payload.sub ?? 'JWT without subject', scopes: grantScopes(claimedScopes(payload)) };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  };
}

function verificationKey({ secret, jwks }: JwtSettings): Uint8Array | JWTVerifyGetKey {
  const keySet = jwks ? createLocalJWKSet(jwks) : null;
  if (!keySet) {
    if (!secret) throw new Error('JWT verification needs KG_JWT_SECRET or KG_JWKS_FILE');
    return secret;
  }
  if (!secret) return keySet;
  // The key set never serves HS256 (it holds public keys), so the algorithm picks the key.
  return (header, token) => (header.alg === 'HS256' ? secret : keySet(header, token));
}

/** `scope` is a space-separated string (RFC 8693); `scp` is an array or such a string. */
function claimedScopes(payload: JWTPayload): string[] {
  const words = (claim: unknown): string[] => {
    if (typeof claim === 'string') return claim.split(' ');
    if (Array.isArray(claim)) return claim.filter((item): item is string => typeof item === 'string');
    return [];
  };
  return [...words(payload.scope), ...words(payload.scp)];
}
