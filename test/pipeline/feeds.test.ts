import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import type { GraphStore } from '../../graph/store.js';
import { StoreUnavailableError } from '../../graph/store-unavailable.js';
import { type RoundSettings, runFeedRound } from '../../pipeline/feeds/feed-round.js';
import { HostThrottle } from '../../pipeline/feeds/host-throttle.js';
import {
  atom,
  englishPage,
  type FeedServer,
  JEDDAH_TALKS,
  RED_SEA_ATTACK,
  rss,
  serve,
  startFeedServer,
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
          ['/hang.html', '/loop', '/french.html', '/empty.html', '/broken-ld.html', '/jeddah.html'].map(
            (path) => ({
              link: url(path),
              title: path,
            }),
          ),
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
