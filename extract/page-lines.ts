/**
 * The lines of a saved page, read for what they are before segmentation:
 * chrome to drop (date and time lines, "آخر تحديث"، URLs, repeated lines such
 * as a caption shown twice, "list 1 of 2"), page furniture whose names still
 * count but where no event is told (breadcrumbs, tag and section lines,
 * bylines, photo captions), and the body, with lines broken in the middle of
 * a sentence joined again. Cue words come from segmentation.json.
 */
import { matchKey } from './normalize.js';
import { type ExtractionResources, isDateWord } from './resources.js';
import { type Token, tokenize } from './tokens.js';

export type LineRole = 'body' | 'meta' | 'drop';

export interface PageLine {
  /** Offsets in the page; a joined line runs from its first part's start to its last part's end. */
  start: number;
  end: number;
  /** The line's text, line breaks inside a joined line turned into spaces (same length as the page's span). */
  text: string;
  role: LineRole;
}

/** A line with this many words or fewer and no closing punctuation is a label, not a sentence. */
const LABEL_MAX_WORDS = 3;
const BYLINE_MAX_WORDS = 7;
const CAPTION_MAX_WORDS = 30;
/** Furniture is short: a longer line is body. */
const FURNITURE_MAX_CHARS = 240;
/** A chrome cue opens a short line ("آخر تحديث: …", "Share"), not a sentence ("Save the Children said …"). */
const CHROME_MAX_WORDS = 8;
/** Repeated lines worth dropping are captions and titles. */
const REPEATED_MAX_CHARS = 300;
/** A line this long without closing punctuation continues on the next line. */
const BROKEN_LINE_MIN_WORDS = 9;
const CLOSING = /[.!?؟:…»"”)\]]$/;
const URL_LINE = /^(https?:\/\/|www\.)\S+$/i;
const TIME = /\b\d{1,2}:\d{2}\b/;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
/** "(أرشيفية - أ.ف.ب)", "(رويترز)", "[Reuters]": a picture credit closing a caption. */
const CREDIT = /[([][^()[\]]{1,40}[)\]]$/;

/** Every non-empty line of the page with its role, broken lines joined. */
export function pageLines(page: string, resources: ExtractionResources): PageLine[] {
  const seen = new Set<string>();
  const lines = joinBrokenLines(rawLines(page), resources);
  let titleSeen = false;
  return lines.map((line) => {
    const key = line.text.length <= REPEATED_MAX_CHARS ? matchKey(line.text) : null;
    const repeated = key !== null && key.split(' ').length > LABEL_MAX_WORDS && seen.has(key);
    if (key !== null) seen.add(key);
    const role = repeated ? 'drop' : roleOf(line.text, titleSeen, resources);
    if (role === 'body') titleSeen = true;
    return { ...line, role };
  });
}

type RawLine = Omit<PageLine, 'role'> & { afterBlankLine: boolean };

function rawLines(page: string): RawLine[] {
  const lines: RawLine[] = [];
  let offset = 0;
  let blank = false;
  for (const raw of page.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text)
      lines.push({
        start: offset + leading,
        end: offset + leading + text.length,
        text,
        afterBlankLine: blank,
      });
    blank = !text;
    offset += raw.length + 1;
  }
  return lines;
}

/**
 * A long line without closing punctuation, or ending on a preposition, goes on
 * in the next body line; never across a blank line, which ends a paragraph.
 */
function joinBrokenLines(lines: RawLine[], resources: ExtractionResources): Omit<PageLine, 'role'>[] {
  const joined: Omit<PageLine, 'role'>[] = [];
  for (const [k, { afterBlankLine, ...line }] of lines.entries()) {
    const previous = joined[joined.length - 1];
    const broken =
      !afterBlankLine && continues(previous?.text ?? '', lines[k - 1]?.text ?? '', line.text, resources);
    if (previous && broken) {
      const gap = ' '.repeat(line.start - previous.end);
      joined[joined.length - 1] = {
        start: previous.start,
        end: line.end,
        text: previous.text + gap + line.text,
      };
    } else joined.push(line);
  }
  return joined;
}

/** `previous` is the line so far (parts joined), `last` its last raw part. */
function continues(previous: string, last: string, next: string, resources: ExtractionResources): boolean {
  if (CLOSING.test(last) || roleOf(next, true, resources) !== 'body') return false;
  const words = previous.split(/\s+/);
  const lastWord = tokenize(words[words.length - 1] ?? '').tokens;
  const endsOnLink = lastWord.length > 0 && !!resources.phrases.lineContinuations.matchAt(lastWord, 0);
  return endsOnLink || (words.length >= BROKEN_LINE_MIN_WORDS && previous.includes('،'));
}

function roleOf(text: string, titleSeen: boolean, resources: ExtractionResources): LineRole {
  if (text.length > FURNITURE_MAX_CHARS) return URL_LINE.test(text) ? 'drop' : 'body';
  const { tokens } = tokenize(text);
  if (tokens.length === 0 || URL_LINE.test(text) || isDateLine(text, tokens, resources)) return 'drop';
  if (tokens.length <= CHROME_MAX_WORDS && resources.phrases.chromeLines.matchAt(tokens, 0)) return 'drop';
  if (tokens.length <= LABEL_MAX_WORDS && !CLOSING.test(text)) return 'meta';
  if (!titleSeen && tokens.length <= LABEL_MAX_WORDS + 1 && !CLOSING.test(text)) return 'meta';
  if (tokens.length <= BYLINE_MAX_WORDS && isByline(tokens, resources)) return 'meta';
  if (tokens.length <= CAPTION_MAX_WORDS && isCaption(text, resources)) return 'meta';
  return 'body';
}

/** A short line closed by a credit in brackets ("(أرشيفية - أ.ف.ب)"), not by a media tag ("(فيديو)"). */
function isCaption(text: string, resources: ExtractionResources): boolean {
  const credit = CREDIT.exec(text)?.[0];
  if (!credit || /[.!?؟]/.test(text)) return false;
  const { tokens } = tokenize(credit.slice(1, -1));
  return !(tokens.length === 1 && resources.phrases.mediaTags.matchAt(tokens, 0));
}

/** A line of dates, times and publishing words ("نشر في: 27 أكتوبر 2025 - 19:41 بتوقيت أبوظبي"). */
function isDateLine(text: string, tokens: Token[], resources: ExtractionResources): boolean {
  if (
    !TIME.test(text) &&
    !NUMERIC_DATE.test(text) &&
    !tokens.some((_, i) => isDateWord(tokens, i, resources))
  )
    return false;
  let rest = 0;
  for (let i = 0; i < tokens.length; i++) {
    const match = resources.phrases.dateLineWords.matchAt(tokens, i);
    if (match) i = match.last;
    else if (!isDateWord(tokens, i, resources) && !/^\d/.test(tokens[i]?.key ?? '')) rest++;
  }
  return rest <= 2;
}

/** "أبوظبي - سكاي نيوز عربية", "كتب: وكالات", "بكين- القدس العربي": a short line naming an outlet or agencies. */
function isByline(tokens: Token[], resources: ExtractionResources): boolean {
  if (resources.phrases.bylineCues.matchAt(tokens, 0)) return true;
  return tokens.some((_, i) => {
    if (resources.phrases.agencyWords.matchAt(tokens, i)) return true;
    const name = resources.names.matchAt(tokens, i);
    return !!name?.values.some((candidate) => candidate.entity.kind === 'MEDIA');
  });
}
