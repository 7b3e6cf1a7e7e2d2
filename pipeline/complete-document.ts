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
  const language = options.language ?? doc.language ?? detectedLanguage(doc.text);
  return {
    ...doc,
    publishedAt: options.publishedAt ?? doc.publishedAt ?? null,
    source: options.source ?? doc.source ?? null,
    language,
  };
}

/** Words that make a good share of any English prose and little of other Latin-script languages'. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a an is was were are be been has have had for on that with by as at from it its their this which who said after'.split(
    ' ',
  ),
);
/** The opening words a share is taken over; fewer than the minimum say too little to tell. */
const SAMPLE_WORDS = 300;
const MIN_WORDS = 20;
/** English news of the development set holds 27% and more of these words; French, Spanish, German or Portuguese news under 10%. */
const MIN_ENGLISH_SHARE = 0.15;

/** The language of a text that says none: its script, and for Latin script, whether it reads as English. */
function detectedLanguage(text: string): Language {
  const language = detectLanguage(text);
  if (!language) throw new InputError('unsupported language: neither Arabic nor Latin script dominates');
  if (language === 'en' && !readsAsEnglish(text))
    throw new InputError('unsupported language: Latin script but not English (too few English words)');
  return language;
}

function readsAsEnglish(text: string): boolean {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
  if (words.length < MIN_WORDS) return true;
  return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length >= MIN_ENGLISH_SHARE;
}
