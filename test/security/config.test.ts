import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  DEFAULT_MAX_BODY_BYTES,
  securityConfigFromEnv,
} from '../../server/security/config.js';
import { parseStaticTokens, staticTokenMatcher } from '../../server/security/static-tokens.js';

const SECRET = 'a-shared-secret-of-at-least-32-bytes!';

describe('the security settings from the environment', () => {
  it('default to open reads, no writes, documented limits, introspection and GraphiQL on', () => {
    expect(securityConfigFromEnv({})).toEqual({
      staticTokens: [],
      jwt: null,
      readsNeedToken: false,
      limits: DEFAULT_LIMITS,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      introspection: true,
      graphiql: true,
    });
  });

  it('turn introspection and GraphiQL off in production unless they are explicitly on', () => {
    expect(securityConfigFromEnv({ NODE_ENV: 'production' })).toMatchObject({
      introspection: false,
      graphiql: false,
    });
    expect(
      securityConfigFromEnv({ NODE_ENV: 'production', KG_INTROSPECTION: 'on', KG_GRAPHIQL: 'on' }),
    ).toMatchObject({ introspection: true, graphiql: true });
    expect(securityConfigFromEnv({ KG_INTROSPECTION: 'off', KG_GRAPHIQL: 'off' })).toMatchObject({
      introspection: false,
      graphiql: false,
    });
  });

  it('read every limit from its variable', () => {
    const config = securityConfigFromEnv({
      KG_MAX_DEPTH: '5',
      KG_MAX_COST: '900',
      KG_MAX_ALIASES: '3',
      KG_MAX_DIRECTIVES: '2',
      KG_MAX_TOKENS: '400',
      KG_MAX_BODY_BYTES: '1000',
    });
    expect(config.limits).toEqual({
      maxDepth: 5,
      maxCost: 900,
      maxAliases: 3,
      maxDirectives: 2,
      maxTokens: 400,
    });
    expect(config.maxBodyBytes).toBe(1000);
  });

  it('refuse values that are not what they should be, naming the variable', () => {
    expect(() => securityConfigFromEnv({ KG_MAX_DEPTH: 'deep' })).toThrow(
      /KG_MAX_DEPTH must be a positive integer/,
    );
    expect(() => securityConfigFromEnv({ KG_MAX_BODY_BYTES: '0' })).toThrow(/KG_MAX_BODY_BYTES/);
    expect(() => securityConfigFromEnv({ KG_READS: 'closed' })).toThrow(/KG_READS must be open or token/);
    expect(() => securityConfigFromEnv({ KG_GRAPHIQL: 'yes' })).toThrow(/KG_GRAPHIQL must be on or off/);
    expect(() => securityConfigFromEnv({ KG_READS: 'token' })).toThrow(/KG_READS=token needs credentials/);
    expect(() => securityConfigFromEnv({ KG_JWT_SECRET: 'short' })).toThrow(/at least 32 bytes/);
    expect(() => securityConfigFromEnv({ KG_JWT_ISSUER: 'newsroom' })).toThrow(
      /need KG_JWT_SECRET or KG_JWKS_FILE/,
    );
  });

  it('take KG_WRITE_TOKEN as a token that may read and write, and KG_TOKENS with their scopes', () => {
    const config = securityConfigFromEnv({ KG_WRITE_TOKEN: 'old', KG_TOKENS: 'reader:read; editor:write ;' });
    expect(config.staticTokens.map(({ token, scopes }) => [token, [...scopes].sort()])).toEqual([
      ['old', ['read', 'write']],
      ['reader', ['read']],
      ['editor', ['read', 'write']],
    ]);
  });

  it('read the JWT secret, issuer, audience and a JWKS file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-jwks-'));
    const file = join(dir, 'jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [] }));
    const config = securityConfigFromEnv({
      KG_JWT_SECRET: SECRET,
      KG_JWKS_FILE: file,
      KG_JWT_ISSUER: 'https://auth.newsroom.example',
      KG_JWT_AUDIENCE: 'news-kg',
    });
    expect(config.jwt).toMatchObject({
      jwks: { keys: [] },
      issuer: 'https://auth.newsroom.example',
      audience: 'news-kg',
    });
    expect(new TextDecoder().decode(config.jwt?.secret ?? undefined)).toBe(SECRET);
    writeFileSync(file, '{"not": "a key set"}');
    expect(() => securityConfigFromEnv({ KG_JWKS_FILE: file })).toThrow(/not a JSON Web Key Set/);
    expect(() => securityConfigFromEnv({ KG_JWKS_FILE: join(dir, 'missing.json') })).toThrow(
      /cannot be read/,
    );
  });
});

describe('static tokens', () => {
  it('are token:scope,scope entries; a token may hold a colon; errors never show the token', () => {
    expect(parseStaticTokens('a:b:read,write', 'KG_TOKENS')).toEqual([
      { token: 'a:b', scopes: new Set(['read', 'write']) },
    ]);
    expect(() => parseStaticTokens('s3cret', 'KG_TOKENS')).toThrow(/KG_TOKENS entry 1 must be token:scope/);
    expect(() => parseStaticTokens('fine:read;s3cret:admin', 'KG_TOKENS')).toThrow(
      /KG_TOKENS entry 2 has unknown scopes admin/,
    );
    let message = '';
    try {
      parseStaticTokens('s3cret:admin', 'KG_TOKENS');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/unknown scopes/);
    expect(message).not.toContain('s3cret');
  });

  it('match exactly, whatever the length of the token given', () => {
    const match = staticTokenMatcher(parseStaticTokens('reader:read;editor:write', 'KG_TOKENS'));
    expect(match('editor')).toMatchObject({ subject: 'static token 2' });
    expect(match('reader')?.scopes).toEqual(new Set(['read']));
    for (const wrong of ['', 'r', 'readers', 'Reader', 'reader ', 'x'.repeat(10_000)])
      expect(match(wrong)).toBeNull();
  });
});
