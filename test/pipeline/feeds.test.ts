import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import type { GraphStore } from '../../graph/store.js';
import { StoreUnavailableError } from '../../graph/store-unavailable.js';
import { type RoundSettings, runFeedRound } from '../../pipeline/feeds/feed-round.js';
import { HostThrottle } from '../../pipeline/feeds/host-throttle.js';
import { parseFeed } from '../../pipeline/feeds/parse-feed.js';
import {
  atom,
  englishPage,
  type FeedServer,
  JEDDAH_TALKS,
  RED_SEA_ATTACK,
  rss,
  serve,
  startFeedServer,
  WINDOWS_1256_PAGE,
  windows1256,
} from '../helpers/feed-server.js';
import { resources } from '../helpers/graphql.js';

const RT_PAGE = readFileSync(new URL('./fixtures/rt-azerbaijan.html', import.meta.url), 'utf8');
const HTML = 'text/html; charset=utf-8';
const RSS = 'application/rss+xml';

function settings(): RoundSettings {
  return {
    limits: { timeoutMs: 1_500, maxBytes: 1024 * 1024, maxRedirects: 3, throttle: new HostThrottle(0) },
    statePath: join(mkdtempSync(join(tmpdir(), 'kg-feeds-')), 'state.json'),
  };
}

async function storedArticles(store: GraphStore) {
  return (await store.findArticles({}, { offset: 0, limit: 100 })).rows;
}

const fetchesOf = (server: FeedServer, path: string) => server.requests.filter((r) => r.path === path).length;

describe('a feed round', () => {
  let server: FeedServer;
  const store = new EmbeddedStore();
  const round = settings();

  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/rt.html', serve(RT_PAGE, HTML));
    server.route('/jeddah.html', serve(englishPage(JEDDAH_TALKS), HTML));
    server.route('/jeddah-again.html', serve(englishPage(JEDDAH_TALKS), HTML));
    server.route(
      '/rss.xml',
      serve(
        rss('RT Arabic', [
          { link: `${server.base}/rt.html`, title: 'feed title', pubDate: 'Thu, 21 Sep 2023 15:03:00 GMT' },
        ]),
        RSS,
        '"rss-1"',
      ),
    );
    server.route(
      '/atom.xml',
      serve(
        atom('Sudan Tribune', [
          { href: `${server.base}/jeddah.html`, title: 'Talks in Jeddah', published: '2023-05-06T09:00:00Z' },
          { href: `${server.base}/jeddah-again.html`, title: 'Talks in Jeddah (copy)' },
        ]),
        'application/atom+xml',
        '"atom-1"',
      ),
    );
  });
  afterAll(() => server.close());

  it('ingests the pages of RSS and Atom feeds with their metadata, the same text once', async () => {
    const report = await runFeedRound(
      [`${server.base}/rss.xml`, `${server.base}/atom.xml`],
      store,
      resources,
      round,
    );
    expect(report).toMatchObject({ feeds: 2, notModified: 0, newLinks: 3, duplicates: 1, failures: [] });
    const articles = await storedArticles(store);
    expect(articles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'نفت أذربيجان أن تكون قواتها شنت هجوما على مدينة خانكندي',
          url: 'https://arabic.rt.com/world/1496063-azerbaijan-denies-attack/',
          publishedAt: '2023-09-21',
        }),
        expect.objectContaining({
          title: 'Talks in Jeddah',
          url: `${server.base}/jeddah.html`,
          publishedAt: '2023-05-06',
        }),
      ]),
    );
    expect(articles.filter((a) => a.kind === 'HEADLINE').map((a) => a.title)).toEqual([
      'وفد من أرمن قره باغ يجري مفاوضات مع سلطات أذربيجان (فيديو)',
    ]);
  });

  it('asks again with the validators it was given, and fetches no page twice', async () => {
    const report = await runFeedRound(
      [`${server.base}/rss.xml`, `${server.base}/atom.xml`],
      store,
      resources,
      round,
    );
    expect(report).toMatchObject({ feeds: 2, notModified: 2, newLinks: 0, failures: [] });
    const rssRequests = server.requests.filter((r) => r.path === '/rss.xml');
    expect(rssRequests.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"rss-1"']);
    expect(fetchesOf(server, '/rt.html')).toBe(1);
  });

  it('after a restart, fetches only the item that is new', async () => {
    server.route('/sanaa.html', serve(englishPage(RED_SEA_ATTACK), HTML));
    server.route(
      '/rss.xml',
      serve(
        rss('RT Arabic', [
          { link: `${server.base}/sanaa.html`, title: 'Red Sea attack' },
          { link: `${server.base}/rt.html`, title: 'feed title' },
        ]),
        RSS,
        '"rss-2"',
      ),
    );
    const before = (await storedArticles(store)).length;
    const report = await runFeedRound([`${server.base}/rss.xml`], store, resources, { ...round });
    expect(report).toMatchObject({ newLinks: 1, duplicates: 0, failures: [] });
    expect(report.ingest.articles.created).toBe(1);
    expect((await storedArticles(store)).length).toBe(before + 1);
    expect(fetchesOf(server, '/rt.html')).toBe(1);
  });
});

