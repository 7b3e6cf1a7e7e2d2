import autocannon from 'autocannon';
import { JSON_HEADERS } from './client.js';

export interface LoadOptions {
  url: string;
  /** The JSON body of every request, or a function giving the next one (a mix of queries, fresh writes). */
  body: string | (() => string);
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** Requests per second over all connections; unset sends as fast as answers come. */
  overallRate?: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds. */
  latency: { p50: number; p90: number; p99: number; max: number };
  /** Answers that were not 2xx. */
  non2xx: number;
  /** Answers whose body carries GraphQL errors. */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  transportErrors: number;
}

/** Requests per second is at most this many per connection: a bound on count as well as time. */
const MAX_RATE_PER_CONNECTION = 1000;

/** One autocannon run (programmatic API, loopback only) and the figures the benches print. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { url, body } = options;
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/.test(url))
    throw new Error(`load is only sent to loopback, not ${url}`);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    // The naive baseline on a busy machine can take seconds; past this a request counts as failed.
    timeout: 30,
    maxOverallRequests: options.connections * options.durationSeconds * MAX_RATE_PER_CONNECTION,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    method: 'POST',
    headers: { ...JSON_HEADERS, ...options.headers },
    ...(typeof body === 'string'
      ? { body }
      : { requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }] }),
    verifyBody: (answer) => typeof answer === 'string' && !answer.includes('"errors":'),
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    transportErrors: result.errors,
  };
}
