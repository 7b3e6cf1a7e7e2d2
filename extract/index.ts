/**
 * The extractor: raw documents in, report articles out. Pure: all data comes in
 * through `ExtractionResources`, loaded once by `loadExtractionResources`.
 */
import type { ExtractionReport, Language, ReportArticle } from '../model/report.js';
import { type ArticleHeader, analyzeSegment } from './article.js';
import { detectLanguage } from './language.js';
import { matchKey } from './normalize.js';
import type { ExtractionResources } from './resources.js';
import { type Segment, segmentPage } from './segment.js';
import { tokenize } from './tokens.js';

export { detectLanguage } from './language.js';
export { type ExtractionResources, loadExtractionResources } from './resources.js';

export interface ExtractionInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  url?: string | null;
  language?: Language | null;
}

/** Numbers articles (a1, a2...) and headlines (h0, h1...) across the documents of one report. */
export class ArticleNumbering {
  private articles = 0;
  private headlines = 0;

  next(segment: Segment): string {
    if (segment.kind === 'HEADLINE') return `h${this.headlines++}`;
    this.articles++;
    return `a${this.articles}`;
  }
}

/** The articles and headlines of one raw document. */
export function extractDocument(
  doc: ExtractionInput,
  resources: ExtractionResources,
  numbering = new ArticleNumbering(),
): ReportArticle[] {
  const segments = segmentPage(doc.text, resources);
  const language = doc.language ?? detectLanguage(doc.text) ?? 'ar';
  const headers: ArticleHeader[] = [];
  const articles: ReportArticle[] = [];
  for (const segment of segments) {
    const header = articleHeader({ ...doc, language }, segment, segments, headers, resources, numbering);
    headers.push(header);
    articles.push(analyzeSegment(segment, header, resources));
  }
  return articles;
}

/** One report over several documents, article ids unique across them. */
export function extractReport(docs: ExtractionInput[], resources: ExtractionResources): ExtractionReport {
  const numbering = new ArticleNumbering();
  return { articles: docs.flatMap((doc) => extractDocument(doc, resources, numbering)) };
}

function articleHeader(
  doc: ExtractionInput,
  segment: Segment,
  segments: Segment[],
  previous: ArticleHeader[],
  resources: ExtractionResources,
  numbering: ArticleNumbering,
): ArticleHeader {
  const title = segment.isPage && doc.title ? doc.title : segment.title;
  const kind = isNonNews(title, resources) ? 'NON_NEWS' : segment.kind;
  const host = segment.linkedFrom === null ? undefined : previous[segment.linkedFrom];
  return {
    id: numbering.next(segment),
    title,
    kind,
    source: sourceOf(doc, segment, host, resources),
    publishedAt: segment.isPage ? (doc.publishedAt ?? null) : null,
    language: doc.language ?? 'ar',
    duplicateOf: duplicateOf(title, segment, segments, previous),
    linkedFrom: host?.id ?? null,
    url: segment.isPage ? (doc.url ?? null) : null,
  };
}

function isNonNews(title: string, resources: ExtractionResources): boolean {
  const { tokens } = tokenize(title);
  return tokens.some((_, i) => !!resources.phrases.nonNewsCues.matchAt(tokens, i));
}

/** The page's own source; an embedded headline's is its host's; a related article's is its outlet line. */
function sourceOf(
  doc: ExtractionInput,
  segment: Segment,
  host: ArticleHeader | undefined,
  resources: ExtractionResources,
): string | null {
  if (segment.isPage) return doc.source ?? canonicalSource(segment.source, resources);
  if (segment.sameOutlet) return host?.source ?? null;
  return canonicalSource(segment.source, resources);
}

function canonicalSource(raw: string | null, resources: ExtractionResources): string | null {
  if (!raw) return null;
  const media = resources.gazetteer.lookup(raw, 'ACTOR').find((e) => e.kind === 'MEDIA');
  return media?.name ?? raw;
}

/** A headline repeating the title of an article already seen. */
function duplicateOf(
  title: string,
  segment: Segment,
  segments: Segment[],
  previous: ArticleHeader[],
): string | null {
  if (segment.kind !== 'HEADLINE') return null;
  const key = matchKey(title);
  const original = previous.find((h, i) => segments[i]?.kind === 'ARTICLE' && matchKey(h.title) === key);
  return original?.id ?? null;
}