describe('a feed round on bad input', () => {
  let server: FeedServer;
  const store = new EmbeddedStore();
  const round = settings();
  const url = (path: string) => `${server.base}${path}`;
  let closedPort: string;

  beforeAll(async () => {
    const gone = await startFeedServer();
    closedPort = gone.base;
    await gone.close();
    server = await startFeedServer();
    server.route('/malformed.xml', serve('<rss version="2.0"><channel><item><title>x</channel></rss>', RSS));
    server.route('/html-feed.xml', serve(englishPage(JEDDAH_TALKS), HTML));
    server.route('/huge.xml', (_request, response) => {
      // 50 MB without a length header, written as fast as the client reads it.
      response.writeHead(200, { 'content-type': RSS });
      const chunk = Buffer.alloc(1024 * 1024, ' ');
      let sent = 0;
      const write = () => {
        while (sent < 50 && !response.destroyed) {
          sent += 1;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      write();
    });
    server.route('/hang.html', (_request, response) => {
      response.writeHead(200, { 'content-type': HTML });
      response.write('<html><body><article><p>It starts');
    });
    server.route('/loop', (_request, response) => response.writeHead(302, { location: '/loop-back' }).end());
    server.route('/loop-back', (_request, response) => response.writeHead(302, { location: '/loop' }).end());
    server.route(
      '/french.html',
      serve(
        `<html lang="fr"><body><article><p>${'Les négociations entre les deux parties ont repris samedi à Genève, selon le ministère. '.repeat(3)}</p></article></body></html>`,
        HTML,
      ),
    );
    server.route(
      '/undeclared-french.html',
      serve(
        `<html><body><article><p>${'Les négociations entre les deux parties ont repris samedi à Genève, selon le ministère. '.repeat(3)}</p></article></body></html>`,
        HTML,
      ),
    );
    server.route('/empty.html', serve('<html><body><nav><a href="/">Accueil</a></nav></body></html>', HTML));
    server.route(
      '/broken-ld.html',
      serve(
        englishPage(
          [
            'Ukrainian forces shelled Donetsk on Sunday, killing three civilians, the city administration said.',
            'Russia said it would respond.',
          ],
          '<script type="application/ld+json">{"@type": "NewsArticle",</script>',
        ),
        HTML,
      ),
    );
    server.route('/jeddah.html', serve(englishPage(JEDDAH_TALKS), HTML));
    server.route(
      '/pages.xml',
      serve(
        rss(
          'Mixed',
          [
            '/hang.html',
            '/loop',
            '/french.html',
            '/undeclared-french.html',
            '/empty.html',
            '/broken-ld.html',
            '/jeddah.html',
          ].map((path) => ({
            link: url(path),
            title: path,
          })),
        ),
        RSS,
      ),
    );
  });
  afterAll(() => server.close());

  const feeds = () =>
    ['/malformed.xml', '/html-feed.xml', '/huge.xml', '/pages.xml'].map(url).concat(`${closedPort}/feed.xml`);

  it('reports each bad feed and page by URL with its reason, and takes the good pages', async () => {
    const report = await runFeedRound(feeds(), store, resources, round);
    expect(report.failures).toEqual([
      { url: url('/malformed.xml'), reason: expect.stringMatching(/^malformed XML: /) },
      { url: url('/html-feed.xml'), reason: 'not a feed: an HTML page' },
      { url: url('/huge.xml'), reason: 'too large: over 1048576 bytes received, the limit is 1048576 bytes' },
      { url: `${closedPort}/feed.xml`, reason: 'cannot fetch: ECONNREFUSED' },
      { url: url('/hang.html'), reason: 'no complete answer within 1500 ms' },
      { url: url('/loop'), reason: `redirect loop back to ${url('/loop')}` },
      {
        url: url('/french.html'),
        reason: 'the page declares the language fr: only Arabic and English are extracted',
      },
      {
        url: url('/undeclared-french.html'),
        reason: 'unsupported language: Latin script but not English (too few English words)',
      },
      { url: url('/empty.html'), reason: 'no article body found in the page' },
    ]);
    expect(report.warnings).toEqual([
      { url: url('/broken-ld.html'), reason: expect.stringMatching(/^JSON-LD block 1/) },
    ]);
    expect((await storedArticles(store)).map((a) => a.url).sort()).toEqual([
      url('/broken-ld.html'),
      url('/jeddah.html'),
    ]);
  });

  it('tries a page that could not be fetched again next round, not one refused for what it holds', async () => {
    const report = await runFeedRound(feeds(), store, resources, round);
    expect(report.failures.map((f) => f.url)).toContain(url('/hang.html'));
    expect(report.failures.map((f) => f.url)).not.toContain(url('/french.html'));
    expect(fetchesOf(server, '/hang.html')).toBe(2);
    expect(fetchesOf(server, '/french.html')).toBe(1);
    expect(fetchesOf(server, '/jeddah.html')).toBe(1);
  });

  it('writes neither the store nor the state when the store is unavailable', async () => {
    const failing = new EmbeddedStore();
    failing.writeArticles = async () => {
      throw new StoreUnavailableError('Neo4j went away');
    };
    const fresh = settings();
    await expect(runFeedRound([url('/pages.xml')], failing, resources, fresh)).rejects.toThrow(
      /Neo4j went away/,
    );
    expect(existsSync(fresh.statePath)).toBe(false);
    expect(await storedArticles(failing)).toEqual([]);
  });
});

describe('a feed round and the hosts it asks', () => {
  let server: FeedServer;
  const store = new EmbeddedStore();
  const GAP_MS = 300;
  const round = { ...settings(), limits: { ...settings().limits, throttle: new HostThrottle(GAP_MS) } };
  const MODIFIED = 'Sun, 12 May 2024 06:00:00 GMT';
  const url = (path: string) => `${server.base}${path}`;
  const story = (paragraphs: string[]) =>
    englishPage(paragraphs, `<link rel="canonical" href="${url('/story')}">`);

  beforeAll(async () => {
    server = await startFeedServer();
    // Two links to one story: its page from the feed, and another version of it with a line more.
    server.route('/story?id=1&from=rss', serve(story(JEDDAH_TALKS), HTML));
    server.route('/story-amp', serve(story([...JEDDAH_TALKS, 'Updated at 10:40.']), HTML));
    for (const n of [1, 2, 3, 4])
      server.route(`/r${n}`, (_request, response) =>
        response.writeHead(302, { location: `/r${n + 1}` }).end(),
      );
    server.route('/r5', serve(englishPage(RED_SEA_ATTACK), HTML));
    server.route('/jeddah-1256.html', serve(WINDOWS_1256_PAGE.bytes, 'text/html'));
    server.route('/declared-huge.html', (_request, response) => {
      response.writeHead(200, { 'content-type': HTML, 'content-length': String(2 * 1024 * 1024) });
      response.write('<html>');
    });
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Sudan Tribune</title>
      <item><title>Talks</title><link>../story?id=1&amp;from=rss</link></item>
      <item><title>Talks (AMP)</title><link>${url('/story-amp')}</link></item>
      <item><title>Far away</title><link>/r1</link></item>
      <item><title>Huge</title><link>/declared-huge.html</link></item>
      <item><title>Jeddah</title><link>/jeddah-1256.html</link></item></channel></rss>`;
    server.route('/news/feed.xml', (request, response) => {
      if (request.headers['if-modified-since'] === MODIFIED) return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': RSS, 'last-modified': MODIFIED }).end(feed);
    });
  });
  afterAll(() => server.close());

  it('resolves and decodes links, takes a story once by its canonical URL, bounds redirects and size', async () => {
    const report = await runFeedRound([url('/news/feed.xml')], store, resources, round);
    expect(report).toMatchObject({ feeds: 1, newLinks: 5, duplicates: 1 });
    expect(report.failures).toEqual([
      { url: url('/r1'), reason: 'more than 3 redirects' },
      { url: url('/declared-huge.html'), reason: 'too large: 2097152 bytes, the limit is 1048576 bytes' },
    ]);
    expect((await storedArticles(store)).map((a) => [a.url, a.title]).sort()).toEqual([
      [url('/jeddah-1256.html'), WINDOWS_1256_PAGE.title],
      [url('/story'), 'Talks'],
    ]);
    expect(fetchesOf(server, '/r4')).toBe(1);
    expect(fetchesOf(server, '/r5')).toBe(0);
  });

  it('spaces its requests to one host by the gap', () => {
    const starts = server.requests.map((r) => r.at);
    const gaps = starts.slice(1).map((at, i) => at - (starts[i] as number));
    expect(gaps.length).toBeGreaterThan(5);
    // Measured where the requests arrive, with tens of milliseconds of jitter either way on a loaded
    // machine; unthrottled, the redirects follow each other within milliseconds.
    expect(Math.min(...gaps)).toBeGreaterThan(GAP_MS / 2);
  });

  it('asks again with If-Modified-Since when the feed gave only Last-Modified', async () => {
    const report = await runFeedRound([url('/news/feed.xml')], store, resources, round);
    expect(report).toMatchObject({ notModified: 1, newLinks: 0 });
    const asked = server.requests.filter((r) => r.path === '/news/feed.xml');
    expect(asked.map((r) => r.headers['if-modified-since'])).toEqual([undefined, MODIFIED]);
  });

  it('reads a feed in the encoding its XML declaration names', async () => {
    const feed = rss('سودان تريبيون', [{ link: url('/attack.html'), title: 'هجوم في البحر الأحمر' }]).replace(
      'encoding="UTF-8"',
      'encoding="windows-1256"',
    );
    server.route('/arabic.xml', serve(windows1256(feed), RSS));
    server.route('/attack.html', serve(englishPage(RED_SEA_ATTACK), HTML));
    const store = new EmbeddedStore();
    await runFeedRound([url('/arabic.xml')], store, resources, { ...round, statePath: settings().statePath });
    expect((await storedArticles(store)).map((a) => a.title)).toEqual(['هجوم في البحر الأحمر']);
  });

  it("starts a fetch's timeout with its request, not with the wait for the host's turn", async () => {
    const limits = { ...round.limits, timeoutMs: 400, throttle: new HostThrottle(1_000) };
    server.route('/one.xml', serve(rss('Sudan Tribune', [{ link: url('/one.html'), title: 'Attack' }]), RSS));
    server.route('/one.html', serve(englishPage(RED_SEA_ATTACK), HTML));
    const report = await runFeedRound([url('/one.xml')], new EmbeddedStore(), resources, {
      ...settings(),
      limits,
    });
    expect(report.failures).toEqual([]);
    expect(report.ingest.articles.created).toBe(1);
  });
});

describe('reading a feed', () => {
  it('decodes entities and character references, and bounds what DOCTYPE entities expand to', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>A &amp; B</title><item><title>Gaza&#8217;s &lt;talks&gt;</title><link>https://x.example/a?b=1&amp;c=2</link></item></channel></rss>`,
      'https://x.example/feed',
    );
    expect(feed).toEqual({
      title: 'A & B',
      items: [{ url: 'https://x.example/a?b=1&c=2', title: 'Gaza’s <talks>', publishedAt: null }],
    });
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'a'.repeat(10_000)}">]><rss><channel><title>${'&a;'.repeat(1_100)}</title></channel></rss>`;
    expect(() => parseFeed(bomb, 'https://x.example/feed')).toThrow(/^unreadable XML: .*limit exceeded/);
  });
});

describe('the per-host rate limit', () => {
  it('spaces requests to one host by the gap, and lets other hosts go at once', async () => {
    let now = 0;
    const slept: number[] = [];
    const throttle = new HostThrottle(1000, {
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    await throttle.wait('a.example');
    await throttle.wait('b.example');
    now += 200;
    await throttle.wait('a.example');
    await throttle.wait('a.example');
    expect(slept).toEqual([800, 1000]);
  });
});
