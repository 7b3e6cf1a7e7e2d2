import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  type CryptoKey as SigningKey,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { testSecurity, WRITE_TOKEN } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';
import { expectGraphIntact, type Server, seededServer } from './harness.js';

const SECRET = 'newsroom-jwt-secret-of-32-bytes-or-more';
const ISSUER = 'https://auth.newsroom.example';
const AUDIENCE = 'news-kg';
const READER = 'reader-token-0123456789';
const EDITOR = 'editor-token-0123456789';

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created unchanged } }`;
const article = (n: number) => ({
  title: `اشتباكات في الفاشر ${n}`,
  text: `قصفت قوات الدعم السريع مدينة الفاشر أمس للمرة ${n}، فيما بدأت في جدة مفاوضات بين الجيش السوداني وقوات الدعم السريع.`,
  publishedAt: '2024-05-12',
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: JWTPayload = {}): JWTPayload => ({
  sub: 'editor@newsroom',
  iss: ISSUER,
  aud: AUDIENCE,
  exp: now() + 300,
  ...extra,
});

function hs256(payload: JWTPayload, secret = SECRET): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
}

function es256(payload: JWTPayload, key: SigningKey, kid: string): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid }).sign(key);
}

/** A JWKS file with one public key in a temporary folder, and the private keys to sign with. */
async function keySetFile(): Promise<{
  file: string;
  trusted: SigningKey;
  untrusted: SigningKey;
  publicJwk: JWK;
}> {
  const trusted = await generateKeyPair('ES256', { extractable: true });
  const untrusted = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(trusted.publicKey)), kid: 'newsroom-1', alg: 'ES256', use: 'sig' };
  const file = join(mkdtempSync(join(tmpdir(), 'kg-jwks-')), 'jwks.json');
  writeFileSync(file, JSON.stringify({ keys: [publicJwk] }));
  return { file, trusted: trusted.privateKey, untrusted: untrusted.privateKey, publicJwk };
}

describe.each(STORES)('tokens and scopes on the $name store', (factory) => {
  let store: GraphStore;
  let keys: Awaited<ReturnType<typeof keySetFile>>;
  let openReads: Server;
  let closedReads: Server;

  beforeAll(async () => {
    store = await factory.open();
    keys = await keySetFile();
    const env = {
      KG_TOKENS: `${READER}:read;${EDITOR}:write`,
      KG_JWT_SECRET: SECRET,
      KG_JWKS_FILE: keys.file,
      KG_JWT_ISSUER: ISSUER,
      KG_JWT_AUDIENCE: AUDIENCE,
    };
    openReads = await seededServer(store, testSecurity(env));
    closedReads = await seededServer(store, testSecurity({ ...env, KG_READS: 'token' }));
  });
  afterAll(() => store.close());

  const refusedWrite = (headers: Record<string, string>) =>
    expectGraphIntact(openReads, async () => {
      const answer = await openReads.graphql(INGEST, { input: article(0) }, headers);
      expect(answer.data?.ingestArticle ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      expect(answer.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    });

  it('refuses a write without a token, saying how to authenticate', async () => {
    await expectGraphIntact(openReads, async () => {
      const { errors } = await openReads.graphql(INGEST, { input: article(0) });
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(errors?.[0]?.message).toMatch(/write scope.*Authorization: Bearer <token>/);
    });
  });

  it('refuses a wrong static token or a header that is not a bearer token with 401', async () => {
    for (const authorization of [
      `Bearer ${EDITOR}x`,
      `Bearer ${EDITOR.slice(0, -1)}`,
      `Basic ${btoa('editor:password')}`,
      'Bearer',
    ]) {
      await refusedWrite({ authorization });
      const response = await openReads.fetch({
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: INGEST, variables: { input: article(0) } }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a read-only token with FORBIDDEN', async () => {
    await expectGraphIntact(openReads, async () => {
      const { errors } = await openReads.graphql(INGEST, { input: article(0) }, bearer(READER));
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(errors?.[0]?.message).toMatch(/needs the write scope/);
    });
    const jwt = await hs256(claims({ scope: 'read' }));
    await expectGraphIntact(openReads, async () => {
      const { errors } = await openReads.graphql(INGEST, { input: article(0) }, bearer(jwt));
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('refuses bad JWTs with "invalid or expired token" and nothing more', async () => {
    const valid = await hs256(claims({ scope: 'write' }));
    const [header, payload, signature] = valid.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims({ scope: 'write', sub: 'admin' }))).toString('base64url')}.${signature}`;
    const bad = {
      expired: await hs256(claims({ scope: 'write', exp: now() - 60 })),
      'not yet valid': await hs256(claims({ scope: 'write', nbf: now() + 600 })),
      'without expiry': await hs256({ ...claims({ scope: 'write' }), exp: undefined }),
      'another secret': await hs256(claims({ scope: 'write' }), `${SECRET}-but-another`),
      'another issuer': await hs256(claims({ scope: 'write', iss: 'https://elsewhere.example' })),
      'another audience': await hs256(claims({ scope: 'write', aud: 'another-api' })),
      tampered,
      'without signature': `${header}.${payload}.`,
      unsecured: new UnsecuredJWT(claims({ scope: 'write' })).encode(),
      'signed by a key outside the JWKS': await es256(
        claims({ scope: 'write' }),
        keys.untrusted,
        'newsroom-1',
      ),
      'HS256 keyed with the public JWK': await hs256(
        claims({ scope: 'write' }),
        JSON.stringify(keys.publicJwk),
      ),
      garbage: 'a.b.c',
    };
    for (const [why, token] of Object.entries(bad)) {
      await expectGraphIntact(openReads, async () => {
        const answer = await openReads.graphql(INGEST, { input: article(0) }, bearer(token));
        expect(answer.status, why).toBe(401);
        expect(answer.errors, why).toEqual([
          { message: 'invalid or expired token', extensions: { code: 'UNAUTHENTICATED' } },
        ]);
      });
    }
  });

  it('lets writes through with a write token, a static one or a JWT (HS256 or from the JWKS)', async () => {
    const tokens = [
      WRITE_TOKEN,
      EDITOR,
      await hs256(claims({ scope: 'read write' })),
      await hs256(claims({ scp: ['write'] })),
      await es256(claims({ scp: 'write' }), keys.trusted, 'newsroom-1'),
    ];
    for (const [n, token] of tokens.entries()) {
      const { data, errors } = await openReads.graphql(INGEST, { input: article(n + 1) }, bearer(token));
      expect(errors).toBeUndefined();
      expect(data.ingestArticle.created + data.ingestArticle.unchanged).toBe(1);
    }
  });

  it('keeps reads open by default, and behind the read scope with KG_READS=token', async () => {
    const query = '{ actors { totalCount } node(id: "QWN0b3I6YWN0b3I6YXplcmJhaWphbg==") { id } }';
    expect((await openReads.graphql(query)).data.actors.totalCount).toBeGreaterThan(0);

    const refusedAnswers = [
      { field: '{ actors { totalCount } }', data: null },
      { field: '{ node(id: "QWN0b3I6YWN0b3I6YXplcmJhaWphbg==") { id } }', data: { node: null } },
    ];
    for (const { field, data } of refusedAnswers) {
      const anonymous = await closedReads.graphql(field);
      expect(anonymous.data).toEqual(data);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.errors?.[0]?.message).toMatch(/read scope.*Authorization: Bearer <token>/);
    }

    const noScope = await closedReads.graphql(query, {}, bearer(await hs256(claims())));
    expect(noScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    for (const token of [READER, EDITOR, WRITE_TOKEN, await hs256(claims({ scope: 'read' }))]) {
      const { data, errors } = await closedReads.graphql(query, {}, bearer(token));
      expect(errors).toBeUndefined();
      expect(data.node.id).toBe('QWN0b3I6YWN0b3I6YXplcmJhaWphbg==');
    }
  });

  it('keeps the articleIngested subscription under the read rule', async () => {
    const subscribe = (headers: Record<string, string>) =>
      closedReads.fetch({
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query: 'subscription { articleIngested { title } }' }),
      });
    const refused = await (await subscribe({})).text();
    expect(refused).toContain('UNAUTHENTICATED');
    expect(refused).toContain('read scope');

    const allowed = await subscribe(bearer(READER));
    const reader = allowed.body?.getReader();
    if (!reader) throw new Error('no stream');
    const firstEvent = (async () => {
      let text = '';
      while (!text.includes('articleIngested')) text += new TextDecoder().decode((await reader.read()).value);
      return text;
    })();
    await closedReads.graphql(INGEST, { input: article(10) }, bearer(EDITOR));
    expect(await firstEvent).toContain(article(10).title);
    await reader.cancel();
  });
});
