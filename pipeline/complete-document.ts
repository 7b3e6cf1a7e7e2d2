import { detectLanguage, type ExtractionInput } from '../extract/index.js';
import type { Language } from '../model/report.js';
import { InputError } from './input-error.js';

/** Metadata given from outside a document (command-line flags); it overrides the document's own. */
export interface MetadataOverrides {
  publishedAt?: string | null;
  source?: string | null;
  language?: Language | null;
}

/** The fields that are set: a sidecar's or a flag's value wins over the page's, a page's null loses to nothing. */
export function withoutNulls<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as Partial<T>;
}

/** Flags override the file's own metadata; the language must be one we extract. */
export function completeDocument(doc: ExtractionInput, options: MetadataOverrides): ExtractionInput {
  const language = options.language ?? doc.language ?? detectLanguage(doc.text);
  if (!language) throw new InputError('unsupported language: neither Arabic nor Latin script dominates');
  return {
    ...doc,
    publishedAt: options.publishedAt ?? doc.publishedAt ?? null,
    source: options.source ?? doc.source ?? null,
    language,
  };
}
