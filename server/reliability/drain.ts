import type { Server, ServerResponse } from 'node:http';

export interface Drain {
  /** Requests being answered now. */
  readonly inFlight: number;
  /**
   * Stops accepting connections, lets the requests in flight finish and closes
   * every connection after its response. Resolves true once all are closed, or
   * false when `timeoutMs` passed first (the remaining connections are cut).
   */
  drain(timeoutMs: number): Promise<boolean>;
}

/** Tracks the requests of `server` so that a shutdown can wait for them; call it before the server listens. */
export function drainable(server: Server): Drain {
  const responses = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_request, response: ServerResponse) => {
    responses.add(response);
    response.once('close', () => responses.delete(response));
    if (draining) closeAfter(response);
  });

  return {
    get inFlight() {
      return responses.size;
    },
    drain(timeoutMs) {
      draining = true;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          server.closeAllConnections();
          resolve(false);
        }, timeoutMs);
        server.close(() => {
          clearTimeout(timer);
          resolve(true);
        });
        for (const response of responses) closeAfter(response);
        // Keep-alive connections waiting for their next request would hold close() back.
        server.closeIdleConnections();
      });
    },
  };
}

/** Ends a keep-alive connection with this response, so that no new request can use it. */
function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
