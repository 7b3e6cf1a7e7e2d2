/**
 * A saved web page as a document: the article body through Mozilla's
 * Readability on a linkedom DOM, its metadata from JSON-LD and meta tags, its
 * "read also" boxes as linked headlines. Navigation, asides, footers and lists
 * of links are removed before Readability looks, so they never reach the
 * extractor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SegmentationFile } from '../../extract/lexicon-files.js';
import { DEFAULT_LEXICON_DIR } from '../../extract/resources.js';
import { InputError } from '../input-error.js';
import { blockText } from './body-text.js';
import { removeLinkLists } from './link-lists.js';
import { type HeadlineMarkers, markLinkedHeadlines } from './linked-headlines.js';
import { type PageMetadata, pageMetadata } from './metadata.js';

const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

const EXTRACTED_LANGUAGES = new Set(['ar', 'en']);

/** Fewer characters than a couple of sentences: what Readability found is not an article. */
const MIN_BODY_CHARS = 80;

/**
 * Deeper than news pages nest their elements (tens); Readability's time grows with about the cube
 * of the depth (3 s at 500, a minute at 2,000), so a deeper page would hold a watcher up.
 */
const MAX_DEPTH = 200;

export interface HtmlPage {
  text: string;
  metadata: PageMetadata;
}

export function readHtmlPage(html: string, markers: HeadlineMarkers = segmentationMarkers()): HtmlPage {
  const { document } = parseHTML(html);
  const depth = nestingDepth(document.documentElement);
  if (depth > MAX_DEPTH)
    throw new InputError(`elements nested ${depth} deep, over the limit of ${MAX_DEPTH}`);
  const metadata = pageMetadata(document);
  const declared = metadata.declaredLanguage;
  if (declared && !EXTRACTED_LANGUAGES.has(declared))
    throw new InputError(`the page declares the language ${declared}: only Arabic and English are extracted`);
  for (const element of document.querySelectorAll(FURNITURE)) element.remove();
  removeLinkLists(document);
  markLinkedHeadlines(document, markers);
  const article = new Readability(document, { serializer: (node) => node }).parse();
  const text = article?.content ? blockText(article.content) : '';
  if (text.length < MIN_BODY_CHARS) throw new InputError('no article body found in the page');
  return { text, metadata: { ...metadata, title: metadata.title ?? (article?.title || null) } };
}

/** How many elements deep the tree under `root` goes, `root` counting as one. */
function nestingDepth(root: Element | null): number {
  let deepest = 0;
  const pending: [Element, number][] = root ? [[root, 1]] : [];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of element.children) pending.push([child, depth + 1]);
  }
  return deepest;
}

let markersOfSeed: HeadlineMarkers | undefined;

/** The read-also markers of the segmenter's own lexicon, read once. */
function segmentationMarkers(): HeadlineMarkers {
  markersOfSeed ??= (
    JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'segmentation.json'), 'utf8')) as SegmentationFile
  ).markers;
  return markersOfSeed;
}
