/**
 * `kg watch URL... [--interval S] [--state FILE]`: reads RSS 2.0 and Atom feeds
 * and the pages they link every S seconds (default 300) and ingests the new
 * articles into the configured store, with one progress line per round. A feed
 * or a page that fails is reported by URL and the watch goes on; SIGINT or
 * SIGTERM ends it once the round in progress is done.
 */
import { loadExtractionResources } from '../extract/index.js';
import { type RoundSettings, runFeedRound } from '../pipeline/feeds/feed-round.js';
import { loadFeedState } from '../pipeline/feeds/feed-state.js';
import { ConfigError } from '../server/config-error.js';
import { problemLines, roundLine } from './feed-report.js';
import { feedSettingsFromEnv, isFeedUrl } from './feed-settings.js';
import { withStore } from './with-store.js';

const USAGE = 'usage: kg watch URL... [--interval SECONDS] [--state FILE]\n';
const DEFAULT_INTERVAL_S = 300;

export async function run(argv: string[]): Promise<number> {
  let options: WatchOptions;
  let settings: RoundSettings;
  try {
    options = parseWatchArguments(argv);
    settings = feedSettingsFromEnv(process.env, options.statePath);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  return withStore(async (store) => {
    // A state file that cannot be read ends the watch before its first round, not every round.
    loadFeedState(settings.statePath);
    const resources = loadExtractionResources();
    const stop = stopOnSignal();
    for (let round = 1; !stop.requested; round++) {
      try {
        const report = await runFeedRound(options.urls, store, resources, settings);
        process.stderr.write(problemLines([...report.failures, ...report.warnings]));
        process.stdout.write(roundLine(round, report));
      } catch (error) {
        // The store went away or a bug: nothing of the round was marked as seen, the next one tries again.
        process.stderr.write(`round ${round} failed: ${(error as Error).message}\n`);
      }
      await stop.sleep(options.intervalS * 1000);
    }
    return 0;
  });
}

interface WatchOptions {
  urls: string[];
  intervalS: number;
  statePath: string | null;
}

function parseWatchArguments(argv: string[]): WatchOptions {
  const options: WatchOptions = { urls: [], intervalS: DEFAULT_INTERVAL_S, statePath: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new ConfigError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--interval') options.intervalS = seconds(value());
    else if (arg === '--state') options.statePath = value();
    else if (isFeedUrl(arg)) options.urls.push(arg);
    else throw new ConfigError(`not a feed URL or an option: ${arg}`);
  }
  if (options.urls.length === 0) throw new ConfigError('no feed URL');
  return options;
}

function seconds(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new ConfigError(`--interval must be a number of seconds, got ${text}`);
  return value;
}

/** A stop flag raised by SIGINT or SIGTERM, and a sleep that the signal cuts short. */
function stopOnSignal(): { readonly requested: boolean; sleep(ms: number): Promise<void> } {
  let requested = false;
  let wake = () => {};
  const stop = () => {
    requested = true;
    wake();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    get requested() {
      return requested;
    },
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        if (requested) return resolve();
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
  };
}
