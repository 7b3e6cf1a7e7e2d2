import type { GraphWriter } from './collect.js';
import { openCsv } from './csv.js';
import { openGraphml } from './graphml.js';
import { openJson } from './json.js';

/** Each export format and how to open its writer in a folder. */
export const FORMATS = {
  graphml: openGraphml,
  csv: openCsv,
  json: openJson,
} satisfies Record<string, (dir: string) => Promise<GraphWriter>>;

export type Format = keyof typeof FORMATS;

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}
