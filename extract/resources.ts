/**
 * Compiles the gazetteer and the lexicon files once into phrase indexes, so that
 * extracting an article never builds a pattern or scans the gazetteer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityId } from '../gazetteer/ids.js';
import { type Gazetteer, loadGazetteer, surfaceForms } from '../gazetteer/load.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { EventType, Stance } from '../model/report.js';
import {
  type AnaphorGroup,
  type Bilingual,
  bothLanguageEntries,
  bothLanguages,
  type CompoundRule,
  type DayPart,
  type EventsFile,
  type LexiconFiles,
  type MorphologyFile,
  type NameWord,
  type RoleCue,
} from './lexicon-files.js';
import { nisbaForms } from './nisba.js';
import { matchKey } from './normalize.js';
import { CliticReader, PhraseIndex } from './phrase-index.js';
import type { Token } from './tokens.js';

export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../seed/lexicons', import.meta.url));

/** An entity the linker can point to: a gazetteer entry, a derived body or a discovered person. */
export type KnownEntity = Pick<GazetteerEntry, 'id' | 'name' | 'type' | 'kind' | 'memberOf' | 'partOf'>;

export interface NameCandidate {
  entity: KnownEntity;
  /** Derived by rule (a nisba form) rather than listed in the gazetteer. */
  derived: boolean;
  /** The form is an adjective (nisba), so it modifies the word before it. */
  adjectival: boolean;
  /** The form is also an ordinary word (صور، طويلة): it names the place only after a place word. */
  needsCue?: boolean;
  /** The form is an acronym (US, UN): it names the entity only written in capitals ("us" is a pronoun). */
  acronym?: string;
}

export type PersonCue = 'title' | 'list' | 'group' | 'institution' | 'media' | 'company';

export type TriggerValue = { type: EventType; verb: boolean } | { blocked: true };
export type ClaimValue =
  | { stance: Stance }
  | { accusation: true }
  | { relay: true }
  | { characterization: true }
  | { reaction: true }
  | { suspension: true };

export interface ExtractionResources {
  gazetteer: Gazetteer;
  files: LexiconFiles;
  names: PhraseIndex<NameCandidate>;
  compoundHeads: PhraseIndex<number>;
  /** Words that introduce a person (a title), a list of persons, or a group. */
  personCues: PhraseIndex<PersonCue>;
  /** The body a compound rule names for a state: `${stateId}|${ruleIndex}`. */
  compoundBodies: Map<string, KnownEntity>;
  triggers: PhraseIndex<TriggerValue>;
  roleCues: PhraseIndex<RoleCue>;
  claimCues: PhraseIndex<ClaimValue>;
  /** Head words of facilities named after their town (مطار → Airport). */
  facilityHeads: PhraseIndex<string>;
  /** Anaphoric group nouns, each with the match key of its head word (الحركة → حركه). */
  anaphors: PhraseIndex<Anaphor>;
  phrases: Record<CueSet, PhraseIndex<true>>;
  markers: Record<Marker, PhraseIndex<true>>;
  /** Match keys of whole lines that are page furniture. */
  boilerplateLines: Set<string>;
  numbers: Map<string, number>;
  /** Name words by match key: given and family names with their English spelling. */
  nameWords: Map<string, NameWord>;
  /** Match keys of frequent ordinary words (ordinary-words.txt). */
  ordinaryWords: Set<string>;
  /** The most frequent of them (personCues.frequentWords first lines): they never start a name. */
  frequentWords: Set<string>;
  /** Words before الله in a compound name, by match key, with the English spelling of the pair. */
  allahCompounds: Map<string, string>;
  /** Connectors of a name chain (بن، آل، عبد) by match key, with their English form. */
  nameConnectors: Map<string, string>;
  /** Stop words as written (diacritics aside): على must not hide the name علي. */
  writtenStopWords: Set<string>;
  weekdays: PhraseIndex<number>;
  relativeDays: PhraseIndex<number>;
  months: PhraseIndex<number>;
  dayParts: PhraseIndex<DayPart>;
  ordinalDays: PhraseIndex<number>;
  monthQualifiers: PhraseIndex<number>;
  dayCounts: PhraseIndex<number>;
  countsFromLastDate: PhraseIndex<number>;
  dayLinks: PhraseIndex<number>;
}

export type Marker = keyof LexiconFiles['segmentation']['markers'];

