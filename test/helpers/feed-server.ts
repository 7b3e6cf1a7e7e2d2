import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedServer {
  base: string;
  /** Every request received, in order: its path, headers, and when it arrived (ms, performance.now()). */
  requests: { path: string; headers: IncomingMessage['headers']; at: number }[];
  /** Sets or replaces what a path answers. */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 that answers the routes the test gives it, and 404 otherwise. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers, at: performance.now() });
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A route answering a fixed body, with an ETag and 304 to a request that presents it. */
export function serve(body: string | Buffer, contentType: string, etag?: string): Route {
  return (request, response) => {
    if (etag && request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType, ...(etag ? { etag } : {}) }).end(body);
  };
}

export function rss(title: string, items: { link: string; title: string; pubDate?: string }[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${item.link}</link>${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>${entries}</channel></rss>`;
}

export function atom(title: string, entries: { href: string; title: string; published?: string }[]): string {
  const items = entries
    .map(
      (entry) =>
        `<entry><title>${entry.title}</title><link rel="alternate" href="${entry.href}"/><id>${entry.href}</id>${entry.published ? `<published>${entry.published}</published>` : ''}</entry>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>${items}</feed>`;
}

/** An English news page with its body in paragraphs, declared language and optional head markup. */
export function englishPage(paragraphs: string[], head = ''): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer>All rights reserved</footer></body></html>`;
}

/** Two paragraphs of English news about talks, and two about an attack: pages with something to extract. */
export const JEDDAH_TALKS = [
  'Sudanese army and Rapid Support Forces delegations began talks in Jeddah on Saturday under Saudi and American mediation.',
  'The talks are the first direct meeting between the two sides since the fighting started in Khartoum.',
];
export const RED_SEA_ATTACK = [
  'Houthi forces attacked a commercial ship in the Red Sea near Hodeidah on Monday, the group said in a statement.',
  'The United States Central Command said the attack caused no casualties.',
];

const WINDOWS_1256 = new Map(
  Array.from({ length: 256 }, (_, byte) => [
    new TextDecoder('windows-1256').decode(Uint8Array.of(byte)),
    byte,
  ]),
);

/** A text in windows-1256, the encoding of older Arabic sites. */
export function windows1256(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const byte = WINDOWS_1256.get(char);
      if (byte === undefined) throw new Error(`${char} is not in windows-1256`);
      return byte;
    }),
  );
}

/** An Arabic page as older Arabic sites serve it: windows-1256 bytes, the encoding declared only in a meta tag. */
export const WINDOWS_1256_PAGE = {
  title: 'مفاوضات في جدة',
  bytes: windows1256(
    `<html lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>مفاوضات في جدة</title></head><body><article>` +
      '<p>بدأت في جدة يوم السبت مفاوضات بين وفدي الجيش السوداني وقوات الدعم السريع بوساطة سعودية وأمريكية.</p>' +
      '<p>وقالت وزارة الخارجية السعودية إن المحادثات تركز على هدنة إنسانية وممرات آمنة للمدنيين.</p></article></body></html>',
  ),
};
