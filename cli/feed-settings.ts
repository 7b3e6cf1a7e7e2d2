/** The bounds on every fetch of `kg watch` and `kg ingest URL`, from the environment (docs/operations.md). */

import type { RoundSettings } from '../pipeline/feeds/feed-round.js';
import { HostThrottle } from '../pipeline/feeds/host-throttle.js';
import { wholeNumber } from '../server/env-number.js';

export const DEFAULT_STATE_FILE = 'data/feed-state.json';

export function feedSettingsFromEnv(env: NodeJS.ProcessEnv, statePath: string | null): RoundSettings {
  return {
    limits: {
      timeoutMs: wholeNumber(env, 'KG_FETCH_TIMEOUT_MS', 15_000),
      maxBytes: wholeNumber(env, 'KG_FETCH_MAX_BYTES', 5 * 1024 * 1024),
      maxRedirects: wholeNumber(env, 'KG_FETCH_MAX_REDIRECTS', 5),
      throttle: new HostThrottle(wholeNumber(env, 'KG_HOST_INTERVAL_MS', 1_000)),
    },
    statePath: statePath ?? env.KG_FEED_STATE ?? DEFAULT_STATE_FILE,
  };
}

/** True for an argument that names a feed to fetch rather than a file. */
export function isFeedUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}