export type CueSet =
  | 'actorBefore'
  | 'placeBefore'
  | 'countryPlaceBefore'
  | 'facilityBefore'
  | 'territoryNouns'
  | 'descriptorHeads'
  | 'irrealisCues'
  | 'withdrawnFrom'
  | 'keptWithTarget'
  | 'operationNamedBy'
  | 'delegationHeads'
  | 'placeCues'
  | 'placeNamedBy'
  | 'casualtyNouns'
  | 'victimCues'
  | 'victimLinks'
  | 'deadNouns'
  | 'sideWords'
  | 'conjunctions'
  | 'speakerEnds'
  | 'scopeBreakers'
  | 'affiliationModifiers'
  | 'patronsBefore'
  | 'patronsHyphenated'
  | 'reportNouns'
  | 'auxiliaries'
  | 'issuedBy'
  | 'futureCues'
  | 'effectCues'
  | 'originLinks'
  | 'notDates'
  | 'weekdayJoiners'
  | 'ordinalJoiners'
  | 'countsAgo'
  | 'titles'
  | 'personRoles'
  | 'organizationHeads'
  | 'nonPersonHeads'
  | 'nonPersonTails'
  | 'honorifics'
  | 'nonNewsCues'
  | 'agencyCues'
  | 'agencyWords'
  | 'tagJoiners'
  | 'chromeLines'
  | 'dateLineWords'
  | 'bylineCues'
  | 'mediaTags'
  | 'lineContinuations'
  | 'spokespersonFor'
  | 'delegateSideCues'
  | 'sideNouns'
  | 'companions'
  | 'mediationWords'
  | 'authorNouns'
  | 'brokeredBy'
  | 'forceNouns'
  | 'hostVerbs'
  | 'undergoVerbs'
  | 'passiveAuxiliaries'
  | 'undergoneBy'
  | 'commonNamePlaceWords'
  | 'spokespersonForSpeaker'
  | 'postposers'
  | 'postposedCues'
  | 'timeAdjuncts'
  | 'accusationParticiples'
  | 'spokespersonNouns'
  | 'toldVerbs';

const NAME_WORDS_FILE = 'name-words.tsv';
const ORDINARY_WORDS_FILE = 'ordinary-words.txt';

const LEXICON_FILES: Record<Exclude<keyof LexiconFiles, 'nameWords' | 'ordinaryWords'>, string> = {
  morphology: 'morphology.json',
  segmentation: 'segmentation.json',
  events: 'events.json',
  roles: 'roles.json',
  claims: 'claims.json',
  dates: 'dates.json',
  personCues: 'person-cues.json',
  entityContext: 'entity-context.json',
};

/** Reads the gazetteer and the lexicons: the only file access of the extractor. */
export function loadExtractionResources(
  lexiconDir = DEFAULT_LEXICON_DIR,
  gazetteerDir?: string,
): ExtractionResources {
  const gazetteer = gazetteerDir ? loadGazetteer(gazetteerDir) : loadGazetteer();
  return compileResources(gazetteer, loadLexiconFiles(lexiconDir));
}

/** The lexicon files of a folder, parsed. */
export function loadLexiconFiles(lexiconDir = DEFAULT_LEXICON_DIR): LexiconFiles {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(lexiconDir, file), 'utf8'));
  const entries = Object.entries(LEXICON_FILES).map(([key, file]) => [key, read(file)]);
  const text = (file: string) => readFileSync(join(lexiconDir, file), 'utf8');
  const nameWords = parseNameWords(text(NAME_WORDS_FILE));
  const ordinaryWords = dataLines(text(ORDINARY_WORDS_FILE));
  return { ...Object.fromEntries(entries), nameWords, ordinaryWords } as LexiconFiles;
}

/** The lines of a data file that are neither empty nor `#` comments, trimmed. */
function dataLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** `word<TAB>English<TAB>common|noun` lines; `#` starts a comment line. */
export function parseNameWords(tsv: string): NameWord[] {
  return dataLines(tsv)
    .map((line) => {
      const [word = '', english = '', flag = ''] = line.split('\t');
      const usage = flag.trim();
      return {
        word: word.trim(),
        english: english.trim(),
        common: usage === 'common',
        noun: usage === 'noun',
      };
    })
    .filter((entry) => entry.word && entry.english);
}

