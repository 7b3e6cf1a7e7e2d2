import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreReport } from '../../eval/score.js';
import { extractReport, loadExtractionResources } from '../../extract/index.js';
import type { ExtractionReport } from '../../model/report.js';
import { readDocuments } from '../../pipeline/read-documents.js';

const SEED = new URL('../../seed/000_ef3f0a0ad9a5f3c5', import.meta.url).pathname;
const SEED_REFERENCE = new URL('../fixtures/seed-reference.json', import.meta.url).pathname;
const DEV_FOLDER = new URL('../../seed/dev', import.meta.url).pathname;
const DEV_REFERENCE = `${DEV_FOLDER}/reference.json`;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const resources = loadExtractionResources();

describe('the seed page', () => {
  const meta = readJson<{ publishedAt: string; source: string; url: string | null }>(`${SEED}.txt.meta.json`);
  const report = extractReport([{ text: readFileSync(`${SEED}.txt`, 'utf8'), ...meta }], resources);
  const { overall } = scoreReport(report, readJson<ExtractionReport>(SEED_REFERENCE));

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
    const { documents, failures } = readDocuments([DEV_FOLDER]);
    expect(failures).toEqual([]);
    const report = extractReport(
      documents.map((d) => d.doc),
      resources,
    );
    const { overall } = scoreReport(report, readJson<ExtractionReport>(DEV_REFERENCE));
    for (const [layer, f] of Object.entries(overall)) {
      console.log(`dev ${layer}: P=${f.precision.toFixed(3)} R=${f.recall.toFixed(3)} F1=${f.f1.toFixed(3)}`);
    }
    expect(overall.entities.f1).toBeGreaterThanOrEqual(0.6);
    expect(overall.events.f1).toBeGreaterThanOrEqual(0.4);
  });
});
