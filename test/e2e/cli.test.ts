import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

function kg(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/kg.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('kg ingest', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  writeFileSync(
    join(folder, 'fasher.txt'),
    'قصفت قوات الدعم السريع مدينة الفاشر أمس، ما أدى إلى مقتل 12 شخصا، بحسب ما أعلن الجيش السوداني.',
  );
  writeFileSync(
    join(folder, 'fasher.txt.meta.json'),
    JSON.stringify({ publishedAt: '2024-06-02', source: 'Reuters' }),
  );
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  writeFileSync(
    join(folder, 'latin1.txt'),
    Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
  );
  writeFileSync(join(folder, 'russian.txt'), 'Российские войска продолжают наступление на Харьков.');
  writeFileSync(
    join(folder, 'jeddah.html'),
    `<!doctype html><html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks resume in Jeddah", "datePublished": "2024-05-12"}</script></head>
    <body><nav><a href="/">Home</a></nav><article><p>Sudanese army and Rapid Support Forces delegations resumed talks in Jeddah on Sunday under Saudi mediation.</p>
    <p>The talks are the first direct meeting between the two sides in a year.</p></article><footer>All rights reserved</footer></body></html>`,
  );
  writeFileSync(join(folder, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  const env = { KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-cli-data-')) };

  it('writes the good files, names each bad one with its reason, and sums up', () => {
    const { code, stdout } = kg(['ingest', folder], env);
    expect(code).toBe(1);
    expect(stdout).toContain('articles: 2 new, 0 unchanged, 5 failed');
    expect(stdout).toMatch(/failed: .*menu\.html: no article body/);
    expect(stdout).toMatch(/failed: .*empty\.txt: .*empty/);
    expect(stdout).toMatch(/failed: .*binary\.txt: .*binary/);
    expect(stdout).toMatch(/failed: .*latin1\.txt: .*UTF-8/);
    expect(stdout).toMatch(/failed: .*russian\.txt: .*language/);
  });

  it('changes nothing when the same files come again', () => {
    const { stdout } = kg(['ingest', join(folder, 'fasher.txt')], env);
    expect(stdout).toContain('articles: 0 new, 1 unchanged, 0 failed');
    expect(stdout).toContain('events:   0 created, 0 merged');
  });

  it('prints the extraction report without writing anything', () => {
    const { code, stdout } = kg(['extract', join(folder, 'fasher.txt'), '--json'], {});
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const attack = report.articles[0].events.find((e: { type: string }) => e.type === 'ATTACK');
    expect(attack).toMatchObject({ date: '2024-06-01' });
  });

  it('reads a saved page: its headline and day from JSON-LD, the talks in its body', () => {
    const { code, stdout } = kg(['extract', join(folder, 'jeddah.html'), '--json'], {});
    expect(code).toBe(0);
    const [article] = JSON.parse(stdout).articles;
    expect(article).toMatchObject({ title: 'Talks resume in Jeddah', publishedAt: '2024-05-12' });
    expect(article.events.map((e: { type: string }) => e.type)).toContain('NEGOTIATION');
  });
});