/** Builds every index from already loaded data (tests pass their own). */
export function compileResources(gazetteer: Gazetteer, files: LexiconFiles): ExtractionResources {
  const clitics = new CliticReader(files.morphology.clitics);
  const withArticle = new CliticReader([
    ...files.morphology.clitics,
    ...files.morphology.article.map((prefix) => ({ prefix })),
  ]);
  const bare = new CliticReader();
  const set = (lists: Bilingual, withClitics: CliticReader = clitics) =>
    phraseIndex(bothLanguages(lists), () => true as const, withClitics);
  const ordinaryWords = new Set(files.ordinaryWords.map(matchKey));
  return {
    gazetteer,
    files,
    names: nameIndex(gazetteer, files, clitics, ordinaryWords),
    compoundHeads: compoundHeadIndex(files.entityContext.compounds, clitics),
    personCues: personCueIndex(files, clitics),
    compoundBodies: compoundBodies(gazetteer, files.entityContext.compounds),
    triggers: triggerIndex(files, withArticle),
    roleCues: roleCueIndex(files.roles.cues, clitics),
    claimCues: claimCueIndex(files, clitics),
    anaphors: anaphorIndex(files.entityContext.anaphors, files.entityContext.compounds, clitics),
    facilityHeads: recordIndex(files.entityContext.facilityHeads, withArticle),
    phrases: {
      actorBefore: set(files.entityContext.metonymy.actorBefore),
      placeBefore: set(files.entityContext.metonymy.placeBefore),
      countryPlaceBefore: set(files.entityContext.metonymy.countryPlaceBefore),
      facilityBefore: set(files.entityContext.metonymy.facilityBefore),
      territoryNouns: set(files.entityContext.metonymy.territoryNouns),
      descriptorHeads: set(files.entityContext.descriptorHeads),
      irrealisCues: set(files.events.irrealisCues),
      withdrawnFrom: set(files.events.withdrawnFrom, withArticle),
      keptWithTarget: set(ofAllTypes(files.events, 'keptWithTarget'), withArticle),
      operationNamedBy: set(ofAllTypes(files.events, 'namedBy'), bare),
      delegationHeads: set(files.roles.delegationHeads),
      placeCues: set(files.roles.placeCues),
      placeNamedBy: set(files.roles.placeNamedBy),
      casualtyNouns: set(files.roles.casualtyNouns, withArticle),
      victimCues: set(files.roles.victims.cues),
      victimLinks: set(files.roles.victims.links, bare),
      deadNouns: set(files.roles.victims.dead, withArticle),
      sideWords: set(files.roles.sideWords),
      conjunctions: set(files.roles.conjunctions, bare),
      speakerEnds: set(files.claims.speakerEnds),
      scopeBreakers: set(files.claims.scopeBreakers),
      affiliationModifiers: set(files.claims.affiliationModifiers),
      patronsBefore: set(files.roles.patrons.before),
      patronsHyphenated: set(files.roles.patrons.hyphenated, bare),
      reportNouns: set(files.claims.reportNouns),
      auxiliaries: set(files.claims.auxiliaries, bare),
      issuedBy: set(files.claims.issuedBy),
      futureCues: set(files.dates.futureCues),
      effectCues: set(files.dates.effectCues),
      originLinks: set(files.dates.originLinks, bare),
      notDates: set(files.dates.notDates),
      weekdayJoiners: set(files.dates.weekdayJoiners, bare),
      ordinalJoiners: set(files.dates.ordinalJoiners, bare),
      countsAgo: set(files.dates.countsAgo, bare),
      titles: set(files.personCues.titles),
      personRoles: set(files.personCues.roles),
      organizationHeads: set(files.personCues.organizationHeads),
      nonPersonHeads: set(files.personCues.nonPersonHeads),
      nonPersonTails: set(files.personCues.nonPersonTails, bare),
      honorifics: set(files.personCues.honorifics),
      nonNewsCues: set(files.segmentation.nonNewsCues, withArticle),
      agencyCues: set(files.segmentation.agencyCues),
      agencyWords: set(files.segmentation.agencyWords),
      tagJoiners: set(files.segmentation.tagJoiners, bare),
      chromeLines: set(files.segmentation.chromeLines, bare),
      dateLineWords: set(files.segmentation.dateLineWords, bare),
      bylineCues: set(files.segmentation.bylineCues, bare),
      mediaTags: set(files.segmentation.mediaTags, bare),
      lineContinuations: set(files.segmentation.lineContinuations, bare),
      spokespersonFor: set(files.claims.spokespersonFor, bare),
      delegateSideCues: set(files.roles.delegates.sideCues),
      sideNouns: set(files.roles.delegates.sideNouns),
      companions: set(files.roles.delegates.companions),
      mediationWords: set(files.roles.delegates.mediationWords),
      authorNouns: set(files.roles.authorNouns),
      brokeredBy: set(files.roles.brokeredBy, bare),
      forceNouns: set(files.roles.forceNouns),
      hostVerbs: set(files.roles.hostVerbs),
      undergoVerbs: set(files.roles.undergone.verbs),
      passiveAuxiliaries: set(files.roles.undergone.passiveAuxiliaries, bare),
      undergoneBy: set(files.roles.undergone.by, bare),
      commonNamePlaceWords: set(files.entityContext.commonNamePlaceWords),
      spokespersonForSpeaker: set(files.claims.spokespersonForSpeaker, bare),
      postposers: set(files.claims.postposers),
      postposedCues: set(files.claims.postposedCues),
      timeAdjuncts: set(files.claims.timeAdjuncts),
      accusationParticiples: set(files.claims.accusationParticiples),
      spokespersonNouns: set(files.claims.spokespersonNouns, bare),
      toldVerbs: set(files.claims.toldVerbs, bare),
    },
    markers: markerIndexes(files, clitics),
    boilerplateLines: new Set(bothLanguages(files.segmentation.boilerplateLines).map(matchKey)),
    nameWords: new Map(files.nameWords.map((entry) => [matchKey(entry.word), entry])),
    ordinaryWords,
    frequentWords: new Set(files.ordinaryWords.slice(0, files.personCues.frequentWords).map(matchKey)),
    allahCompounds: new Map(
      Object.entries(files.personCues.allahCompounds).map(([word, english]) => [matchKey(word), english]),
    ),
    nameConnectors: new Map(
      Object.entries(files.personCues.connectors).map(([word, english]) => [matchKey(word), english]),
    ),
    writtenStopWords: new Set(bothLanguages(files.personCues.stopWords).map(writtenForm)),
    numbers: new Map(bothLanguageEntries(files.roles.numberWords).map(([word, n]) => [matchKey(word), n])),
    weekdays: recordIndex(files.dates.weekdays, clitics),
    relativeDays: recordIndex(files.dates.relativeDays, clitics),
    months: recordIndex(files.dates.months, clitics),
    dayParts: recordIndex(files.dates.dayParts, clitics),
    ordinalDays: recordIndex(files.dates.ordinalDays, clitics),
    monthQualifiers: recordIndex(files.dates.monthQualifiers, bare),
    dayCounts: recordIndex(files.dates.dayCounts, clitics),
    countsFromLastDate: recordIndex(files.dates.countsFromLastDate, bare),
    dayLinks: recordIndex(files.dates.dayLinks, clitics),
  };
}

