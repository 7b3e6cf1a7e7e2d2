/**
 * Date expressions resolved against the publication date: weekdays (the latest
 * such day on or before publication, or the next one in future context),
 * relative days (اليوم، أمس، غدا), nights (ليل السبت الأحد) and explicit dates
 * with Arabic (Levantine, Egyptian or Maghrebi) or English month names, a day
 * and month without a year being the nearest such date to publication. Dates
 * attach to the nearest event trigger of their clause; a clause holding only a
 * date ("والخميس،") dates its sentence. A date between a reporting verb and
 * what it reports is the time of the words, a day after publication or in a
 * future clause is still to come, and the day an accord takes effect is not the
 * day it was reached: such a weak date dates only an event with no other date
 * in its clause, and yields to a firm one on merging.
 */
import {
  type ArticleContext,
  clauseLast,
  clauseStart,
  type EventMention,
  eventTypesAt,
  matchIn,
  sameClause,
} from './context.js';
import type { PhraseIndex } from './phrase-index.js';

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
    const previous = found[found.length - 1]?.date ?? null;
    const mention = dateAt(context, i, publishedAt) ?? countedDays(context, i, publishedAt, previous);
    if (!mention) continue;
    const ahead = !!publishedAt && !!mention.date && mention.date > publishedAt;
    const { futureCues, effectCues } = context.resources.phrases;
    const aside =
      clauseHas(context, mention.first, futureCues) || clauseHas(context, mention.first, effectCues);
    found.push({ ...mention, weak: ahead || aside || inSpeechPhrase(context, mention) });
    i = mention.last;
  }
  return found;
}

/**
 * A cue in the clause of token `i`: a future one ("المحادثات ستستأنف اليوم"), or
 * an accord taking effect ("دخل الاتفاق حيز التنفيذ فجر اليوم"), not when it was reached.
 */
function clauseHas(context: ArticleContext, i: number, cues: PhraseIndex<true>): boolean {
  for (let k = clauseStart(context, i); k <= clauseLast(context, i); k++)
    if (matchIn(context, cues, k)) return true;
  return false;
}

/**
 * A reporting cue before the date in its clause with no complementizer or
 * trigger between ("أعلن X اليوم الأحد أن"), unless what is reported is a deed
 * named by a noun ("أعلن X اليوم التوصل إلى اتفاق": announced the day it was reached).
 */
function inSpeechPhrase(context: ArticleContext, date: DayMention): boolean {
  const { resources } = context;
  for (let k = date.first - 1; k >= 0 && sameClause(context, k, date.first); k--) {
    if (matchIn(context, resources.phrases.speakerEnds, k)) return false;
    if (matchIn(context, resources.claimCues, k)) return !reportsNamedDeed(context, date.last + 1);
    if (eventTypesAt(context, k).length > 0) return false;
  }
  return false;
}

/** The reported thing right after the date is a nominal trigger ("التوصل إلى اتفاق"). */
function reportsNamedDeed(context: ArticleContext, i: number): boolean {
  const trigger = context.mentionAtToken.has(i) ? undefined : matchIn(context, context.resources.triggers, i);
  const kinds = trigger?.values.filter((v) => 'type' in v) ?? [];
  return kinds.length > 0 && kinds.every((v) => !v.verb);
}

/**
 * A count of days before publication ("قبل يومين", "three days ago") or from
 * the date told last ("Two days earlier", "a week later").
 */
function countedDays(
  context: ArticleContext,
  i: number,
  publishedAt: string | null,
  previous: string | null,
): DayMention | undefined {
  const { resources } = context;
  const before = matchIn(context, resources.phrases.countsAgo, i);
  const count = matchIn(context, resources.dayCounts, before ? before.last + 1 : i);
  if (!count) return undefined;
  const days = count.values[0] ?? 0;
  const ago = before ? undefined : matchIn(context, resources.phrases.countsAgo, count.last + 1);
  if (before && matchIn(context, resources.phrases.ordinalJoiners, count.last + 1)) return undefined;
  if (before || ago) {
    const date = publishedAt ? addDays(publishedAt, -days) : null;
    return { first: i, last: ago?.last ?? count.last, date, when: date ?? `relative:${-days}` };
  }
  const fromLast = matchIn(context, resources.countsFromLastDate, count.last + 1);
  if (!fromLast || !previous) return undefined;
  const date = addDays(previous, (fromLast.values[0] ?? 0) * days);
  return { first: i, last: fromLast.last, date, when: date };
}

