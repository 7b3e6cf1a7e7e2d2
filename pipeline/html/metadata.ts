/**
 * A saved page's metadata: JSON-LD NewsArticle (headline, datePublished,
 * publisher), then og: and article: meta tags, then the canonical link and the
 * <title>. Each field comes from the first place that has it.
 */
export interface PageMetadata {
  title: string | null;
  /** The publication day, YYYY-MM-DD. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** The language the page declares (`<html lang>`, JSON-LD inLanguage, og:locale), as a primary subtag. */
  declaredLanguage: string | null;
  /** What could not be read (a broken JSON-LD block); the page still goes in on the rest. */
  warnings: string[];
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle']);

export function pageMetadata(document: Document): PageMetadata {
  const warnings: string[] = [];
  const article = jsonLdArticle(document, warnings);
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ||
    null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  return {
    title:
      text(article?.headline) ??
      meta('og:title') ??
      (document.querySelector('title')?.textContent?.trim() || null),
    publishedAt: day(text(article?.datePublished) ?? meta('article:published_time') ?? meta('date')),
    source: publisherName(article?.publisher) ?? meta('og:site_name'),
    url: canonical ?? meta('og:url') ?? text(article?.url),
    declaredLanguage: primarySubtag(
      document.documentElement?.getAttribute('lang') ?? text(article?.inLanguage) ?? meta('og:locale'),
    ),
    warnings,
  };
}

/** The first article object of the page's JSON-LD blocks, looking inside arrays and @graph. */
function jsonLdArticle(document: Document, warnings: string[]): JsonObject | null {
  for (const [index, script] of [
    ...document.querySelectorAll('script[type="application/ld+json"]'),
  ].entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch (error) {
      warnings.push(`JSON-LD block ${index + 1} is not JSON (${(error as Error).message}): ignored`);
      continue;
    }
    const found = objectsOf(parsed).find(isArticle);
    if (found) return found;
  }
  return null;
}

function objectsOf(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (!value || typeof value !== 'object') return [];
  const object = value as JsonObject;
  return [object, ...objectsOf(object['@graph'])];
}

function isArticle(object: JsonObject): boolean {
  const types = ([] as unknown[]).concat(object['@type']);
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type));
}

function publisherName(publisher: unknown): string | null {
  if (Array.isArray(publisher)) return publisherName(publisher[0]);
  if (publisher && typeof publisher === 'object') return text((publisher as JsonObject).name);
  return text(publisher);
}

/** `ar` of `ar-SA`, `fr` of `fr_FR`; null for nothing. */
function primarySubtag(tag: string | null): string | null {
  return tag?.trim().split(/[-_]/)[0]?.toLowerCase() || null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The calendar day as the page states it (the offset is the newsroom's own), or null when it is no date. */
function day(value: string | null): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  if (match?.[1]) return Number.isNaN(Date.parse(match[1])) ? null : match[1];
  const parsed = value ? new Date(value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : null;
}
