import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExtractionResources } from '../../extract/index.js';
import { articleIdOf, contentHash } from '../../graph/article-id.js';
import { mergeContext, writeArticles } from '../../graph/neo4j/cypher.js';
import { planArticle } from '../../graph/plan.js';
import type { ArticleWrite } from '../../graph/store.js';
import type { ExtractionReport } from '../../model/report.js';

const REFERENCE = new URL('../fixtures/seed-reference.json', import.meta.url);

function seedWrites(): ArticleWrite[] {
  const report = JSON.parse(readFileSync(REFERENCE, 'utf8')) as ExtractionReport;
  const { gazetteer } = loadExtractionResources();
  const articleIds = new Map(
    report.articles.map((article) => [article.id, articleIdOf(contentHash(article.title, article.text))]),
  );
  return report.articles.map(
    (article) => planArticle(article, { gazetteer, articleIds, candidates: [] }).write,
  );
}

/** The batch's rows, sent as one map parameter. */
function batchOf(statement: { params: Record<string, unknown> }): Record<string, unknown> {
  return statement.params.batch as Record<string, unknown>;
}

describe('the Cypher of a batch write', () => {
  it('writes a whole batch in one statement whose text does not depend on the batch', () => {
    const writes = seedWrites();
    const statement = writeArticles(writes);
    expect(statement.text).toMatchSnapshot();
    expect(writeArticles(writes.slice(0, 1)).text).toBe(statement.text);
    expect(batchOf(statement).articles).toHaveLength(writes.length);
    expect(statement.text).not.toContain(writes[0]?.article.title);
    // One parameter, a map: its type does not change with which lists of a batch are empty (plan cache).
    expect(Object.keys(statement.params)).toEqual(['batch']);
    expect(statement.text).not.toMatch(/\$(?!batch\.)/);
  });

  it('checks that the entities the relationships reach without the batch carrying them are stored', () => {
    const writes = seedWrites();
    const carried = writeArticles(writes);
    expect(batchOf(carried)).toMatchObject({ assumed_actors: [], assumed_places: [] });
    const [first] = writes as [ArticleWrite];
    const leaner = writeArticles([{ ...first, actors: first.actors.slice(1), places: [] }]);
    expect(batchOf(leaner).assumed_actors).toEqual([first.actors[0]?.id]);
    expect(batchOf(leaner).assumed_places).toEqual(first.places.map((p) => p.id).sort());
    expect(leaner.text).toBe(carried.text);
    expect(leaner.text).toContain('RETURN missing_actors + missing_places AS missing');
  });

  it('sends each node and relationship of a batch once, as the rows would leave it one after another', () => {
    const [first, second] = seedWrites() as [ArticleWrite, ArticleWrite];
    const actor = first.actors[0] as ArticleWrite['actors'][number];
    const sameActor = { ...actor, aliases: ['another name', ...actor.aliases], aliasKeys: ['another key'] };
    const event = first.events[0] as ArticleWrite['events'][number];
    const relationship = first.relationships[0] as ArticleWrite['relationships'][number];
    const statement = writeArticles([
      first,
      {
        ...second,
        actors: [sameActor],
        events: [{ ...event, casualties: 7 }],
        relationships: [{ ...relationship, props: { ...relationship.props, evidence: 'later' } }],
      } as ArticleWrite,
    ]);
    const actors = (
      batchOf(statement).actors as { id: string; aliases: string[]; aliasKeys: string[] }[]
    ).filter((row) => row.id === actor.id);
    expect(actors).toEqual([
      expect.objectContaining({
        aliases: [...actor.aliases, 'another name'],
        aliasKeys: [...actor.aliasKeys, 'another key'],
      }),
    ]);
    const events = (batchOf(statement).events as { id: string }[]).filter((row) => row.id === event.id);
    expect(events).toEqual([expect.objectContaining({ casualties: 7 })]);
    const rows = Object.entries(batchOf(statement))
      .filter(([name]) => name.startsWith('rels'))
      .flatMap(([, value]) => value as { from: string; to: string; key: string; sentence: number | null }[])
      .filter(
        (row) =>
          row.from === relationship.from.id && row.to === relationship.to.id && row.key === relationship.key,
      );
    expect(rows).toHaveLength(1);
    const sentences = batchOf(statement).sentences as string[];
    expect(sentences[rows[0]?.sentence ?? -1]).toBe((relationship.props as { evidence: string }).evidence);
    expect(sentences).not.toContain('later');
  });
});

describe('the Cypher of what a batch reads before planning', () => {
  it('reads stored articles and candidate events in one statement whose text does not depend on the batch', () => {
    const article = { id: 'article:a', types: ['ATTACK' as const], dates: ['2024-01-02'], linkedIds: [] };
    const statement = mergeContext({ articles: [article], limit: 500 });
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toEqual({ articles: [article], limit: 500 });
    const other = { id: 'article:b', types: [], dates: [], linkedIds: ['article:a'] };
    expect(mergeContext({ articles: [article, other], limit: 5 }).text).toBe(statement.text);
  });
});
