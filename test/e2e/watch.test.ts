import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import {
  englishPage,
  type FeedServer,
  JEDDAH_TALKS,
  RED_SEA_ATTACK,
  rss,
  serve,
  startFeedServer,
} from '../helpers/feed-server.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const HTML = 'text/html; charset=utf-8';

/** Collects a child's output and resolves when a line matching `pattern` has been written. */
function waitForLine(child: ChildProcess, pattern: RegExp, output: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      const line = output.text.split('\n').find((l) => pattern.test(l));
      if (line) {
        child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`kg watch exited with ${code}:\n${output.text}`)));
    onData();
  });
}

describe('kg watch and kg ingest URL', () => {
  let server: FeedServer;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-watch-data-'));
  const statePath = join(mkdtempSync(join(tmpdir(), 'kg-watch-state-')), 'state.json');
  const env = { ...process.env, NEO4J_URI: '', KG_DATA_DIR: dataDir, KG_HOST_INTERVAL_MS: '0' };

  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/jeddah.html', serve(englishPage(JEDDAH_TALKS), HTML));
    server.route('/sanaa.html', serve(englishPage(RED_SEA_ATTACK), HTML));
    server.route('/broken.xml', serve('<rss><channel><item></rss>', 'application/rss+xml'));
    server.route(
      '/feed.xml',
      serve(
        rss('Sudan Tribune', [{ link: `${server.base}/jeddah.html`, title: 'Talks in Jeddah' }]),
        'application/rss+xml',
        '"1"',
      ),
    );
  });
  afterAll(() => server.close());

  it('ingests each round what is new, reports a broken feed by URL every round and keeps running', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'cli/kg.ts',
        'watch',
        `${server.base}/feed.xml`,
        `${server.base}/broken.xml`,
        '--interval',
        '0.2',
        '--state',
        statePath,
      ],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const stdout = { text: '' };
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.text += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    try {
      expect(await waitForLine(child, /^round 1:/, stdout)).toBe(
        'round 1: 2 feeds; 1 new links, 0 duplicates; articles 1 new, 0 unchanged; 1 failed',
      );
      expect(await waitForLine(child, /^round 2:/, stdout)).toBe(
        'round 2: 2 feeds, 1 not modified; 0 new links, 0 duplicates; articles 0 new, 0 unchanged; 1 failed',
      );
      server.route(
        '/feed.xml',
        serve(
          rss('Sudan Tribune', [
            { link: `${server.base}/sanaa.html`, title: 'Red Sea attack' },
            { link: `${server.base}/jeddah.html`, title: 'Talks in Jeddah' },
          ]),
          'application/rss+xml',
          '"2"',
        ),
      );
      // Rounds after the first two: the one that sees the new item.
      expect(await waitForLine(child, /^round (?:[3-9]|\d{2,}):.*; 1 new links/, stdout)).toMatch(
        /articles 1 new, 0 unchanged; 1 failed$/,
      );
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`^${server.base}/broken.xml: malformed XML`, 'm'));
    expect(server.requests.filter((r) => r.path === '/jeddah.html')).toHaveLength(1);

    const store = new EmbeddedStore({ dataDir });
    const { rows } = await store.findArticles({}, { offset: 0, limit: 10 });
    expect(rows.map((a) => a.title).sort()).toEqual(['Red Sea attack', 'Talks in Jeddah']);
  });

  it('kg ingest URL takes one round into the same state: nothing is fetched twice', async () => {
    // Spawned, not spawnSync: the feed server runs in this process and must keep answering.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/kg.ts', 'ingest', `${server.base}/feed.xml`],
      {
        cwd: ROOT,
        env: { ...env, KG_FEED_STATE: statePath },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const [code] = await once(child, 'exit');
    expect(stdout).toContain('round 1: 1 feeds, 1 not modified; 0 new links');
    expect(stdout).toContain('articles: 0 new, 0 unchanged, 0 failed');
    expect(code).toBe(0);
  });

  it('a state file that holds no state ends kg watch and kg ingest URL with one line naming it', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'kg-watch-broken-')), 'state.json');
    writeFileSync(broken, '{"feeds": {');
    // Both stop before their first fetch, so the feed server need not answer while this process waits.
    for (const command of [['watch', '--state', broken], ['ingest']]) {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'cli/kg.ts', ...command, `${server.base}/feed.xml`],
        { cwd: ROOT, env: { ...env, KG_FEED_STATE: broken }, encoding: 'utf8', timeout: 20_000 },
      );
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^the feed state file ${broken} \\(--state, KG_FEED_STATE\\) cannot be read: .*; remove it`,
          ),
        ),
      ]);
    }
  });
});
