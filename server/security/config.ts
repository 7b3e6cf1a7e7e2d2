import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { ConfigError } from '../config-error.js';
import type { JwtSettings } from './jwt.js';
import { grantScopes } from './scopes.js';
import { parseStaticTokens, type StaticToken } from './static-tokens.js';

/** Bounds on one GraphQL operation (graphql-armor). */
export interface OperationLimits {
  /** Field nesting, fragments flattened. */
  maxDepth: number;
  /** graphql-armor's cost: 2 an object, 1 a scalar, ×1.5 a level, × a literal `first`. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the whole document, counted while parsing. */
  maxTokens: number;
}

/** Who may do what, and what a request may ask: docs/security.md describes each setting. */
export interface SecurityConfig {
  /** KG_WRITE_TOKEN (read and write) and KG_TOKENS. */
  staticTokens: StaticToken[];
  jwt: JwtSettings | null;
  /** KG_READS=token: every query and subscription needs the `read` scope. */
  readsNeedToken: boolean;
  limits: OperationLimits;
  /** Larger request bodies are refused with 413 before they are parsed. */
  maxBodyBytes: number;
  introspection: boolean;
  graphiql: boolean;
}

/**
 * Roomy enough for every query in docs/example-queries.graphql (depth 7, cost 1,503, 331 tokens),
 * the explorer and the tests (depth 9, cost 684,580: 100 events × their actors' 50 events each).
 */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxCost: 1_000_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
};

/** An ingested text may be 2 MB (pipeline/read-documents.ts), plus its JSON escaping. */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** HS256 keys shorter than the hash output weaken it (RFC 7518, section 3.2). */
const MIN_JWT_SECRET_BYTES = 32;

export function securityConfigFromEnv(env: NodeJS.ProcessEnv): SecurityConfig {
  const developing = env.NODE_ENV !== 'production';
  const config: SecurityConfig = {
    staticTokens: [
      ...(env.KG_WRITE_TOKEN ? [{ token: env.KG_WRITE_TOKEN, scopes: grantScopes(['write']) }] : []),
      ...parseStaticTokens(env.KG_TOKENS ?? '', 'KG_TOKENS'),
    ],
    jwt: jwtSettings(env),
    readsNeedToken: oneOf(env, 'KG_READS', ['open', 'token'], 'open') === 'token',
    limits: {
      maxDepth: positiveInteger(env, 'KG_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxCost: positiveInteger(env, 'KG_MAX_COST', DEFAULT_LIMITS.maxCost),
      maxAliases: positiveInteger(env, 'KG_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
      maxDirectives: positiveInteger(env, 'KG_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
      maxTokens: positiveInteger(env, 'KG_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    },
    maxBodyBytes: positiveInteger(env, 'KG_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
    introspection: onOff(env, 'KG_INTROSPECTION', developing),
    graphiql: onOff(env, 'KG_GRAPHIQL', developing),
  };
  if (config.readsNeedToken && !acceptsCredentials(config)) {
    throw new ConfigError(
      'KG_READS=token needs credentials: set KG_TOKENS, KG_WRITE_TOKEN, KG_JWT_SECRET or KG_JWKS_FILE',
    );
  }
  return config;
}

/** True when some bearer token can be accepted: without one, writes are off. */
export function acceptsCredentials(config: Pick<SecurityConfig, 'staticTokens' | 'jwt'>): boolean {
  return config.staticTokens.length > 0 || config.jwt !== null;
}

function jwtSettings(env: NodeJS.ProcessEnv): JwtSettings | null {
  const secret = env.KG_JWT_SECRET ? new TextEncoder().encode(env.KG_JWT_SECRET) : null;
  if (secret && secret.length < MIN_JWT_SECRET_BYTES) {
    throw new ConfigError(`KG_JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes long`);
  }
  const jwks = env.KG_JWKS_FILE ? readKeySet(env.KG_JWKS_FILE) : null;
  const issuer = env.KG_JWT_ISSUER || null;
  const audience = env.KG_JWT_AUDIENCE || null;
  if (!secret && !jwks) {
    if (issuer || audience)
      throw new ConfigError('KG_JWT_ISSUER and KG_JWT_AUDIENCE need KG_JWT_SECRET or KG_JWKS_FILE');
    return null;
  }
  return { secret, jwks, issuer, audience };
}

function readKeySet(file: string): JSONWebKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`KG_JWKS_FILE ${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as JSONWebKeySet).keys)) {
    throw new ConfigError(`KG_JWKS_FILE ${file} is not a JSON Web Key Set ({"keys": [...]})`);
  }
  return parsed as JSONWebKeySet;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a positive integer, got ${text}`);
  return value;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = oneOf(env, name, ['on', 'off'], fallback ? 'on' : 'off');
  return value === 'on';
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!(values as readonly string[]).includes(text)) {
    throw new ConfigError(`${name} must be ${values.join(' or ')}, got ${text}`);
  }
  return text as T;
}
