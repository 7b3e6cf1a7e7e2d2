/** The bounds on every fetch of `kg watch` and `kg ingest URL`, from the environment (docs/operations.md). */

import type { RoundSettings } from '../pipeline/feeds/feed-round.js';
import { HostThrottle } from '../pipeline/feeds/host-throttle.js';
import { ConfigError } from '../server/config-error.js';

export const DEFAULT_STATE_FILE = 'data/feed-state.json';

export function feedSettingsFromEnv(env: NodeJS.ProcessEnv, statePath: string | null): RoundSettings {
  return {
    limits: {
      timeoutMs: whole(env, 'KG_FETCH_TIMEOUT_MS', 15_000),
      maxBytes: whole(env, 'KG_FETCH_MAX_BYTES', 5 * 1024 * 1024),
      maxRedirects: whole(env, 'KG_FETCH_MAX_REDIRECTS', 5),
      throttle: new HostThrottle(whole(env, 'KG_HOST_INTERVAL_MS', 1_000)),
    },
    statePath: statePath ?? env.KG_FEED_STATE ?? DEFAULT_STATE_FILE,
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a whole number, got ${raw}`);
  return value;
}

/** True for an argument that names a feed to fetch rather than a file. */
export function isFeedUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}
