import { detectLanguage } from '../extract/index.js';
import type { ArticleNode } from '../graph/model.js';
import type { Language } from '../model/report.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/read-documents.js';
import type { Context } from '../schema/context.js';
import { badInput } from './errors.js';
import { loadAll } from './reached.js';

export interface IngestArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  language?: Language | null;
}

export interface IngestArticleResult {
  /** Every article and headline found in the text, the main article first. */
  articles: ArticleNode[];
  created: number;
  unchanged: number;
}

/** Runs the extraction pipeline on one submitted text and writes what it finds. */
export async function ingestArticle(
  input: IngestArticleInput,
  context: Context,
): Promise<IngestArticleResult> {
  validate(input);
  const summary = await ingestDocuments(context.store, context.resources, [
    { name: input.title || input.url || 'submitted article', doc: input },
  ]);
  if (summary.articles.failed > 0) {
    throw badInput(`the article could not be ingested: ${summary.failures.map((f) => f.reason).join('; ')}`);
  }
  const articles = await loadAll('Article', summary.articleIds, context);
  const created = new Set(summary.createdArticleIds);
  for (const article of articles)
    if (created.has(article.id)) context.events.publish('articleIngested', article);
  return { articles, created: summary.articles.created, unchanged: summary.articles.unchanged };
}

function validate(input: IngestArticleInput): void {
  if (!input.text.trim()) throw badInput('text is empty');
  if (Buffer.byteLength(input.text) > DEFAULT_MAX_BYTES) {
    throw badInput(`text is over the size limit of ${DEFAULT_MAX_BYTES} bytes`);
  }
  if (!input.language && !detectLanguage(input.text)) {
    throw badInput('text is in an unsupported language: only Arabic and English are extracted');
  }
}
