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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Entities declared in a DOCTYPE are not expanded: a feed cannot grow itself in memory.
  processEntities: false,
});

/** The feed in an XML text; throws an InputError saying why when the text is no RSS or Atom feed. */
export function parseFeed(xml: string): Feed {
  if (isHtml('', xml)) throw new InputError('not a feed: an HTML page');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  if (rss) return rssFeed((rss.channel ?? {}) as Node);
  const atom = root.feed as Node | undefined;
  if (atom) return atomFeed(atom);
  throw new InputError(
    `not a feed: the root element is ${Object.keys(root).find((k) => k !== '?xml') ?? 'none'}`,
  );
}

function rssFeed(channel: Node): Feed {
  const items = ((channel.item ?? []) as Node[]).flatMap((item) => {
    const url = text((item.link as unknown[] | undefined)?.[0]);
    return url ? [{ url, title: text(item.title), publishedAt: day(text(item.pubDate)) }] : [];
  });
  return { title: text(channel.title), items };
}

function atomFeed(feed: Node): Feed {
  const items = ((feed.entry ?? []) as Node[]).flatMap((entry) => {
    const links = (entry.link ?? []) as Node[];
    const link = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const url = text(link?.['@href']);
    return url
      ? [{ url, title: text(entry.title), publishedAt: day(text(entry.published ?? entry.updated)) }]
      : [];
  });
  return { title: text(feed.title), items };
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
