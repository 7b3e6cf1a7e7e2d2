/**
 * Date expressions resolved against the publication date: weekdays (the latest
 * such day on or before publication, or the next one in future context),
 * relative days (اليوم، أمس، غدا) and explicit dates with Arabic (Levantine or
 * Egyptian) or English month names. Dates attach to the nearest event trigger
 * of their clause; a clause holding only a date ("والخميس،") dates its sentence.
 * A date between a reporting verb and what it reports is the time of the words,
 * and a day after publication is still to come: such a weak date dates only an
 * event with no other date in its clause, and yields to a firm one on merging.
 */
import {
  type ArticleContext,
  clauseLast,
  clauseStart,
  type EventMention,
  matchIn,
  sameClause,
} from './context.js';

export interface DateMention {
  first: number;
  last: number;
  /** YYYY-MM-DD, or null when there is no publication date to resolve against. */
  date: string | null;
  /** Comparable key of the expression itself (weekday:4, relative:-1, 2024-12-19). */
  when: string;
  /** The time of the words about the event (between a reporting verb and what it reports) or a day still to come. */
  weak: boolean;
}

type DayMention = Omit<DateMention, 'weak'>;

const DAY_MS = 86_400_000;

/** Every date expression in the article body, outside names ("حركة 23 مارس"). */
export function findDates(context: ArticleContext, publishedAt: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < context.tokens.length; i++) {
    if (!context.isBody(i) || context.mentionAtToken.has(i)) continue;
    const mention = explicitDate(context, i, publishedAt) ?? relativeDate(context, i, publishedAt);
    if (!mention) continue;
    const ahead = !!publishedAt && !!mention.date && mention.date > publishedAt;
    found.push({ ...mention, weak: ahead || inSpeechPhrase(context, mention.first) });
    i = mention.last;
  }
  return found;
}

/** A reporting cue before the date in its clause with no complementizer or trigger between ("أعلن X اليوم الأحد أن"). */
function inSpeechPhrase(context: ArticleContext, first: number): boolean {
  const { resources } = context;
  for (let k = first - 1; k >= 0 && sameClause(context, k, first); k--) {
    if (matchIn(context, resources.phrases.speakerEnds, k)) return false;
    if (matchIn(context, resources.claimCues, k)) return true;
    if (!context.mentionAtToken.has(k) && matchIn(context, resources.triggers, k)) return false;
  }
  return false;
}

function relativeDate(
  context: ArticleContext,
  i: number,
  publishedAt: string | null,
): DayMention | undefined {
  const { resources } = context;
  const weekday = matchIn(context, resources.weekdays, i);
  if (weekday) {
    const day = weekday.values[0] ?? 0;
    const future = isFuture(context, i, weekday.last);
    const date = publishedAt ? shiftToWeekday(publishedAt, day, future) : null;
    return { first: i, last: weekday.last, date, when: date ?? `weekday:${day}` };
  }
  const relative = matchIn(context, resources.relativeDays, i);
  if (!relative) return undefined;
  const next = matchIn(context, resources.weekdays, relative.last + 1);
  if (next) return { ...(relativeDate(context, relative.last + 1, publishedAt) as DayMention), first: i };
  const offset = relative.values[0] ?? 0;
  const date = publishedAt ? addDays(publishedAt, offset) : null;
  return { first: i, last: relative.last, date, when: date ?? `relative:${offset}` };
}

function isFuture(context: ArticleContext, first: number, last: number): boolean {
  const { resources } = context;
  const cues = resources.phrases.futureCues;
  return [first - 1, first - 2, last + 1].some((k) => k >= 0 && !!matchIn(context, cues, k));
}

/** [day] month [year], the month a name from either Arabic series or English. */
function explicitDate(
  context: ArticleContext,
  i: number,
  publishedAt: string | null,
): DayMention | undefined {
  const { tokens, resources } = context;
  const dayToken = tokens[i]?.key ?? '';
  if (!/^\d{1,2}$/.test(dayToken)) return undefined;
  const month = matchIn(context, resources.months, i + 1);
  if (!month) return undefined;
  const yearToken = tokens[month.last + 1]?.key ?? '';
  const hasYear = /^\d{4}$/.test(yearToken);
  const monthNumber = month.values[0] ?? 1;
  const year = hasYear ? Number(yearToken) : yearBefore(publishedAt, monthNumber, Number(dayToken));
  const last = hasYear ? month.last + 1 : month.last;
  if (year === null) return { first: i, last, date: null, when: `${monthNumber}-${dayToken}` };
  const date = isoDate(Date.UTC(year, monthNumber - 1, Number(dayToken)));
  return { first: i, last, date, when: date };
}

/** The year that puts a month and day on or before publication. */
function yearBefore(publishedAt: string | null, month: number, day: number): number | null {
  if (!publishedAt) return null;
  const published = new Date(`${publishedAt}T00:00:00Z`);
  const year = published.getUTCFullYear();
  return Date.UTC(year, month - 1, day) > published.getTime() ? year - 1 : year;
}

function shiftToWeekday(publishedAt: string, weekday: number, future: boolean): string {
  const published = new Date(`${publishedAt}T00:00:00Z`);
  const today = published.getUTCDay();
  const offset = future ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7);
  return addDays(publishedAt, offset);
}

function addDays(isoDay: string, days: number): string {
  return isoDate(new Date(`${isoDay}T00:00:00Z`).getTime() + days * DAY_MS);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Gives each event the date nearest to its trigger in its clause; dates in a
 * clause of their own date the sentence's undated events.
 */
export function attachDates(context: ArticleContext, events: EventMention[], dates: DateMention[]): void {
  for (const date of dates.filter((d) => !d.weak)) {
    const nearest = nearestInClause(context, events, date);
    if (nearest) setDate(nearest, date);
  }
  for (const date of dates.filter((d) => d.weak)) {
    const nearest = nearestInClause(
      context,
      events.filter((e) => !e.when),
      date,
    );
    if (nearest) setDate(nearest, date);
  }
  for (const date of dates.filter((d) => isDateOnlyClause(context, d))) {
    const sentence = context.tokens[date.first]?.sentence;
    for (const event of events) if (event.sentence === sentence && !event.when) setDate(event, date);
  }
}

function nearestInClause(context: ArticleContext, events: EventMention[], date: DateMention) {
  const inClause = events.filter((e) => e.clause === context.tokens[date.first]?.clause);
  return inClause.sort((a, b) => distance(a, date) - distance(b, date))[0];
}

function setDate(event: EventMention, date: DateMention): void {
  event.date = date.date;
  event.when = date.when;
  event.weaklyDated = date.weak;
}

function distance(event: EventMention, date: DateMention): number {
  return date.first > event.last ? date.first - event.last : event.first - date.last;
}

function isDateOnlyClause(context: ArticleContext, date: DateMention): boolean {
  return clauseStart(context, date.first) === date.first && clauseLast(context, date.first) === date.last;
}
