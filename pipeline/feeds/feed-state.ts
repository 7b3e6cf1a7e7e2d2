/**
 * What a watcher remembers between rounds and across restarts: each feed's
 * validators for conditional GETs, the links already handled, and the content
 * hashes of the articles already taken. Saved whole into a temporary file then
 * renamed, so a watcher killed mid-save leaves the previous state.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../../server/config-error.js';

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

/** The saved state, or an empty one when there is none yet; a file that holds no state is a setting to fix. */
export function loadFeedState(path: string): FeedState {
  if (!existsSync(path)) return { feeds: {}, seenUrls: [], contentHashes: [] };
  let parsed: Partial<FeedState> | null;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw unreadable(path, (error as Error).message);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw unreadable(path, 'not a JSON object');
  return {
    feeds: parsed.feeds ?? {},
    seenUrls: parsed.seenUrls ?? [],
    contentHashes: parsed.contentHashes ?? [],
  };
}

function unreadable(path: string, reason: string): ConfigError {
  return new ConfigError(
    `the feed state file ${path} (--state, KG_FEED_STATE) cannot be read: ${reason}; remove it to start afresh`,
  );
}

export function saveFeedState(path: string, state: FeedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}
