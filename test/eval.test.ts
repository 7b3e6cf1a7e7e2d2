import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Figures, LAYERS, type LayerFigures, scoreReport } from '../eval/score.js';
import { validateReport } from '../eval/validate.js';
import type { ExtractionReport, ReportArticle, ReportEntity, ReportEvent } from '../model/report.js';

function load(path: string): ExtractionReport {
  return JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
}

const SEED = load('test/fixtures/seed-reference.json');
const DEV = load('seed/dev/reference.json');

function seedCopy(): ExtractionReport {
  return structuredClone(SEED);
}

function article(report: ExtractionReport, id: string): ReportArticle {
  const found = report.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

function entity(report: ExtractionReport, articleId: string, id: string): ReportEntity {
  const found = article(report, articleId).entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

function event(report: ExtractionReport, articleId: string, id: string): ReportEvent {
  const found = article(report, articleId).events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

function layer(
  tp: number,
  predicted: number,
  reference: number,
  precision: number,
  recall: number,
  f1: number,
) {
  return { tp, predicted, reference, precision, recall, f1 };
}

/** The seed annotation has 84 entities, 24 events, 50 roles and 22 claims. */
const PERFECT: LayerFigures = {
  entities: layer(84, 84, 84, 1, 1, 1),
  events: layer(24, 24, 24, 1, 1, 1),
  roles: layer(50, 50, 50, 1, 1, 1),
  claims: layer(22, 22, 22, 1, 1, 1),
};

describe('scoreReport', () => {
  it('scores the seed reference against itself 1.0 on every layer', () => {
    const score = scoreReport(seedCopy(), SEED);
    expect(score.pairedBy).toBe('id');
    expect(score.overall).toEqual(PERFECT);
    expect(score.kind).toEqual({ agree: 84, matched: 84, accuracy: 1 });
    expect(score.articles).toHaveLength(13);
    for (const pair of score.articles) {
      expect(pair.report).toBe(pair.reference);
      for (const name of LAYERS) expect(pair.layers[name].f1).toBe(1);
    }
  });

  it('scores the dev reference against itself 1.0 on every layer', () => {
    const score = scoreReport(structuredClone(DEV), DEV);
    expect(score.pairedBy).toBe('id');
    for (const name of LAYERS) {
      const figures: Figures = score.overall[name];
      expect(figures.tp).toBe(figures.reference);
      expect(figures.f1).toBe(1);
    }
    expect(score.dates.accuracy).toBe(1);
  });

  it('counts a matched event dated another day as a wrong date', () => {
    const report = structuredClone(DEV);
    const dated = report.articles.flatMap((a) => a.events).filter((e) => e.date !== null);
    const [first] = dated;
    if (first) first.date = '1999-01-01';
    const score = scoreReport(report, DEV);
    expect(score.dates).toEqual({
      right: dated.length - 1,
      dated: dated.length,
      accuracy: (dated.length - 1) / dated.length,
    });
  });

  it('counts a removed event, its 8 roles and 2 claims as misses', () => {
    const report = seedCopy();
    const a1 = article(report, 'a1');
    a1.events = a1.events.filter((e) => e.id !== 'a1:ev2');
    const score = scoreReport(report, SEED);
    expect(score.overall).toEqual({
      entities: PERFECT.entities,
      events: layer(23, 23, 24, 1, 23 / 24, 46 / 47),
      roles: layer(42, 42, 50, 1, 42 / 50, 84 / 92),
      claims: layer(20, 20, 22, 1, 20 / 22, 40 / 42),
    });
    expect(score.articles[0]?.layers.events).toEqual(layer(7, 7, 8, 1, 7 / 8, 14 / 15));
  });

  it('counts a changed role as one false alarm and one miss', () => {
    const report = seedCopy();
    const [, m23] = event(report, 'h5', 'h5:ev1').participants;
    if (!m23) throw new Error('h5:ev1 has two participants');
    m23.role = 'TARGET';
    const score = scoreReport(report, SEED);
    expect(score.overall).toEqual({ ...PERFECT, roles: layer(49, 50, 50, 49 / 50, 49 / 50, 98 / 100) });
    const h5 = score.articles.find((pair) => pair.reference === 'h5');
    expect(h5?.layers.roles).toEqual(layer(1, 2, 2, 1 / 2, 1 / 2, 2 / 4));
  });

  it('counts a flipped stance as one false alarm and one miss', () => {
    const report = seedCopy();
    const denial = event(report, 'a1', 'a1:ev1').claims.find((claim) => claim.stance === 'DENIES');
    if (!denial) throw new Error('a1:ev1 has a denial');
    denial.stance = 'ASSERTS';
    const score = scoreReport(report, SEED);
    expect(score.overall).toEqual({ ...PERFECT, claims: layer(21, 22, 22, 21 / 22, 21 / 22, 42 / 44) });
  });

  it('matches names spelled with another alef or with ه for ة', () => {
    const report = seedCopy();
    Object.assign(entity(report, 'a1', 'a1:azerbaijan'), { name: 'اذربيجان', aliases: ['اذربيجان'] });
    Object.assign(entity(report, 'a2', 'a2:hodeidah_gov'), {
      name: 'محافظه الحديده',
      aliases: ['محافظه الحديده'],
    });
    const score = scoreReport(report, SEED);
    expect(score.overall).toEqual(PERFECT);
  });

  it('matches an entity through an alias alone and reports its kind apart', () => {
    const report = seedCopy();
    Object.assign(entity(report, 'a1', 'a1:stepanakert'), {
      name: 'Xankəndi',
      kind: 'TOWN',
      aliases: ['ستيباناكرت'],
    });
    const score = scoreReport(report, SEED);
    expect(score.overall).toEqual(PERFECT);
    expect(score.kind).toEqual({ agree: 83, matched: 84, accuracy: 83 / 84 });
  });

  it('costs an unmatched entity its roles but not the events it takes part in', () => {
    const report = seedCopy();
    Object.assign(entity(report, 'a1', 'a1:ramin_mammadov'), {
      name: 'Unknown official',
      aliases: ['مسؤول مجهول'],
    });
    const score = scoreReport(report, SEED);
    expect(score.overall).toEqual({
      ...PERFECT,
      entities: layer(83, 84, 84, 83 / 84, 83 / 84, 166 / 168),
      roles: layer(49, 50, 50, 49 / 50, 49 / 50, 98 / 100),
    });
    expect(score.kind).toEqual({ agree: 83, matched: 83, accuracy: 1 });
  });

  it('does not depend on the order of articles, entities or events', () => {
    const report = seedCopy();
    report.articles.reverse();
    for (const a of report.articles) {
      a.entities.reverse();
      a.events.reverse();
    }
    const score = scoreReport(report, SEED);
    expect(score.pairedBy).toBe('id');
    expect(score.overall).toEqual(PERFECT);
  });

  it('pairs articles by content when their ids differ', () => {
    const report = seedCopy();
    report.articles.reverse();
    report.articles.forEach((a, i) => {
      a.id = `x${i}`;
    });
    const score = scoreReport(report, SEED);
    expect(score.pairedBy).toBe('content');
    expect(score.overall).toEqual(PERFECT);
  });

  it('pairs by content when equal ids name different articles', () => {
    const report = seedCopy();
    article(report, 'h2').id = 'swap';
    article(report, 'h1').id = 'h2';
    article(report, 'swap').id = 'h1';
    const score = scoreReport(report, SEED);
    expect(score.pairedBy).toBe('content');
    expect(score.overall).toEqual(PERFECT);
  });

  it('counts the items of an article missing from the report as misses', () => {
    const report = seedCopy();
    report.articles = report.articles.filter((a) => a.id !== 'h5');
    const score = scoreReport(report, SEED);
    expect(score.pairedBy).toBe('content');
    expect(score.overall).toEqual({
      entities: layer(81, 81, 84, 1, 81 / 84, 162 / 165),
      events: layer(23, 23, 24, 1, 23 / 24, 46 / 47),
      roles: layer(48, 48, 50, 1, 48 / 50, 96 / 98),
      claims: layer(21, 21, 22, 1, 21 / 22, 42 / 43),
    });
    expect(score.articles.find((pair) => pair.reference === 'h5')?.report).toBeNull();
  });
});

function errorPaths(value: unknown): string[] {
  return validateReport(value)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.path);
}

describe('validateReport', () => {
  it('accepts the seed reference and the dev reference without any issue', () => {
    expect(validateReport(SEED)).toEqual([]);
    expect(validateReport(DEV)).toEqual([]);
  });

  it('rejects a participant that names no entity of the article', () => {
    const report = seedCopy();
    const [participant] = event(report, 'a1', 'a1:ev1').participants;
    if (!participant) throw new Error('a1:ev1 has a participant');
    participant.entity = 'a1:nobody';
    expect(errorPaths(report)).toEqual(['articles[a1].events[a1:ev1].participants[0].entity']);
  });

  it('rejects values outside the taxonomy', () => {
    const report = seedCopy();
    const ev1 = event(report, 'a1', 'a1:ev1') as any;
    ev1.type = 'BOMBING';
    ev1.claims[0].stance = 'SUGGESTS';
    entity(report, 'a1', 'a1:yevlakh').kind = 'STATE';
    expect(errorPaths(report)).toEqual([
      'articles[a1].entities[a1:yevlakh].kind',
      'articles[a1].events[a1:ev1].type',
      'articles[a1].events[a1:ev1].claims[0].stance',
    ]);
  });

  it('rejects dates that are not real YYYY-MM-DD days', () => {
    const report = seedCopy();
    event(report, 'a1', 'a1:ev1').date = '2023-02-30';
    article(report, 'a2').publishedAt = '20/12/2024';
    expect(errorPaths(report)).toEqual(['articles[a1].events[a1:ev1].date', 'articles[a2].publishedAt']);
  });

  it('rejects mentions whose offsets do not point at their text', () => {
    const report = seedCopy();
    const [first, second] = entity(report, 'a1', 'a1:azerbaijan').mentions;
    if (!first || !second) throw new Error('a1:azerbaijan has two mentions');
    first.start += 1;
    second.end = 100_000;
    expect(errorPaths(report)).toEqual([
      'articles[a1].entities[a1:azerbaijan].mentions[0]',
      'articles[a1].entities[a1:azerbaijan].mentions[1]',
    ]);
  });

  it('rejects a value that is not a report', () => {
    expect(errorPaths({ articles: 'none' })).toEqual(['']);
    expect(errorPaths(null)).toEqual(['']);
  });
});
