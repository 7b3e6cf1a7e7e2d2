/**
 * One HTTP GET with the bounds a watcher needs against pages it does not
 * control: a per-host rate limit, a timeout over the whole answer (headers and
 * body), a size cap, and redirects followed by hand, bounded and loop-checked.
 */
import { declaredCharset, decodeAs } from '../charset.js';
import type { HostThrottle } from './host-throttle.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  throttle: HostThrottle;
}

export interface FetchedResource {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  /** The decoded body; empty for 304. */
  body: string;
}

/** A fetch that did not give a usable answer; the message is the reason reported beside the URL. */
export class FetchError extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'news-kg-watch/0.1';

export async function fetchLimited(
  url: string,
  limits: FetchLimits,
  headers: Record<string, string> = {},
): Promise<FetchedResource> {
  const visited = new Set<string>();
  let current = httpUrl(url);
  await limits.throttle.wait(current.host);
  // The bound starts with the first request: waiting for the host's turn is no slowness of the server's.
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (;;) {
      visited.add(current.href);
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, ...headers },
      });
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || !location)
        return await answer(current, response, limits, signal);
      await response.body?.cancel();
      const next = httpUrl(new URL(location, current).href);
      if (visited.has(next.href)) throw new FetchError(`redirect loop back to ${next.href}`);
      if (visited.size > limits.maxRedirects)
        throw new FetchError(`more than ${limits.maxRedirects} redirects`);
      current = next;
      await limits.throttle.wait(current.host);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError(`no complete answer within ${limits.timeoutMs} ms`);
    throw new FetchError(`cannot fetch: ${causeOf(error)}`);
  }
}

async function answer(
  url: URL,
  response: Response,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<FetchedResource> {
  if (response.status !== 200 && response.status !== 304) {
    await response.body?.cancel();
    throw new FetchError(`HTTP ${response.status}`);
  }
  const bytes = await cappedBody(response, limits.maxBytes, signal);
  return { url: url.href, status: response.status, headers: response.headers, body: decode(bytes, response) };
}

/** The body, refused as soon as it is known to exceed the cap: by its length header or while it streams. */
async function cappedBody(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = (size: string) => new FetchError(`too large: ${size}, the limit is ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(`${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`over ${maxBytes} bytes received`);
    }
    chunks.push(value);
    signal.throwIfAborted();
  }
  return Buffer.concat(chunks);
}

/** By the charset of the Content-Type header, else the one the body declares (windows-1256 on older Arabic sites), else UTF-8. */
function decode(bytes: Uint8Array, response: Response): string {
  const header = /charset=([^;]+)/i.exec(response.headers.get('content-type') ?? '')?.[1]?.trim();
  return decodeAs(bytes, header || declaredCharset(bytes));
}

function httpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`not an http(s) URL`);
  return url;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
