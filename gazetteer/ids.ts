import { matchKey } from '../extract/normalize.js';
import type { EntityType } from '../model/report.js';

/** The graph id of an entity: its type and a slug of its canonical name. */
export function entityId(type: EntityType, name: string): string {
  const slug = matchKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${type.toLowerCase()}:${slug}`;
}
