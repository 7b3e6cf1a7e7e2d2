/** Share of a list's text in its links above which it is a list of headlines, not part of the story. */
const LINK_SHARE = 0.8;
/** What may be left of a list's container once the list is gone for the container to go too: a heading. */
const HEADING_MAX_CHARS = 80;

/**
 * Removes every list of links (related articles, most read, tags) together with
 * the containers left holding only its heading ("Related stories"), so neither
 * its headlines nor a heading the segmenter would read as a list marker reach
 * the extractor. Readability drops such lists only on long pages.
 */
export function removeLinkLists(document: Document): void {
  for (const list of document.querySelectorAll('ul, ol')) {
    if (!list.isConnected || !isLinkList(list)) continue;
    let removed: Element = list;
    let parent = list.parentElement;
    list.remove();
    while (parent && !['BODY', 'ARTICLE', 'MAIN'].includes(parent.tagName.toUpperCase())) {
      if ((parent.textContent ?? '').trim().length > HEADING_MAX_CHARS) break;
      removed = parent;
      parent = parent.parentElement;
      removed.remove();
    }
  }
}

function isLinkList(list: Element): boolean {
  const items = list.querySelectorAll('li');
  const text = lengthOf(list.textContent);
  const linked = [...list.querySelectorAll('a')].reduce((sum, link) => sum + lengthOf(link.textContent), 0);
  return items.length >= 2 && text > 0 && linked / text >= LINK_SHARE;
}

function lengthOf(text: string | null): number {
  return (text ?? '').replace(/\s+/g, '').length;
}
