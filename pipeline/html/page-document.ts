import type { ExtractionInput } from '../../extract/index.js';
import { completeDocument, type MetadataOverrides, withoutNulls } from '../complete-document.js';
import { readHtmlPage } from './read-html.js';

export interface PageDocument {
  doc: ExtractionInput;
  /** What the page carried but could not be read (a broken JSON-LD block). */
  warnings: string[];
}

/**
 * A saved or fetched page as a document. Its metadata wins over `fallbacks`
 * (what a feed says of the item) and loses to `over` (a sidecar file) and to
 * the flags.
 */
export function pageDocument(
  html: string,
  layers: { fallbacks?: Partial<ExtractionInput>; over?: Partial<ExtractionInput> },
  overrides: MetadataOverrides = {},
): PageDocument {
  const { text, metadata } = readHtmlPage(html);
  const { warnings, declaredLanguage: _, ...fields } = metadata;
  const doc = { ...layers.fallbacks, ...withoutNulls(fields), text, ...layers.over };
  return { doc: completeDocument(doc, overrides), warnings };
}
