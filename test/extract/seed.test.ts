import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreReport } from '../../eval/score.js';
import { extractReport, loadExtractionResources } from '../../extract/index.js';
import type { ExtractionReport } from '../../model/report.js';

const SEED = new URL('../../seed/000_ef3f0a0ad9a5f3c5', import.meta.url).pathname;
const DEV_REFERENCE = new URL('../../seed/dev/reference.json', import.meta.url).pathname;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const resources = loadExtractionResources();

describe('the seed page', () => {
  const meta = readJson<{ publishedAt: string; source: string; url: string | null }>(`${SEED}.txt.meta.json`);
  const report = extractReport([{ text: readFileSync(`${SEED}.txt`, 'utf8'), ...meta }], resources);
  const { overall } = scoreReport(report, readJson<ExtractionReport>(`${SEED}.report.json`));

  it('segments the page into the reference articles and headlines', () => {
    expect(report.articles.map((a) => `${a.id}:${a.kind}`)).toEqual([
      'a1:ARTICLE',
      'h0:HEADLINE',
      'a2:ARTICLE',
      ...['h1', 'h2', 'h3', 'h4', 'h5'].map((id) => `${id}:HEADLINE`),
      'h6:NON_NEWS',
      ...['h7', 'h8', 'h9', 'h10'].map((id) => `${id}:HEADLINE`),
    ]);
    expect(report.articles.find((a) => a.id === 'h7')?.duplicateOf).toBe('a2');
  });

  it('reaches the F1 targets on every layer', () => {
    expect(overall.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(overall.events.f1).toBeGreaterThanOrEqual(0.95);
    expect(overall.roles.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.claims.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe.runIf(existsSync(DEV_REFERENCE))('the dev set', () => {
  it('extracts the annotated passages of other conflicts above a modest floor', () => {
    const reference = readJson<ExtractionReport & { documents?: unknown }>(DEV_REFERENCE);
    const docs = reference.articles.map((a) => ({
      text: a.text,
      title: a.title,
      publishedAt: a.publishedAt,
      source: a.source,
      language: a.language,
    }));
    const { overall } = scoreReport(extractReport(docs, resources), reference);
    for (const [layer, figures] of Object.entries(overall)) {
      console.log(
        `dev ${layer}: P=${figures.precision.toFixed(3)} R=${figures.recall.toFixed(3)} F1=${figures.f1.toFixed(3)}`,
      );
    }
    expect(overall.entities.f1).toBeGreaterThanOrEqual(0.5);
    expect(overall.events.f1).toBeGreaterThanOrEqual(0.3);
  });
});
