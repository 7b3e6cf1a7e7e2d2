/**
 * One round of a feed watcher: fetch each feed (conditionally), fetch the
 * pages of the links not seen before, drop those whose article is already in
 * (same URL or same text), ingest the rest in whole-article batches, then save
 * the state. A feed or a page that fails is reported by URL with its reason;
 * the others go on.
 */
import { createHash } from 'node:crypto';
import type { ExtractionInput, ExtractionResources } from '../../extract/index.js';
import type { IngestSummary } from '../../graph/ingest.js';
import type { GraphStore } from '../../graph/store.js';
import { withoutNulls } from '../complete-document.js';
import { isHtml } from '../html/detect.js';
import { pageDocument } from '../html/page-document.js';
import { ingestDocuments } from '../ingest-documents.js';
import { InputError } from '../input-error.js';
import { type FeedState, type FeedValidators, loadFeedState, saveFeedState } from './feed-state.js';
import { FetchError, type FetchLimits, fetchLimited } from './fetch-limited.js';
import { type FeedItem, parseFeed } from './parse-feed.js';

export interface RoundSettings {
  limits: FetchLimits;
  statePath: string;
}

export interface RoundReport {
  feeds: number;
  notModified: number;
  /** Links not seen in an earlier round. */
  newLinks: number;
  /** Pages whose article was already in, by URL or by content. */
  duplicates: number;
  ingest: IngestSummary;
  failures: { url: string; reason: string }[];
  warnings: { url: string; reason: string }[];
}

interface Candidate {
  item: FeedItem;
  source: string | null;
}

interface Fetched {
  name: string;
  doc: ExtractionInput;
  hash: string;
  urls: string[];
}

export async function runFeedRound(
  feedUrls: string[],
  store: GraphStore,
  resources: ExtractionResources,
  settings: RoundSettings,
): Promise<RoundReport> {
  const state = loadFeedState(settings.statePath);
  const round = new Round(state, settings.limits);
  const candidates = await round.readFeeds(feedUrls);
  const pages = await round.fetchPages(candidates);
  const ingest = await ingestDocuments(store, resources, pages);
  round.taken(pages, ingest);
  saveFeedState(settings.statePath, round.nextState());
  return { ...round.report, ingest };
}

class Round {
  readonly report: Omit<RoundReport, 'ingest'> = {
    feeds: 0,
    notModified: 0,
    newLinks: 0,
    duplicates: 0,
    failures: [],
    warnings: [],
  };
  private readonly seen: Set<string>;
  private readonly hashes: Set<string>;
  private readonly validators: Record<string, FeedValidators>;

  constructor(
    state: FeedState,
    private readonly limits: FetchLimits,
  ) {
    this.seen = new Set(state.seenUrls);
    this.hashes = new Set(state.contentHashes);
    this.validators = { ...state.feeds };
  }

  async readFeeds(feedUrls: string[]): Promise<Candidate[]> {
    const candidates = new Map<string, Candidate>();
    for (const url of feedUrls) {
      this.report.feeds += 1;
      await this.attempt(url, async () => {
        const response = await fetchLimited(url, this.limits, conditionalHeaders(this.validators[url]));
        if (response.status === 304) {
          this.report.notModified += 1;
          return;
        }
        const feed = parseFeed(response.body, response.url);
        this.validators[url] = {
          etag: response.headers.get('etag'),
          lastModified: response.headers.get('last-modified'),
        };
        for (const item of feed.items)
          if (!this.seen.has(item.url) && !candidates.has(item.url))
            candidates.set(item.url, { item, source: feed.title });
      });
    }
    this.report.newLinks = candidates.size;
    return [...candidates.values()];
  }

  async fetchPages(candidates: Candidate[]): Promise<Fetched[]> {
    const pages: Fetched[] = [];
    const hashes = new Set(this.hashes);
    // URLs of the pages taken this round: they become seen only once the round's writes are done.
    const taken = new Set<string>();
    const known = (url: string) => this.seen.has(url) || taken.has(url);
    for (const { item, source } of candidates) {
      await this.attempt(item.url, async () => {
        const response = await fetchLimited(item.url, this.limits);
        const contentType = response.headers.get('content-type') ?? '';
        if (!contentType.includes('html') && !isHtml('', response.body))
          throw new InputError(`not an HTML page (${contentType || 'no content type'})`);
        const fallbacks = { title: item.title, publishedAt: item.publishedAt, source, url: response.url };
        const { doc, warnings } = pageDocument(response.body, { fallbacks: withoutNulls(fallbacks) });
        this.report.warnings.push(...warnings.map((reason) => ({ url: item.url, reason })));
        const hash = createHash('sha256').update(doc.text).digest('hex');
        const urls = [...new Set([item.url, response.url, ...(doc.url ? [doc.url] : [])])];
        if (hashes.has(hash) || urls.some(known)) {
          this.report.duplicates += 1;
          for (const url of urls) this.seen.add(url);
          return;
        }
        hashes.add(hash);
        for (const url of urls) taken.add(url);
        pages.push({ name: item.url, doc, hash, urls });
      });
    }
    return pages;
  }

  /** Marks what went in as seen; an article the extractor refused is reported and not fetched again either. */
  taken(pages: Fetched[], ingest: IngestSummary): void {
    const refused = new Set(ingest.failures.map((failure) => failure.article));
    for (const page of pages) {
      for (const url of page.urls) this.seen.add(url);
      if (!refused.has(page.name)) this.hashes.add(page.hash);
    }
    this.report.failures.push(...ingest.failures.map((f) => ({ url: f.article, reason: f.reason })));
  }

  nextState(): FeedState {
    return { feeds: this.validators, seenUrls: [...this.seen], contentHashes: [...this.hashes] };
  }

  /**
   * Runs one fetch; its failure is reported by URL. A page refused for what it holds is not fetched
   * again; one that could not be fetched is tried again next round.
   */
  private async attempt(url: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof FetchError || error instanceof InputError)) throw error;
      this.report.failures.push({ url, reason: error.message });
      if (error instanceof InputError) this.seen.add(url);
    }
  }
}

function conditionalHeaders(validators: FeedValidators | undefined): Record<string, string> {
  return {
    ...(validators?.etag ? { 'if-none-match': validators.etag } : {}),
    ...(validators?.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
  };
}
