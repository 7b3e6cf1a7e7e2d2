/**
 * Entity linking: gazetteer names matched longest first over the tokens, with
 * clitics and nisba forms; compound bodies ("الدفاع الأذربيجانية") before their
 * parts; capitals read as their state or as a city by context. Names nested in a
 * longer name are kept as nested mentions (the state inside "قوات حفظ السلام
 * الروسية"), but only top-level mentions take part in events.
 */
import { entityId } from '../gazetteer/ids.js';
import type { EntityType, PlaceKind } from '../model/report.js';
import type { PhraseMatch } from './phrase-index.js';
import type { ExtractionResources, KnownEntity, NameCandidate } from './resources.js';
import { romanize } from './romanize.js';
import { isLatinWord, offsetAfterPrefix, type Token, type TokenizedText } from './tokens.js';

export interface EntityMention {
  entity: KnownEntity;
  /** First and last token of the mention. */
  first: number;
  last: number;
  /** Offsets in the original text, clitic excluded. */
  start: number;
  end: number;
  text: string;
  /** A nisba adjective: it qualifies the word before it. */
  adjectival: boolean;
  /** Inside a longer mention of another entity. */
  nested: boolean;
  /** A definite noun standing for an actor named before ("الحركة"): no surface form of the entity. */
  anaphor?: boolean;
  /** Other surface forms of the entity here, such as the name with its honorific ("الملا محمد يعقوب"). */
  aliases?: string[];
}

/** Every gazetteer and compound mention of the text, nested ones flagged. */
export function linkEntities(text: TokenizedText, resources: ExtractionResources): EntityMention[] {
  const found: EntityMention[] = [];
  for (let i = 0; i < text.tokens.length; i++) {
    const listed = resources.names.matchAt(text.tokens, i);
    const mention =
      compoundAt(text, i, listed, resources) ??
      stateFirstCompoundAt(text, i, listed, resources) ??
      nameAt(text, i, listed, resources);
    const facility = mention ? undefined : facilityAt(text, i, resources);
    if (facility) found.push(facility);
    if (mention) found.push(mention);
  }
  return flagNested(found).map((m) => (m.nested ? asStateInsideName(m, resources) : m));
}

const FACILITY_SITES: readonly PlaceKind[] = ['CITY', 'TOWN', 'REGION', 'AREA'];

/** "مطار صنعاء", "معسكر الكاظمية": a facility head word before a town names a facility of that town. */
function facilityAt(
  text: TokenizedText,
  i: number,
  resources: ExtractionResources,
): EntityMention | undefined {
  const head = resources.facilityHeads.matchAt(text.tokens, i);
  if (!head) return undefined;
  const site = resources.names.matchAt(text.tokens, head.last + 1);
  const place = site?.prefixLength === 0 ? site.values.find((c) => c.entity.type === 'PLACE') : undefined;
  if (!site || !place || !FACILITY_SITES.includes(place.entity.kind as PlaceKind))
    return namedFacilityAt(text, i, head, resources);
  const name = `${place.entity.name} ${head.values[0] ?? ''}`.trim();
  return mentionOf(text, facilityNamed(name, place.entity.name), i, site.last, head.prefixLength, false);
}

