/**
 * Page segmentation: a scraped page becomes its main article, embedded linked
 * headlines ("إقرأ المزيد", and "إقرأ أيضاً" inside the body), following related
 * articles ("إقرأ أيضاً" after the source and tag lines), lists of
 * linked headlines ("مقالات مشابهة"), with source and tag lines read and
 * boilerplate lines dropped. Markers and cues come from segmentation.json.
 */
import type { ArticleKind } from '../model/report.js';
import { matchKey } from './normalize.js';
import { type PageLine, pageLines } from './page-lines.js';
import type { ExtractionResources, Marker } from './resources.js';
import { tokenize } from './tokens.js';

export interface Segment {
  kind: ArticleKind;
  title: string;
  text: string;
  /** Outlet named on the page (raw), or null. */
  source: string | null;
  /** The page says its source is "agencies". */
  citesAgencies: boolean;
  tags: string[];
  excludedSpans: { start: number; end: number; reason: string }[];
  /** Spans of source and tag lines: entities are read there, events are not. */
  metaSpans: { start: number; end: number }[];
  /** Index of the segment whose page links to this one. */
  linkedFrom: number | null;
  /** The segment is the page's own article (it inherits the page's metadata). */
  isPage: boolean;
  /** An embedded headline links within the same outlet. */
  sameOutlet: boolean;
}

type Line = PageLine;

/** Longer markers before those they begin with ("قصص مقترحة نهاية" before "قصص مقترحة"). */
const MARKERS: Marker[] = [
  'embeddedHeadline',
  'relatedArticle',
  'headlineList',
  'listEnd',
  'listStart',
  'source',
  'tags',
];

const BOILERPLATE_MAX_CHARS = 40;
/** A title's first clause ends at a comma, a question or exclamation mark or a full stop, not at ".." ("السودان.. مقتل 70"). */
const TITLE_CLAUSE_END = /[،,؟?!]|(?<!\.)\.(?!\.)/;
const MARKER_MAX_CHARS = 40;

const EMBEDDED_REASON = 'embedded linked headline of a related article; not part of this article';

/** Splits a page into segments; a page without markers is one article. */
export function segmentPage(page: string, resources: ExtractionResources): Segment[] {
  return new PageSegmenter(page, resources).run();
}

class PageSegmenter {
  private readonly segments: Segment[] = [];
  private readonly lines: Line[];
  private article: OpenArticle | null = null;
  /** The page's article while a list of linked headlines interrupts it ("list of 2 items" … "end of list"). */
  private interrupted: OpenArticle | null = null;
  /** Page furniture before the first body line: its names belong to the article that follows. */
  private pendingMeta: Line[] = [];
  private inList = false;
  /** List items are lines of their own, without bullets. */
  private bulletlessList = false;
  private expectOutletLine = false;

  constructor(
    private readonly page: string,
    private readonly resources: ExtractionResources,
  ) {
    this.lines = pageLines(page, resources);
  }

  run(): Segment[] {
    for (const line of this.lines) this.readLine(line);
    this.closeArticle();
    return this.segments;
  }

  private readLine(line: Line): void {
    const { marker, rest } = this.markerOf(line.text);
    const linksOut = marker === 'embeddedHeadline' || (marker === 'relatedArticle' && this.inPageBody());
    if (linksOut && this.article && !rest) this.startBulletlessList();
    else if (linksOut && this.article) this.embeddedHeadline(line, rest);
    else if (marker === 'relatedArticle' || marker === 'headlineList') this.startSection(line, marker, rest);
    else if (marker === 'listStart') this.startBulletlessList();
    else if (marker === 'listEnd') this.endBulletlessList();
    else if (line.role === 'drop') return;
    else if (this.bulletlessList && this.endsList(line)) {
      this.endBulletlessList();
      this.readLine(line);
    } else if (this.inList) this.listItem(line);
    else if (this.isBoilerplate(line.text)) return;
    else if (marker === 'source' && this.article) this.sourceLine(line, rest);
    else if (marker === 'tags' && this.article) this.tagLine(line, rest);
    else if (line.role === 'meta' && !this.expectOutletLine) this.metaLine(line);
    else if (!this.article) this.openArticle(line);
    else this.bodyLine(line);
  }

  /**
   * "اقرأ أيضا: X" inside the page's article, before its source and tag lines, links
   * out and the article goes on; after them, the related article follows in full.
   */
  private inPageBody(): boolean {
    return !!this.article?.segment.isPage && !this.article.endMatterSeen;
  }

  private startSection(line: Line, marker: Marker, rest: string): void {
    if (this.article?.segment.isPage) this.interrupted = this.article;
    this.closeArticle();
    this.inList = marker === 'headlineList';
    if (!this.inList && rest) this.openArticle({ ...line, text: rest });
  }

