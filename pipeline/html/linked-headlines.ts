import type { SegmentationFile } from '../../extract/lexicon-files.js';
import { matchKey } from '../../extract/normalize.js';
import type { Language } from '../../model/report.js';

export type HeadlineMarkers = Pick<SegmentationFile['markers'], 'embeddedHeadline' | 'relatedArticle'>;

/** Longer than a marker and one headline: a section of the page, not a "read also" box. */
const MAX_BOX_CHARS = 300;

/**
 * Rewrites each "read also" box of the page — the smallest block opening with a
 * read-also or read-more marker and holding exactly one link — into a paragraph
 * `<read-more marker> <link text>`, the line the segmenter reads as an embedded
 * linked headline in a text page. Boxes of several links are lists and stay as
 * they are (Readability drops them with the rest of the page furniture).
 */
export function markLinkedHeadlines(document: Document, markers: HeadlineMarkers): void {
  const opening = openingMarkers(markers);
  const boxes = [...document.querySelectorAll('body *')].filter((element) => {
    const text = element.textContent?.trim() ?? '';
    return (
      text.length <= MAX_BOX_CHARS &&
      opening(text) !== null &&
      element.querySelectorAll('a[href]').length === 1
    );
  });
  for (const box of boxes.filter((box) => !boxes.some((other) => other !== box && box.contains(other)))) {
    const language = opening(box.textContent?.trim() ?? '') as Language;
    const headline = box.querySelector('a[href]')?.textContent?.replace(/\s+/g, ' ').trim();
    const marker = markers.embeddedHeadline[language]?.[0];
    if (!headline || !marker) continue;
    const line = document.createElement('p');
    line.textContent = `${marker} ${headline}`;
    box.replaceWith(line);
  }
}

/** The language of the read-also marker a text opens with, or null. */
function openingMarkers(markers: HeadlineMarkers): (text: string) => Language | null {
  const keys = (['ar', 'en'] as const).flatMap((language) =>
    [...(markers.embeddedHeadline[language] ?? []), ...(markers.relatedArticle[language] ?? [])].map(
      (marker) => ({
        key: matchKey(marker),
        language,
      }),
    ),
  );
  return (text) => {
    const key = matchKey(text);
    return keys.find((m) => key === m.key || key.startsWith(`${m.key} `))?.language ?? null;
  };
}