const QUOTE_OPENS = /["«“]/;
const ARTICLE = 'ال';
const MAX_QUOTED_WORDS = 4;

/**
 * 'فندق "حياة"'، 'متجر "إبيتسنتر"'، "المستشفى السعودي": a facility head with a quoted
 * name, or a definite head with a state's adjective, names a facility.
 */
function namedFacilityAt(
  text: TokenizedText,
  i: number,
  head: PhraseMatch<string>,
  resources: ExtractionResources,
): EntityMention | undefined {
  const headWord = head.values[0] ?? '';
  if (head.last !== i) return undefined;
  const quoted = quotedNameAfter(text, head.last);
  const nameFirst = head.last + 1;
  const nisba = resources.names.matchAt(text.tokens, nameFirst);
  const state =
    nisba?.prefixLength === 0 && nisba.values.find((c) => c.adjectival && c.entity.kind === 'STATE');
  const last = quoted?.last ?? nisba?.last ?? nameFirst;
  const surface = text.original.slice(text.tokens[nameFirst]?.start, text.tokens[last]?.end);
  const headIsDefinite = (text.tokens[i]?.key ?? '').slice(0, head.prefixLength).endsWith(ARTICLE);
  // "المستشفى السعودي"، "مستشفى السعودي"، 'مستشفى "السعودي"': a definite state adjective names the facility;
  // an indefinite one only describes it ("مستشفى سعودي").
  if (
    state &&
    nisba &&
    (!quoted || quoted.last === nisba.last) &&
    text.tokens[nameFirst]?.key.startsWith(ARTICLE)
  ) {
    const prefixLength = headIsDefinite ? head.prefixLength - ARTICLE.length : head.prefixLength;
    const mention = mentionOf(
      text,
      facilityNamed(`${state.entity.name} ${headWord}`, null),
      i,
      last,
      prefixLength,
      false,
    );
    return quoted ? { ...mention, aliases: [surface] } : mention;
  }
  if (!quoted) return undefined;
  const name = `${romanize(surface, resources.files.morphology.transliteration)} ${headWord}`;
  const mention = mentionOf(text, facilityNamed(name, null), i, quoted.last, head.prefixLength, false);
  return { ...mention, aliases: [surface] };
}

/** The words between quotes right after token `last`, a few at most. */
function quotedNameAfter(text: TokenizedText, last: number): { first: number; last: number } | undefined {
  const first = last + 1;
  if (!QUOTE_OPENS.test(text.tokens[first]?.punctBefore ?? '')) return undefined;
  for (let k = first + 1; k <= first + MAX_QUOTED_WORDS; k++) {
    const between = text.tokens[k]?.punctBefore ?? '';
    if (/["»”]/.test(between) || !text.tokens[k]) return { first, last: k - 1 };
    if (between !== '' || text.tokens[k]?.sentence !== text.tokens[first]?.sentence) return undefined;
  }
  return undefined;
}

function facilityNamed(name: string, partOf: string | null): KnownEntity {
  return { id: entityId('PLACE', name), name, type: 'PLACE', kind: 'FACILITY', memberOf: null, partOf };
}

/** "المقاومة الإسلامية في العراق", "جنوبي إسرائيل": a country inside a longer name is the state. */
function asStateInsideName(mention: EntityMention, resources: ExtractionResources): EntityMention {
  if (mention.entity.kind !== 'COUNTRY') return mention;
  const state = resources.gazetteer.byId(entityId('ACTOR', mention.entity.name));
  return state ? { ...mention, entity: state } : mention;
}

function nameAt(
  text: TokenizedText,
  i: number,
  match: PhraseMatch<NameCandidate> | undefined,
  resources: ExtractionResources,
): EntityMention | undefined {
  if (!match) return undefined;
  const cued = match.prefixLength === 0 && !!placeWordBefore(text.tokens, i, resources);
  const written = text.original.slice(text.tokens[i]?.start, text.tokens[match.last]?.end);
  const candidates = match.values.filter(
    (c) => (!c.needsCue || cued) && (!c.acronym || c.acronym === written),
  );
  if (candidates.length === 0) return undefined;
  const candidate = chooseCandidate(candidates, text.tokens, i, match.last, resources);
  const country = candidate.adjectival
    ? territoryOf(text.tokens, i, match.last, candidate.entity, resources)
    : null;
  if (country) return mentionOf(text, country, i, match.last, match.prefixLength, false);
  const full = mentionOf(text, candidate.entity, i, match.last, match.prefixLength, candidate.adjectival);
  const name = nameAfterDescriptor(text.tokens, i, match.last, candidate.entity, resources);
  if (!name) return full;
  // The described form stays an alias: "الحركة" later refers back to "حركة طالبان".
  return {
    ...mentionOf(text, candidate.entity, name.first, match.last, name.prefixLength, false),
    aliases: [full.text],
  };
}

/**
 * "صحيفة الأهرام", "لوكالة فرانس برس", "صحيفة الشرق الأوسط": where the listed name opens with a word
 * that only describes the body and the rest is a listed name of the body too, or of the place an
 * outlet is named after, the mention is that rest ("قناة السويس" stays whole: the canal is no outlet).
 */
function nameAfterDescriptor(
  tokens: readonly Token[],
  i: number,
  last: number,
  entity: KnownEntity,
  resources: ExtractionResources,
): { first: number; prefixLength: number } | undefined {
  const head = resources.phrases.descriptorHeads.matchAt(tokens, i);
  if (!head || head.last >= last) return undefined;
  const rest = resources.names.matchAt(tokens, head.last + 1);
  if (rest?.last !== last) return undefined;
  const named = entity.kind === 'MEDIA' || rest.values.some((c) => c.entity.id === entity.id);
  return named ? { first: head.last + 1, prefixLength: rest.prefixLength } : undefined;
}

/** "الأراضي التركية"، "Turkish territory": a state's adjective on a territory noun names its country, the place. */
function territoryOf(
  tokens: readonly Token[],
  i: number,
  last: number,
  state: KnownEntity,
  resources: ExtractionResources,
): KnownEntity | null {
  const { territoryNouns } = resources.phrases;
  const before = [i - 1, i - 2].some((k) => k >= 0 && territoryNouns.matchAt(tokens, k)?.last === i - 1);
  const after = !!territoryNouns.matchAt(tokens, last + 1);
  if (state.kind !== 'STATE' || !(before || after)) return null;
  return resources.gazetteer.byId(entityId('PLACE', state.name)) ?? null;
}

/** A place word right before token `i` in its clause ("بلدة طويلة", "قرب صور"). */
function placeWordBefore(tokens: readonly Token[], i: number, resources: ExtractionResources) {
  const cues = resources.phrases.commonNamePlaceWords;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const cue = tokens[k]?.clause === tokens[i]?.clause ? cues.matchAt(tokens, k) : undefined;
    if (cue?.last === i - 1) return cue;
  }
  return undefined;
}

/**
 * A head word ("الجيش", "الدفاع") followed by a state's name or nisba names
 * that state's body, unless a listed name reaches as far; a locative head also
 * after في ("المجلس العسكري الحاكم في ميانمار").
 */
function compoundAt(
  text: TokenizedText,
  i: number,
  listed: PhraseMatch<NameCandidate> | undefined,
  resources: ExtractionResources,
): EntityMention | undefined {
  const head = resources.compoundHeads.matchAt(text.tokens, i);
  if (!head) return undefined;
  const rule = head.values[0] ?? 0;
  const locative =
    resources.files.entityContext.compounds[rule]?.locative && isIn(text.tokens[head.last + 1]);
  const state = resources.names.matchAt(text.tokens, head.last + (locative ? 2 : 1));
  if (!state || (listed && listed.last >= state.last)) return undefined;
  const stateCandidate = state.values.find((c) => c.entity.kind === 'STATE');
  if (!stateCandidate || state.prefixLength > 0) return undefined;
  const feminine = (text.tokens[state.last]?.key ?? '').endsWith('ه');
  if (resources.files.entityContext.compounds[rule]?.feminineOnly && !feminine && !locative) return undefined;
  const body = resources.compoundBodies.get(`${stateCandidate.entity.id}|${rule}`);
  return body ? mentionOf(text, body, i, state.last, head.prefixLength, false) : undefined;
}

function isIn(token: Token | undefined): boolean {
  return token?.key === 'في' || token?.key === 'in';
}

/** English names the state first: "Sudan's army", "Syrian presidency", "Beijing's foreign ministry". */
function stateFirstCompoundAt(
  text: TokenizedText,
  i: number,
  listed: PhraseMatch<NameCandidate> | undefined,
  resources: ExtractionResources,
): EntityMention | undefined {
  const stateCandidate = listed?.values.find((c) => c.entity.kind === 'STATE');
  if (!listed || !stateCandidate || !isLatinWord(text.tokens[i])) return undefined;
  let next = listed.last + 1;
  const possessive = text.tokens[next];
  if (possessive?.key === 's' && /['’]/.test(possessive.punctBefore)) next++;
  const head = resources.compoundHeads.matchAt(text.tokens, next);
  const body = head && resources.compoundBodies.get(`${stateCandidate.entity.id}|${head.values[0] ?? 0}`);
  return body ? mentionOf(text, body, i, head.last, 0, false) : undefined;
}

export function mentionOf(
  text: TokenizedText,
  entity: KnownEntity,
  first: number,
  last: number,
  prefixLength: number,
  adjectival: boolean,
): EntityMention {
  const firstToken = text.tokens[first] as Token;
  const start = offsetAfterPrefix(text.original, firstToken, prefixLength);
  const end = (text.tokens[last] as Token).end;
  return {
    entity,
    first,
    last,
    start,
    end,
    text: text.original.slice(start, end),
    adjectival,
    nested: false,
  };
}

/**
 * Picks among entities sharing a surface form: a capital that is also its state
 * by metonymy, a person whose name is also a nisba, else listed before derived.
 */
function chooseCandidate(
  candidates: NameCandidate[],
  tokens: readonly Token[],
  i: number,
  last: number,
  resources: ExtractionResources,
): NameCandidate {
  const [first] = candidates;
  if (candidates.length === 1 && first) return first;
  const media = candidates.find((c) => c.entity.kind === 'MEDIA');
  if (media && isDatelineSource(tokens, i)) return media;
  const facility = candidates.find((c) => c.entity.kind === 'FACILITY');
  if (facility && resources.phrases.facilityBefore.matchAt(tokens, i - 1)?.last === i - 1) return facility;
  const state = candidates.find((c) => c.entity.kind === 'STATE');
  const place = candidates.find((c) => c.entity.type === 'PLACE');
  if (state && place && !state.adjectival) {
    const defaultType =
      resources.files.entityContext.metonymy.defaultType[place.entity.kind as PlaceKind] ?? 'PLACE';
    const speaks = !!resources.claimCues.matchAt(tokens, last + 1) || actsNext(tokens, last + 1, resources);
    const type = speaks ? 'ACTOR' : (metonymyType(tokens, i, resources, place.entity.kind) ?? defaultType);
    return type === 'ACTOR' ? state : place;
  }
  const person = candidates.find((c) => c.entity.kind === 'PERSON');
  if (person && state && resources.files.entityContext.personPreferredAtClauseStart) {
    return startsClause(tokens, i) ? person : state;
  }
  const contextType = metonymyType(tokens, i, resources, '');
  const byContext = contextType && candidates.find((c) => c.entity.type === contextType && !c.derived);
  return (
    byContext ||
    candidates.find((c) => !c.derived && c.entity.kind === 'STATE') ||
    candidates.find((c) => !c.derived) ||
    (first as NameCandidate)
  );
}

/** "DOHA (AA) -"، "الخرطوم (أ ف ب) -": a name in brackets after the sentence's first word is the agency of a dateline. */
function isDatelineSource(tokens: readonly Token[], i: number): boolean {
  const place = tokens[i - 1];
  return !!place && tokens[i]?.punctBefore === '(' && place.sentence !== tokens[i - 2]?.sentence;
}

/** "كيغالي نشرتهم"، "Moscow launched": a capital right before the verb of an act is its state acting. */
function actsNext(tokens: readonly Token[], i: number, resources: ExtractionResources): boolean {
  return !!resources.triggers.matchAt(tokens, i)?.values.some((value) => 'verb' in value && value.verb);
}

function metonymyType(
  tokens: readonly Token[],
  i: number,
  resources: ExtractionResources,
  placeKind: string,
): EntityType | null {
  const first = firstOfPair(tokens, i);
  return (
    cueType(tokens, i, resources, placeKind) ??
    (first === null ? null : cueType(tokens, first, resources, placeKind))
  );
}

/** The type the words right before token `i` give a name: "في قطر" a place, "وسطاء من قطر" an actor. */
function cueType(
  tokens: readonly Token[],
  i: number,
  resources: ExtractionResources,
  placeKind: string,
): EntityType | null {
  const { actorBefore } = resources.phrases;
  const placeBefore =
    placeKind === 'COUNTRY' ? resources.phrases.countryPlaceBefore : resources.phrases.placeBefore;
  // The longer phrase decides: "وسطاء من قطر" names an actor though "من قطر" alone would name a place.
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const sameClause = tokens[k]?.clause === tokens[i]?.clause;
    if (sameClause && placeBefore.matchAt(tokens, k)?.last === i - 1) return 'PLACE';
    if (sameClause && actorBefore.matchAt(tokens, k)?.last === i - 1) return 'ACTOR';
  }
  return null;
}

/** "بين باكو ويريفان"، "في السودان وليبيا"، "in Sudan and Libya": the second of a pair of one-word names reads like the first. */
function firstOfPair(tokens: readonly Token[], i: number): number | null {
  if (tokens[i]?.key.startsWith('و') && tokens[i]?.punctBefore === '') return i - 1;
  return tokens[i - 1]?.key === 'and' && tokens[i - 1]?.punctBefore === '' ? i - 2 : null;
}

function startsClause(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const token = tokens[i];
  return !previous || !token || previous.clause !== token.clause || /["(]/.test(token.punctBefore);
}

/**
 * A region no state contains, inside an actor's name, is part of that name (الشام in هيئة تحرير
 * الشام, أفريقيا in جنوب أفريقيا); a state's region there is the actor's ground (تيغراي in جبهة تحرير شعب تيغراي).
 */
function isWorldRegionInName(mention: EntityMention, outer: EntityMention): boolean {
  const { entity } = mention;
  return (
    outer.entity.type === 'ACTOR' && entity.type === 'PLACE' && entity.kind !== 'COUNTRY' && !entity.partOf
  );
}

/** "جنوب السودان"، "Democratic Republic of Congo": a state's name holds no other state or country. */
function isCountryInCountryName(mention: EntityMention, outer: EntityMention): boolean {
  const isCountry = (m: EntityMention) => m.entity.kind === 'STATE' || m.entity.kind === 'COUNTRY';
  return isCountry(mention) && isCountry(outer) && !mention.adjectival;
}

/**
 * Marks mentions inside longer ones; a mention inside a longer mention of the same entity, a
 * world region inside an actor's name, or a country inside a country's name, is dropped.
 */
function flagNested(mentions: EntityMention[]): EntityMention[] {
  const kept: EntityMention[] = [];
  // Mentions come one per start token, in text order: a mention's container is the one reaching furthest before it.
  let reach: EntityMention | undefined;
  for (const mention of mentions) {
    const outer = reach && reach.last >= mention.last ? reach : undefined;
    if (!outer || outer.last < mention.last) reach = mention;
    const partOfName =
      outer && (isWorldRegionInName(mention, outer) || isCountryInCountryName(mention, outer));
    if (outer && (outer.entity.id === mention.entity.id || partOfName)) continue;
    kept.push({ ...mention, nested: !!outer });
  }
  return kept;
}

/** Mentions that take part in events: not nested in a longer name. */
export function topLevel(mentions: EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !m.nested);
}