  private startBulletlessList(): void {
    if (this.article?.segment.isPage) this.interrupted = this.article;
    this.closeArticle();
    this.inList = true;
    this.bulletlessList = true;
  }

  /** The list is over: the page's article goes on (a list already ended by a body line has nothing to end). */
  private endBulletlessList(): void {
    if (!this.bulletlessList) return;
    this.inList = false;
    this.bulletlessList = false;
    this.closeArticle();
    this.article = this.interrupted;
    this.interrupted = null;
  }

  /** Furniture lines keep their names but tell no events. */
  private metaLine(line: Line): void {
    if (!this.article) {
      this.pendingMeta.push(line);
      return;
    }
    this.article.meta.push(line);
    this.article.lines.push(line);
  }

  private tagLine(line: Line, value: string): void {
    if (!this.article) return;
    this.article.segment.tags = splitTags(value, this.resources);
    this.article.endMatterSeen = true;
    this.article.meta.push(line);
    this.article.lines.push(line);
  }

  /** A body line; right after a related article's title, an "Outlet/ section" line names its source. */
  private bodyLine(line: Line): void {
    if (!this.article) return;
    if (this.expectOutletLine && this.isOutletLine(line.text)) {
      this.article.segment.source = line.text.split(this.separator)[0]?.trim() || null;
    }
    this.expectOutletLine = false;
    this.article.lines.push(line);
  }

  private get separator(): string {
    return this.resources.files.segmentation.outletLineSeparator;
  }

  /** A marker opening the line, also when glued to the title it opens ("Read moreRwanda-backed…"). */
  private markerOf(text: string): { marker: Marker | null; rest: string } {
    const split = unglued(text);
    const marked = this.markerAtStart(text) ?? (split === text ? null : this.markerAtStart(split));
    return marked ?? { marker: null, rest: text };
  }

  /** Only the line's opening is tokenized: markers are short. */
  private markerAtStart(text: string): { marker: Marker; rest: string } | null {
    const tokens = tokenize(text.slice(0, MARKER_MAX_CHARS)).tokens;
    for (const marker of MARKERS) {
      const match = this.resources.markers[marker].matchAt(tokens, 0);
      const after = match ? (tokens[match.last]?.end ?? 0) : 0;
      const needsColon = marker === 'source' || marker === 'tags';
      if (match && (!needsColon || /^\s*:/.test(text.slice(after)))) {
        return {
          marker,
          rest: text
            .slice(after)
            .replace(/^[\s:]+/, '')
            .trim(),
        };
      }
    }
    return null;
  }

  private openArticle(line: Line): void {
    const linkedFrom = this.lastArticleIndex();
    const isPage = this.segments.length === 0;
    const meta = this.pendingMeta;
    this.pendingMeta = [];
    this.article = {
      segment: emptySegment('ARTICLE', isPage ? this.pageTitle(line.text) : line.text, linkedFrom, isPage),
      lines: [...meta, line],
      meta,
      excluded: [],
      endMatterSeen: false,
    };
    this.segments.push(this.article.segment);
    this.expectOutletLine = !isPage;
  }

  /** A title line is kept whole ("X تشن هجوما، وإسرائيل: اعترضنا 99%"); a first line that is the lead gives its first clause. */
  private pageTitle(firstLine: string): string {
    const { titleMaxWords } = this.resources.files.segmentation;
    const isTitleLine = !/[.!]$/.test(firstLine.trim()) && firstLine.split(/\s+/).length <= titleMaxWords;
    const clause = isTitleLine
      ? firstLine.trim()
      : (firstLine.split(TITLE_CLAUSE_END)[0]?.trim() ?? firstLine);
    return clause.split(/\s+/).slice(0, titleMaxWords).join(' ');
  }

  private embeddedHeadline(line: Line, title: string): void {
    const article = this.article;
    if (!article) return;
    article.lines.push(line);
    article.excluded.push(line);
    const headline = emptySegment('HEADLINE', title, this.segments.indexOf(article.segment), false);
    headline.sameOutlet = true;
    this.segments.push(headline);
  }

  /** A sentence, or a long line, is the article again: linked titles are short and end without a full stop. */
  /** A body sentence ends a list; a question is a headline's way to end ("من هو ...؟"). */
  private endsList(line: Line): boolean {
    const words = line.text.split(/\s+/).length;
    return /[.!]$/.test(line.text) || words > this.resources.files.segmentation.titleMaxWords;
  }