/**
 * A date expression at token `i`: parts of the day (مساء يوم), a relative day
 * (أمس), one weekday or a night's two (ليل السبت الأحد), a day of the month; an
 * explicit day wins over the weekday that names it, a relative day over its weekday.
 */
function dateAt(context: ArticleContext, i: number, publishedAt: string | null): DayMention | undefined {
  const { resources } = context;
  let k = i;
  let night = false;
  for (
    let part = matchIn(context, resources.dayParts, k);
    part;
    part = matchIn(context, resources.dayParts, k)
  ) {
    night ||= part.values.includes('night');
    k = part.last + 1;
  }
  const relative = matchIn(context, resources.relativeDays, k);
  if (relative && matchIn(context, resources.phrases.notDates, k)) return undefined;
  if (relative) k = relative.last + 1;
  const weekday = weekdayAt(context, k, night);
  if (weekday) k = weekday.last + 1;
  const explicit = explicitDate(context, k, publishedAt);
  if (explicit) return { ...explicit, first: i };
  const last = weekday?.last ?? relative?.last;
  if (relative && last !== undefined) {
    const offset = relative.values[0] ?? 0;
    const date = publishedAt ? addDays(publishedAt, offset) : null;
    return { first: i, last, date, when: date ?? `relative:${offset}` };
  }
  if (!weekday) return undefined;
  const future = isFuture(context, i, weekday.last);
  const date = publishedAt ? shiftToWeekday(publishedAt, weekday.day, future) : null;
  return { first: i, last: weekday.last, date, when: date ?? `weekday:${weekday.day}` };
}

/** A weekday, or after a night word the second of two days in a row ("ليلة السبت إلى الأحد"). */
function weekdayAt(
  context: ArticleContext,
  i: number,
  night: boolean,
): { day: number; last: number } | undefined {
  const { resources } = context;
  const first = matchIn(context, resources.weekdays, i);
  if (!first) return undefined;
  const day = first.values[0] ?? 0;
  if (!night) return { day, last: first.last };
  const joiner = matchIn(context, resources.phrases.weekdayJoiners, first.last + 1);
  const second = matchIn(context, resources.weekdays, (joiner?.last ?? first.last) + 1);
  const next = second?.values[0];
  return second && next === (day + 1) % 7 ? { day: next, last: second.last } : { day, last: first.last };
}

function isFuture(context: ArticleContext, first: number, last: number): boolean {
  const { resources } = context;
  const cues = resources.phrases.futureCues;
  return [first - 1, first - 2, last + 1].some((k) => k >= 0 && !!matchIn(context, cues, k));
}

/**
 * Day and month in either order ("19 كانون الثاني", "الثاني من نوفمبر", "October 7"),
 * a list of days giving its first ("يومي 11 و12 نوفمبر"), the month perhaps in
 * both series ("نوفمبر/تشرين الثاني"), then a year or a qualifier ("الماضي").
 */
function explicitDate(
  context: ArticleContext,
  i: number,
  publishedAt: string | null,
): DayMention | undefined {
  const { tokens, resources } = context;
  const dayFirst = dayOfMonth(context, i);
  let month = dayFirst && matchIn(context, resources.months, dayFirst.last + 1);
  let day = dayFirst?.day;
  if (!month) {
    month = capitalizedMonth(context, i);
    const after = month && dayOfMonth(context, month.last + 1);
    if (!month || !after?.numeric) return undefined;
    day = after.day;
    month = { ...month, last: after.last };
  }
  if (day === undefined) return undefined;
  const monthNumber = month.values[0] ?? 1;
  let last = month.last;
  const other = matchIn(context, resources.months, last + 1);
  if (other?.values.includes(monthNumber)) last = other.last;
  const yearToken = tokens[last + 1]?.key ?? '';
  const qualifier = matchIn(context, resources.monthQualifiers, last + 1);
  const year = /^\d{4}$/.test(yearToken)
    ? Number(yearToken)
    : resolveYear(publishedAt, monthNumber, day, qualifier?.values[0]);
  if (/^\d{4}$/.test(yearToken)) last++;
  else if (qualifier) last = qualifier.last;
  if (year === null) return { first: i, last, date: null, when: `${monthNumber}-${day}` };
  const date = isoDate(Date.UTC(year, monthNumber - 1, day));
  return { first: i, last, date, when: date };
}

