/** RSS 2.0 and Atom feeds: the items' links with the title and day each feed gives them. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isHtml } from '../html/detect.js';
import { InputError } from '../input-error.js';

export interface FeedItem {
  url: string;
  title: string | null;
  /** YYYY-MM-DD, or null when the feed gives no readable date. */
  publishedAt: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const MAX_EXPANDED_CHARS = 10_000_000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // `&amp;` in a link and `&#8217;` in a title are decoded. What entities expand to is bounded
  // above what a feed within the size cap can need, so one a DOCTYPE declares cannot grow the feed in memory.
  htmlEntities: true,
  processEntities: { maxExpandedLength: MAX_EXPANDED_CHARS },
});

/**
 * The feed in an XML text, its links resolved against the feed's own URL; throws an InputError
 * saying why when the text is no RSS or Atom feed.
 */
export function parseFeed(xml: string, feedUrl: string): Feed {
  if (isHtml('', xml)) throw new InputError('not a feed: an HTML page');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    throw new InputError(`unreadable XML: ${(error as Error).message}`);
  }
  const rss = root.rss as Node | undefined;
  if (rss) return rssFeed((rss.channel ?? {}) as Node, feedUrl);
  const atom = root.feed as Node | undefined;
  if (atom) return atomFeed(atom, feedUrl);
  throw new InputError(
    `not a feed: the root element is ${Object.keys(root).find((k) => k !== '?xml') ?? 'none'}`,
  );
}

function rssFeed(channel: Node, feedUrl: string): Feed {
  const items = ((channel.item ?? []) as Node[]).flatMap((item) => {
    const url = absolute(text((item.link as unknown[] | undefined)?.[0]), feedUrl);
    return url ? [{ url, title: text(item.title), publishedAt: day(text(item.pubDate)) }] : [];
  });
  return { title: text(channel.title), items };
}

function atomFeed(feed: Node, feedUrl: string): Feed {
  const items = ((feed.entry ?? []) as Node[]).flatMap((entry) => {
    const links = (entry.link ?? []) as Node[];
    const link = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const url = absolute(text(link?.['@href']), feedUrl);
    return url
      ? [{ url, title: text(entry.title), publishedAt: day(text(entry.published ?? entry.updated)) }]
      : [];
  });
  return { title: text(feed.title), items };
}

/** A link as written in the feed, made absolute; left as it is (to be reported when fetched) when it cannot be. */
function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** A text node's text, whether the parser gave a string or an element with attributes. */
function text(value: unknown): string | null {
  const raw = value && typeof value === 'object' ? (value as Node)['#text'] : value;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() || null : null;
}

function day(value: string | null): string | null {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null;
}
