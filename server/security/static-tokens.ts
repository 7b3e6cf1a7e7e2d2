import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../config-error.js';
import { grantScopes, isScope, type Principal, type Scope } from './scopes.js';

/** A bearer token given in the configuration, with what it may do. */
export interface StaticToken {
  token: string;
  scopes: ReadonlySet<Scope>;
}

/**
 * Parses `token:scope,scope;token:scope` (KG_TOKENS). A token may hold ':' (the last one
 * separates the scopes) but not ';'. Errors name the entry by position, never the token.
 */
export function parseStaticTokens(text: string, variable: string): StaticToken[] {
  return text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, index) => {
      const where = `${variable} entry ${index + 1}`;
      const colon = entry.lastIndexOf(':');
      if (colon <= 0) throw new ConfigError(`${where} must be token:scope[,scope] (scopes: read, write)`);
      const names = entry
        .slice(colon + 1)
        .split(',')
        .map((name) => name.trim());
      const unknown = names.filter((name) => !isScope(name));
      if (unknown.length > 0)
        throw new ConfigError(`${where} has unknown scopes ${unknown.join(', ')}: use read, write`);
      return { token: entry.slice(0, colon).trim(), scopes: grantScopes(names) };
    });
}

/** The principal of the static token given, or null when it is none of them. */
export type StaticTokenMatcher = (given: string) => Principal | null;

/**
 * Compares SHA-256 digests, so the comparison takes as long whatever the lengths, and compares
 * against every token without stopping at a match, so the time tells nothing of which one matched.
 */
export function staticTokenMatcher(tokens: readonly StaticToken[]): StaticTokenMatcher {
  const known = tokens.map(({ token, scopes }, index) => ({
    digest: sha256(token),
    principal: { subject: `static token ${index + 1}`, scopes },
  }));
  return (given) => {
    const digest = sha256(given);
    let found: Principal | null = null;
    for (const { digest: expected, principal } of known) {
      if (timingSafeEqual(digest, expected)) found = principal;
    }
    return found;
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