/** A day of the month in digits or as an ordinal, with an optional "من"; a list ("11 و12") gives its first. */
function dayOfMonth(
  context: ArticleContext,
  i: number,
): { day: number; last: number; numeric: boolean } | undefined {
  const { tokens, resources } = context;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(tokens[i]?.key ?? '');
  if (digits) {
    let last = i;
    while (/^(?:و|and)?\d{1,2}$/.test(tokens[last + 1]?.key ?? '') || isAndBeforeDigits(context, last + 1))
      last++;
    const day = Number(digits[1]);
    const joiner = matchIn(context, resources.phrases.ordinalJoiners, last + 1);
    return day >= 1 && day <= 31 ? { day, last: joiner?.last ?? last, numeric: true } : undefined;
  }
  const ordinal = matchIn(context, resources.ordinalDays, i);
  if (!ordinal) return undefined;
  const joiner = matchIn(context, resources.phrases.ordinalJoiners, ordinal.last + 1);
  return { day: ordinal.values[0] ?? 1, last: joiner?.last ?? ordinal.last, numeric: false };
}

function isAndBeforeDigits(context: ArticleContext, i: number): boolean {
  const key = context.tokens[i]?.key;
  return (key === 'و' || key === 'and') && /^\d{1,2}$/.test(context.tokens[i + 1]?.key ?? '');
}

/** A month named before its day: English only, and capitalized ("May 5", not "may"). */
function capitalizedMonth(context: ArticleContext, i: number) {
  const token = context.tokens[i];
  const initial = token ? context.text.original.charAt(token.start) : '';
  if (!/[A-Z]/.test(initial)) return undefined;
  return matchIn(context, context.resources.months, i);
}

/**
 * The year of a day and month without one: the nearest such date to
 * publication, or the latest on or before it (-1), in its year (0), the first after it (1).
 */