/** A month's or a weekday's name at token `i` (شباط، الأحد، Saturday). */
export function isDateWord(tokens: readonly Token[], i: number, resources: ExtractionResources): boolean {
  return !!resources.months.matchAt(tokens, i) || !!resources.weekdays.matchAt(tokens, i);
}

/** A word as written, without diacritics or tatweel, lower-cased. */
export function writtenForm(word: string): string {
  return word.replace(/[\u064B-\u065F\u0670\u0640]/g, '').toLowerCase();
}

function markerIndexes(files: LexiconFiles, clitics: CliticReader): Record<Marker, PhraseIndex<true>> {
  const entries = Object.entries(files.segmentation.markers).map(([marker, lists]) => [
    marker,
    phraseIndex(bothLanguages(lists), () => true as const, clitics),
  ]);
  return Object.fromEntries(entries) as Record<Marker, PhraseIndex<true>>;
}

/** What an anaphoric noun may stand for: its head word and the kinds of its group. */
export interface Anaphor {
  head: string;
  kinds: Set<string>;
  sameHead: boolean;
  /** The compound rule naming the same body of a state (الجيش → its armed forces), if any: key of `compoundBodies` with the state's id. */
  stateBody: number | null;
  alsoAdjective: boolean;
}

function anaphorIndex(
  groups: AnaphorGroup[],
  compounds: CompoundRule[],
  clitics: CliticReader,
): PhraseIndex<Anaphor> {
  const index = new PhraseIndex<Anaphor>(clitics);
  for (const group of groups) {
    const kinds = new Set<string>(group.kinds);
    for (const phrase of bothLanguages(group)) {
      const key = matchKey(phrase.replace(/^the /i, ''));
      const rule = compounds.findIndex((c) => bothLanguages(c).some((head) => matchKey(head) === key));
      index.add(phrase, {
        head: anaphorHead(phrase),
        kinds,
        sameHead: !!group.sameHead,
        stateBody: rule >= 0 ? rule : null,
        alsoAdjective: !!group.alsoAdjective,
      });
    }
  }
  return index;
}

