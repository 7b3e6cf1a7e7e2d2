/**
 * What a watcher remembers between rounds and across restarts: each feed's
 * validators for conditional GETs, the links already handled, and the content
 * hashes of the articles already taken. Saved whole into a temporary file then
 * renamed, so a watcher killed mid-save leaves the previous state.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface FeedState {
  feeds: Record<string, FeedValidators>;
  /** Links handled (taken, duplicate, or refused for their content): not fetched again. */
  seenUrls: string[];
  contentHashes: string[];
}

export function loadFeedState(path: string): FeedState {
  if (!existsSync(path)) return { feeds: {}, seenUrls: [], contentHashes: [] };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<FeedState>;
  return {
    feeds: parsed.feeds ?? {},
    seenUrls: parsed.seenUrls ?? [],
    contentHashes: parsed.contentHashes ?? [],
  };
}

export function saveFeedState(path: string, state: FeedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}
