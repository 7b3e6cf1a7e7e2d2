import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExtractionResources } from '../../extract/index.js';
import { articleIdOf, contentHash } from '../../graph/article-id.js';
import { writeArticles } from '../../graph/neo4j/cypher.js';
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

describe('the Cypher of a batch write', () => {
  it('writes a whole batch in one statement whose text does not depend on the batch', () => {
    const writes = seedWrites();
    const statement = writeArticles(writes);
    expect(statement.text).toMatchSnapshot();
    expect(writeArticles(writes.slice(0, 1)).text).toBe(statement.text);
    expect(statement.params.articles).toHaveLength(writes.length);
    expect(statement.text).not.toContain(writes[0]?.article.title);
  });
});