function anaphorHead(phrase: string): string {
  return matchKey(phrase.replace(/^(ال|the )/i, '')).split(' ')[0] ?? '';
}

function phraseIndex<T>(phrases: string[], value: (phrase: string) => T, clitics: CliticReader) {
  const index = new PhraseIndex<T>(clitics);
  for (const phrase of phrases) index.add(phrase, value(phrase));
  return index;
}

function recordIndex<T>(records: Bilingual<Record<string, T>>, clitics: CliticReader) {
  const index = new PhraseIndex<T>(clitics);
  for (const [phrase, value] of bothLanguageEntries(records)) index.add(phrase, value);
  return index;
}

/** Listed forms first; nisba forms derived from state names only where no entry lists them. */
/**
 * Every surface form of the gazetteer, and the nisba forms of states derived
 * by rule; those derived from a city standing for its state (a capital) only
 * when they are not ordinary words (الرياضيات is not of Riyadh).
 */
function nameIndex(
  gazetteer: Gazetteer,
  files: LexiconFiles,
  clitics: CliticReader,
  ordinaryWords: Set<string>,
): PhraseIndex<NameCandidate> {
  const index = new PhraseIndex<NameCandidate>(clitics);
  for (const entry of gazetteer.entries) {
    const common = new Set((entry.commonWords ?? []).map(matchKey));
    for (const form of surfaceForms(entry)) {
      const adjectival = looksAdjectival(form, entry) && !namesCity(gazetteer, form);
      const acronym = isAcronym(form) ? form : undefined;
      index.add(form, {
        entity: entry,
        derived: false,
        adjectival,
        needsCue: common.has(matchKey(form)),
        acronym,
      });
    }
  }
  for (const entry of gazetteer.entries.filter((e) => e.type === 'ACTOR' && e.kind === 'STATE')) {
    const derived: NameCandidate = { entity: entry, derived: true, adjectival: true };
    for (const demonym of entry.demonyms ?? []) index.add(demonym, derived);
    for (const base of baseNames(entry)) {
      const city = gazetteer.lookup(base, 'PLACE').some((place) => place.kind === 'CITY');
      for (const form of nisbaForms([base], files.morphology.nisba))
        if (!city || !ordinaryWords.has(form)) index.add(form, derived);
    }
  }
  return index;
}

/** A listed alias other than the name itself that ends like a nisba. */
/** An alias written in two to five capitals (US, UN): matched only as written, so it may equal a common word. */
export function isAcronym(form: string): boolean {
  return /^[A-Z]{2,5}$/.test(form);
}

/** كيغالي، نيودلهي: a capital standing for its state ends like a nisba but is a noun. */
function namesCity(gazetteer: Gazetteer, form: string): boolean {
  return gazetteer.lookup(form, 'PLACE').some((place) => place.kind === 'CITY');
}

function looksAdjectival(form: string, entry: GazetteerEntry): boolean {
  return entry.kind === 'STATE' && form !== entry.names.ar && /(ي|ية|يه|يين|يون)$/.test(form);
}

/** Single-word Arabic names of a state: its name, and aliases that are nouns rather than nisba forms. */
function baseNames(entry: GazetteerEntry): string[] {
  const arabicWord = (s: string | undefined): s is string => !!s && /^[\u0600-\u06FF]+$/.test(s);
  const nouns = entry.aliases.filter((alias) => arabicWord(alias) && !/(ي|ية|يه|يين|يون)$/.test(alias));
  return [entry.names.ar, ...nouns].filter(arabicWord);
}

/** Lists win over titles and titles over groups where one phrase is several. */
function personCueIndex(files: LexiconFiles, clitics: CliticReader): PhraseIndex<PersonCue> {
  const index = new PhraseIndex<PersonCue>(clitics);
  const { listCues, titles, groupCues, institutionCues, mediaCues, companyCues } = files.personCues;
  for (const phrase of bothLanguages(listCues)) index.add(phrase, 'list');
  for (const phrase of bothLanguages(titles)) index.add(phrase, 'title');
  for (const phrase of bothLanguages(groupCues)) index.add(phrase, 'group');
  for (const phrase of bothLanguages(institutionCues)) index.add(phrase, 'institution');
  for (const phrase of bothLanguages(mediaCues)) index.add(phrase, 'media');
  for (const phrase of bothLanguages(companyCues)) index.add(phrase, 'company');
  return index;
}

