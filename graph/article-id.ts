import { createHash } from 'node:crypto';

/** Content hash of an article: the same title and text always give the same article. */
export function contentHash(title: string, text: string): string {
  return createHash('sha256').update(title.trim()).update('\n').update(text.trim()).digest('hex');
}

export function articleIdOf(hash: string): string {
  return `article:${hash.slice(0, 16)}`;
}