  private listItem(line: Line): void {
    const bullet = this.resources.files.segmentation.bullets.find((b) => line.text.startsWith(b));
    const title = (bullet ? line.text.slice(bullet.length) : line.text).trim();
    if (
      (!bullet && !this.bulletlessList) ||
      !title ||
      this.isBoilerplate(title) ||
      this.isTagOrChrome(line, title)
    )
      return;
    this.segments.push(emptySegment('HEADLINE', title, this.lastArticleIndex(), false));
  }

  private sourceLine(line: Line, value: string): void {
    const article = this.article;
    if (!article) return;
    if (this.resources.phrases.agencyWords.matchAt(tokenize(value).tokens, 0))
      article.segment.citesAgencies = true;
    else article.segment.source = value || article.segment.source;
    article.endMatterSeen = true;
    article.meta.push(line);
    article.lines.push(line);
  }

  private isOutletLine(text: string): boolean {
    const [outlet] = text.split(this.separator);
    const words = (outlet ?? '').trim().split(/\s+/).length;
    return text.includes(this.separator) && words <= this.resources.files.segmentation.outletLineMaxWords;
  }

  /** An empty bullet or a short line of page furniture ("شارك", "Share"). */
  /** Too short to be a headline (a tag, a section name), or a line of page chrome. */
  private isTagOrChrome(line: Line, title: string): boolean {
    const words = title.split(/\s+/).length;
    return words < this.resources.files.segmentation.titleMinWords || line.role === 'meta';
  }

  private isBoilerplate(text: string): boolean {
    if (text.length > BOILERPLATE_MAX_CHARS) return false;
    const key = matchKey(text);
    return key === '' || this.resources.boilerplateLines.has(key);
  }

  private lastArticleIndex(): number | null {
    for (let i = this.segments.length - 1; i >= 0; i--) if (this.segments[i]?.kind === 'ARTICLE') return i;
    return null;
  }

  private closeArticle(): void {
    const article = this.article;
    if (!article) return;
    const { text, offsetOf } = joinLines(this.page, article.lines);
    article.segment.text = text;
    article.segment.excludedSpans = article.excluded.map((line) => ({
      start: offsetOf(line),
      end: offsetOf(line) + line.text.length,
      reason: EMBEDDED_REASON,
    }));
    article.segment.metaSpans = article.meta.map((line) => ({
      start: offsetOf(line),
      end: offsetOf(line) + line.text.length,
    }));
    this.article = null;
  }
}

interface OpenArticle {
  segment: Segment;
  lines: Line[];
  meta: Line[];
  excluded: Line[];
  /** A source or tag line has closed the body. */
  endMatterSeen: boolean;
}

function emptySegment(kind: ArticleKind, title: string, linkedFrom: number | null, isPage: boolean): Segment {
  return {
    kind,
    title,
    text: kind === 'HEADLINE' ? title : '',
    source: null,
    citesAgencies: false,
    tags: [],
    excludedSpans: [],
    metaSpans: [],
    linkedFrom,
    isPage,
    sameOutlet: false,
  };
}

/** The kept lines with the page's own spacing between consecutive ones. */
function joinLines(page: string, lines: Line[]): { text: string; offsetOf: (line: Line) => number } {
  const offsets = new Map<Line, number>();
  let text = '';
  lines.forEach((line, i) => {
    offsets.set(line, text.length);
    const next = lines[i + 1];
    const contiguous = next && page.slice(line.end, next.start).trim() === '';
    text += contiguous ? line.text + page.slice(line.end, next.start) : line.text + (next ? '\n\n' : '');
  });
  return { text, offsetOf: (line) => offsets.get(line) ?? 0 };
}

/** Tag words grouped into the longest known names; names joined by a preposition stay one tag. */
export function splitTags(value: string, resources: ExtractionResources): string[] {
  const { tokens } = tokenize(value);
  const isJoiner = (unit: TagUnit) =>
    unit.first === unit.last && !!resources.phrases.tagJoiners.matchAt(tokens, unit.first);
  const units: TagUnit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = resources.names.matchAt(tokens, i);
    units.push({ first: i, last: match?.last ?? i, isName: !!match });
    i = match?.last ?? i;
  }
  const tags: TagUnit[] = [];
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] as TagUnit;
    const next = units[k + 1];
    const previous = tags[tags.length - 1];
    if (isJoiner(unit) && previous && next?.isName) {
      previous.last = next.last;
      k++;
    } else tags.push({ ...unit });
  }
  return tags.map(({ first, last }) => value.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0));
}

interface TagUnit {
  first: number;
  last: number;
  isName: boolean;
}

/** Saved pages run a link's label into its text: the first lower-to-upper case step is where they meet. */
function unglued(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/u, '$1 $2');
}
