import { isUtf8 } from 'node:buffer';
import type { FetchAPI, Plugin } from 'graphql-yoga';

/**
 * Reads each request body before Yoga does: over `maxBytes` it is refused with 413 (by its
 * Content-Length when it has one, or as soon as the stream passes the limit), and a body that is
 * not UTF-8 is refused with 400 rather than decoded into replacement characters.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (!request.body) return;
      const declared = Number(request.headers.get('content-length') ?? 0);
      const body = declared > maxBytes ? null : await readAtMost(request.body, maxBytes);
      if (!body) {
        endResponse(tooLarge(fetchAPI, maxBytes));
        return;
      }
      if (!isUtf8(body)) {
        endResponse(refusal(fetchAPI, 400, 'BAD_REQUEST', 'the request body is not valid UTF-8'));
        return;
      }
      setRequest(
        new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body,
          signal: request.signal,
        }),
      );
    },
  };
}

/** The whole stream, or null as soon as it passes `maxBytes`. */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/**
 * The rest of the body is never read, so the connection cannot carry another request:
 * `connection: close` has Node close it once the answer is sent.
 */
function tooLarge(fetchAPI: FetchAPI, maxBytes: number): Response {
  const response = refusal(
    fetchAPI,
    413,
    'PAYLOAD_TOO_LARGE',
    `the request body is over the limit of ${maxBytes} bytes`,
  );
  response.headers.set('connection', 'close');
  return response;
}

function refusal(fetchAPI: FetchAPI, status: number, code: string, message: string): Response {
  return fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}
