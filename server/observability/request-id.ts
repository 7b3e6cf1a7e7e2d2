import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Short, printable, no spaces or quotes: safe to echo in a header and to write in a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The caller's request id when it is sane, so that its logs and ours line up; otherwise a fresh one. */
export function requestIdFor(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  return given && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