function resolveYear(
  publishedAt: string | null,
  month: number,
  day: number,
  qualifier: number | undefined,
): number | null {
  if (!publishedAt) return null;
  const published = Date.parse(`${publishedAt}T00:00:00Z`);
  const year = new Date(published).getUTCFullYear();
  if (qualifier === 0) return year;
  const fits = (ms: number) => (qualifier === -1 ? ms <= published : qualifier === 1 ? ms > published : true);
  const [nearest] = [year - 1, year, year + 1]
    .filter((y) => fits(Date.UTC(y, month - 1, day)))
    .sort(
      (a, b) =>
        Math.abs(Date.UTC(a, month - 1, day) - published) - Math.abs(Date.UTC(b, month - 1, day) - published),
    );
  return nearest ?? year;
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
 * Gives each event the date nearest to its trigger in its clause (a clause
 * with a date and no event gives it to the nearest undated event of its
 * sentence); dates in a clause of their own date the sentence's undated
 * events; then undated events take a date told elsewhere (`inheritDates`).
 */
export function attachDates(
  context: ArticleContext,
  events: EventMention[],
  dates: DateMention[],
  publishedAt: string | null,
): void {
  const distances = new Map<EventMention, number>();
  for (const date of dates.filter((d) => !d.weak)) {
    const nearest = nearestInClause(context, events, date);
    if (!nearest || distance(nearest, date) >= (distances.get(nearest) ?? Number.POSITIVE_INFINITY)) continue;
    distances.set(nearest, distance(nearest, date));
    setDate(nearest, date);
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
  for (const date of dates.filter((d) => !events.some((e) => e.clause === clauseOf(context, d)))) {
    const nearest = nearestTo(
      events.filter((e) => !e.when && e.sentence === context.tokens[date.first]?.sentence),
      date,
    );
    if (nearest) setDate(nearest, date);
  }
  shiftByDayLinks(context, events);
  inheritDates(context, events);
  dateStatementsByReport(events, publishedAt);
}

/**
 * "تبادلت كوسوفو وصربيا الاتهامات اليوم الاثنين غداة هجوم"، "وعقدت الجولة غداة هجوم": an event right
 * after a day link happened a day from the day its sentence tells (its own date taken from the
 * sentence, or the date of another event of the sentence).
 */
function shiftByDayLinks(context: ArticleContext, events: EventMention[]): void {
  for (const event of events) {
    const link = [event.first - 1, event.first - 2]
      .map((k) => (k >= 0 ? matchIn(context, context.resources.dayLinks, k) : undefined))
      .find((m) => m?.last === event.first - 1);
    const offset = link?.values[0];
    if (offset === undefined) continue;
    const told = event.date
      ? event
      : events.find((e) => e !== event && e.sentence === event.sentence && e.date);
    if (!told?.date) continue;
    event.date = addDays(told.date, offset);
    event.when = event.date;
    event.weaklyDated = false;
  }
}

/** A statement, appeal or warning the report dates nowhere was made on the day of the report (a weak date). */
function dateStatementsByReport(events: EventMention[], publishedAt: string | null): void {
  if (!publishedAt) return;
  const day = publishedAt.slice(0, 10);
  for (const event of events.filter((e) => e.type === 'STATEMENT' && !e.when)) {
    event.date = day;
    event.when = day;
    event.weaklyDated = true;
  }
}

/**
 * Undated events take the date of the same occurrence told elsewhere: talks
 * and the accord they produced in one sentence share a day ("اتفق الوفدان
 * اليوم ... في ختام محادثات"); a headline's event is the one the body dates
 * first, of its type or else of any; a definite noun ("الهجوم") the last
 * dated mention before it with the same head word.
 */
function inheritDates(context: ArticleContext, events: EventMention[]): void {
  const partners = context.resources.files.dates.sameDay;
  const headline = context.tokens.find((t) => context.isBody(t.index))?.sentence;
  const passes: ((event: EventMention, firm: EventMention[]) => EventMention | undefined)[] = [
    (event, firm) =>
      nearestByToken(
        firm.filter(
          (e) =>
            e.sentence === event.sentence &&
            partners[event.type]?.includes(e.type) &&
            (linkedAsOrigin(context, e) || linkedAsOrigin(context, event)),
        ),
        event.first,
      ),
    (event, firm) =>
      event.sentence === headline
        ? (firm.find((e) => e.type === event.type && e.sentence !== headline) ??
          firm.find((e) => e.sentence !== headline))
        : undefined,
    (event, firm) => antecedent(context, event, firm),
  ];
  for (const pass of passes) {
    const firm = events.filter((e) => e.when && !e.weaklyDated).sort((a, b) => a.first - b.first);
    for (const event of events.filter((e) => !e.when)) {
      const source = pass(event, firm);
      if (source) copyDate(event, source);
    }
  }
}

/** Talks named as where an accord came from ("في ختام محادثات", "إثر محادثات"), not as what is agreed on. */
function linkedAsOrigin(context: ArticleContext, event: EventMention): boolean {
  const links = context.resources.phrases.originLinks;
  return [event.first - 1, event.first - 2, event.first - 3].some((k) => {
    const link = k >= 0 ? matchIn(context, links, k) : undefined;
    return !!link && link.last >= event.first - 2;
  });
}

/** For a definite event noun, the last firmly dated mention before it of the same type and head word. */
function antecedent(
  context: ArticleContext,
  event: EventMention,
  firm: EventMention[],
): EventMention | undefined {
  const stem = definiteStem(context, event);
  if (!stem) return undefined;
  return firm.find((e) => e.type === event.type && e.first < event.first && headIs(context, e, stem));
}

/** The noun after the article of a nominal trigger ("الضربات" → "ضربات", "the attack" → "attack"). */
function definiteStem(context: ArticleContext, event: EventMention): string | undefined {
  if (event.verbal) return undefined;
  const key = context.tokens[event.first]?.key ?? '';
  if (context.tokens[event.first - 1]?.key === 'the') return key;
  const article = context.resources.files.morphology.article
    .filter((prefix) => key.startsWith(prefix) && key.length > prefix.length + 1)
    .sort((a, b) => b.length - a.length)[0];
  return article ? key.slice(article.length) : undefined;
}

/** The trigger's first word is the stem, bare or with the article, a one- or two-letter clitic ("بهجوم") or the accusative ending ("هجوما"). */
function headIs(context: ArticleContext, event: EventMention, stem: string): boolean {
  const bare = (context.tokens[event.first]?.key ?? '').replace(/ا$/, '');
  return definiteStem(context, event) === stem || (bare.endsWith(stem) && bare.length - stem.length <= 2);
}

function copyDate(event: EventMention, source: EventMention): void {
  event.date = source.date;
  event.when = source.when;
  event.weaklyDated = false;
}

function clauseOf(context: ArticleContext, date: DateMention): number | undefined {
  return context.tokens[date.first]?.clause;
}

function nearestInClause(context: ArticleContext, events: EventMention[], date: DateMention) {
  return nearestTo(
    events.filter((e) => e.clause === clauseOf(context, date)),
    date,
  );
}

function nearestTo(events: EventMention[], date: DateMention): EventMention | undefined {
  return [...events].sort((a, b) => distance(a, date) - distance(b, date))[0];
}

function nearestByToken(events: EventMention[], i: number): EventMention | undefined {
  return [...events].sort((a, b) => Math.abs(a.first - i) - Math.abs(b.first - i))[0];
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