function compoundHeadIndex(rules: CompoundRule[], clitics: CliticReader): PhraseIndex<number> {
  const index = new PhraseIndex<number>(clitics);
  rules.forEach((rule, i) => {
    for (const head of bothLanguages(rule)) index.add(head, i);
  });
  return index;
}

function compoundBodies(gazetteer: Gazetteer, rules: CompoundRule[]): Map<string, KnownEntity> {
  const bodies = new Map<string, KnownEntity>();
  for (const state of gazetteer.entries.filter((e) => e.type === 'ACTOR' && e.kind === 'STATE')) {
    rules.forEach((rule, i) => {
      const candidates = gazetteer.entries.filter(
        (e) =>
          e.memberOf === state.id &&
          e.kind === rule.kind &&
          (rule.entryNameWords ?? []).some((word) => e.name.includes(word)),
      );
      // "Government of Iraq" before the Kurdistan Regional Government: the body named after its state is the national one.
      const listed = candidates.find((e) => e.name.includes(state.name)) ?? candidates[0];
      const name = rule.name.replace('{state}', state.name);
      bodies.set(`${state.id}|${i}`, listed ?? derivedBody(name, rule, state));
    });
  }
  return bodies;
}

function derivedBody(name: string, rule: CompoundRule, state: GazetteerEntry): KnownEntity {
  return {
    id: entityId('ACTOR', name),
    name,
    type: 'ACTOR',
    kind: rule.kind,
    memberOf: state.id,
    partOf: null,
  };
}

/** One list of every event type's phrases of a kind (the triggers that keep their type with a target, the words that name an operation). */
function ofAllTypes(events: EventsFile, list: 'keptWithTarget' | 'namedBy'): Bilingual {
  const types = Object.values(events.types);
  return {
    ar: types.flatMap((type) => type[list]?.ar ?? []),
    en: types.flatMap((type) => type[list]?.en ?? []),
  };
}

function triggerIndex(files: LexiconFiles, clitics: CliticReader): PhraseIndex<TriggerValue> {
  const index = new PhraseIndex<TriggerValue>(clitics);
  for (const [type, lists] of Object.entries(files.events.types) as [
    EventType,
    EventsFile['types'][EventType],
  ][]) {
    const noun = { type, verb: false };
    const verb = { type, verb: true };
    for (const phrase of bothLanguages(lists)) index.add(phrase, noun);
    for (const phrase of accusativeForms(lists.ar ?? [], files.morphology)) index.add(phrase, noun);
    for (const phrase of bothLanguages(lists.verbs ?? {})) index.add(phrase, verb);
  }
  const blocked = { blocked: true as const };
  for (const phrase of bothLanguages(files.events.blockers)) index.add(phrase, blocked);
  return index;
}

/** "عدوانا" for "عدوان": the written accusative of each single-word indefinite noun that takes the alef. */
function accusativeForms(nouns: string[], morphology: MorphologyFile): string[] {
  const { ending, notAfter } = morphology.accusative;
  const takesAlef = (noun: string) =>
    !noun.includes(' ') &&
    !morphology.article.some((article) => noun.startsWith(article)) &&
    !notAfter.some((end) => noun.endsWith(end));
  return nouns
    .filter(takesAlef)
    .map((noun) => noun + ending)
    .filter((form) => !nouns.includes(form));
}

function roleCueIndex(cues: RoleCue[], clitics: CliticReader): PhraseIndex<RoleCue> {
  const index = new PhraseIndex<RoleCue>(clitics);
  for (const cue of cues) for (const phrase of bothLanguages(cue)) index.add(phrase, cue);
  return index;
}

function claimCueIndex(files: LexiconFiles, clitics: CliticReader): PhraseIndex<ClaimValue> {
  const index = new PhraseIndex<ClaimValue>(clitics);
  for (const [stance, lists] of Object.entries(files.claims.stances) as [Stance, Bilingual][]) {
    const value = { stance };
    for (const phrase of bothLanguages(lists)) index.add(phrase, value);
  }
  for (const phrase of bothLanguages(files.claims.accusations)) index.add(phrase, { accusation: true });
  for (const phrase of bothLanguages(files.claims.relays)) index.add(phrase, { relay: true });
  for (const phrase of bothLanguages(files.claims.characterizations))
    index.add(phrase, { characterization: true });
  for (const phrase of bothLanguages(files.claims.reactions)) index.add(phrase, { reaction: true });
  for (const phrase of bothLanguages(files.claims.suspensions)) index.add(phrase, { suspension: true });
  return index;
}
