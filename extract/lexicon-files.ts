/** The shapes of the lexicon files under seed/lexicons/, as an analyst writes them. */
import type { ActorKind, EntityType, EventType, PlaceKind, Role, Stance } from '../model/report.js';
import type { Clitic } from './phrase-index.js';

/** Phrases per language; both languages are compiled into the same indexes. */
export interface Bilingual<T = string[]> {
  ar?: T;
  en?: T;
}

export interface MorphologyFile {
  clitics: Clitic[];
  article: string[];
  accusative: { ending: string; notAfter: string[] };
  nisba: { article: string; stemEndings: string[]; adjectiveEnding: string; suffixes: string[] };
  transliteration: Record<string, string>;
}

export interface SegmentationFile {
  markers: {
    embeddedHeadline: Bilingual;
    relatedArticle: Bilingual;
    headlineList: Bilingual;
    /** A saved list of linked headlines that interrupts the article ("list of 2 items" … "end of list"). */
    listStart: Bilingual;
    listEnd: Bilingual;
    source: Bilingual;
    tags: Bilingual;
  };
  agencyWords: Bilingual;
  agencyCues: Bilingual;
  bullets: string[];
  outletLineSeparator: string;
  outletLineMaxWords: number;
  titleMaxWords: number;
  titleMinWords: number;
  tagJoiners: Bilingual;
  boilerplateLines: Bilingual;
  nonNewsCues: Bilingual;
  chromeLines: Bilingual;
  dateLineWords: Bilingual;
  bylineCues: Bilingual;
  mediaTags: Bilingual;
  lineContinuations: Bilingual;
}

export interface EventsFile {
  clusterWindow: number;
  irrealisCues: Bilingual;
  /** What a withdrawal can be from that is no ground (a tournament, the talks). */
  withdrawnFrom: Bilingual;
  types: Record<
    EventType,
    Bilingual & {
      cameo: string;
      verbs?: Bilingual;
      withTargetBecomes?: EventType;
      keptWithTarget?: Bilingual;
      namedBy?: Bilingual;
    }
  >;
  blockers: Bilingual;
}

export interface RoleCue extends Bilingual {
  role: Role;
  types: EventType[];
  after?: boolean;
  joint?: boolean;
  conjoined?: boolean;
  delegation?: boolean;
  /** A delegation's head (برئاسة X): only after a delegation word in the clause. */
  headedBy?: boolean;
  scope?: 'clause' | 'sentence';
}

export interface RolesFile {
  window: number;
  agentWindow: number;
  cues: RoleCue[];
  delegationHeads: Bilingual;
  subjectRole: Partial<Record<EventType, Role>>;
  agentRole: Partial<Record<EventType, Role>>;
  adjectiveRole: Partial<Record<EventType, Role>>;
  secondAgentRole: Partial<Record<EventType, Role>>;
  facilityTargets: EventType[];
  personsAsDelegates: EventType[];
  placeCues: Bilingual;
  placeNamedBy: Bilingual;
  casualtyNouns: Bilingual;
  numberWords: Bilingual<Record<string, number>>;
  casualtyTypes: EventType[];
  victims: { cues: Bilingual; links: Bilingual; dead: Bilingual };
  sideWords: Bilingual;
  conjunctions: Bilingual;
  delegates: { sideCues: Bilingual; sideNouns: Bilingual; companions: Bilingual; mediationWords: Bilingual };
  authorNouns: Bilingual;
  brokeredBy: Bilingual;
  forceNouns: Bilingual;
  undergone: { verbs: Bilingual; passiveAuxiliaries: Bilingual; by: Bilingual };
  patrons: { before: Bilingual; hyphenated: Bilingual };
  hostVerbs: Bilingual;
  hostedTypes: EventType[];
  appositionMaxWords: number;
}

export interface ClaimsFile {
  stances: Record<Stance, Bilingual>;
  accusations: Bilingual;
  relays: Bilingual;
  characterizations: Bilingual;
  reactions: Bilingual;
  speakerEnds: Bilingual;
  speakerWindow: number;
  scopeBreakers: Bilingual;
  affiliationModifiers: Bilingual;
  reportNouns: Bilingual;
  auxiliaries: Bilingual;
  issuedBy: Bilingual;
  dativePrefixes: string[];
  speakerRoles: {
    stance: Stance;
    types: EventType[];
    role: Role;
    onlyIfMissing: boolean;
    actorKinds?: ActorKind[];
  }[];
  actsForState: ActorKind[];
  spokespersonFor: Bilingual;
  spokespersonForSpeaker: Bilingual;
  suspensions: Bilingual;
  suspendedTypes: EventType[];
  postposers: Bilingual;
  postposedCues: Bilingual;
  timeAdjuncts: Bilingual;
  accusationParticiples: Bilingual;
  spokespersonNouns: Bilingual;
  toldVerbs: Bilingual;
}

export interface DatesFile {
  weekdays: Bilingual<Record<string, number>>;
  relativeDays: Bilingual<Record<string, number>>;
  notDates: Bilingual;
  dayParts: Bilingual<Record<string, DayPart>>;
  weekdayJoiners: Bilingual;
  futureCues: Bilingual;
  /** An accord taking effect: a date beside it is not when the accord was reached. */
  effectCues: Bilingual;
  ordinalDays: Bilingual<Record<string, number>>;
  ordinalJoiners: Bilingual;
  /** -1: on or before publication, 0: the year of publication, 1: after publication. */
  monthQualifiers: Bilingual<Record<string, number>>;
  /** A number of days, counted back from publication after or before `countsAgo` (قبل يومين، two days ago), or from the date told last with `countsFromLastDate` (two days earlier: -1, later: 1). */
  dayCounts: Bilingual<Record<string, number>>;
  countsAgo: Bilingual;
  countsFromLastDate: Bilingual<Record<string, number>>;
  months: Bilingual<Record<string, number>>;
  /** Event types told of one occurrence in one sentence (talks and the accord they produced): an undated one takes the other's date. */
  sameDay: Partial<Record<EventType, EventType[]>>;
  /** Words that name talks as where an accord came from ("في ختام محادثات"): only then do they share its day. */
  originLinks: Bilingual;
  /** Words that put the event after them a day from the sentence's day (غداة: -1, عشية: 1). */
  dayLinks: Bilingual<Record<string, number>>;
}

/** A night word before two weekdays names the second one (ليل السبت الأحد). */
export type DayPart = 'day' | 'night';

export interface PersonCuesFile {
  maxNameWords: number;
  /** How many of the most frequent ordinary words can never start a name, even after a title. */
  frequentWords: number;
  /** Words that make one name with الله after them, with the English spelling of the pair (نصر الله → Nasrallah). */
  allahCompounds: Record<string, string>;
  /** Words inside a name chain that join its parts (بن، آل، أبو، عبد), each with its English form. */
  connectors: Record<string, string>;
  /** Lower-case particles inside a name written in Latin letters (bin, al- in Izzat al-Risheq), never at its end. */
  latinParticles: string[];
  titles: Bilingual;
  roles: Bilingual;
  affiliationPrefixes: Bilingual;
  organizationHeads: Bilingual;
  /** Honorifics kept with the name as an alias of the person (الملا، الشيخ). */
  honorifics: Bilingual;
  /** Head nouns after which a lone name word names a place, a body or a work (مدينة، مسجد، فيلم). */
  nonPersonHeads: Bilingual;
  nonPersonTails: Bilingual;
  listCues: Bilingual;
  stopWords: Bilingual;
  groupCues: Bilingual;
  /** Head words of an institution's or a party's name, which the definite words after them complete (جامعة، حزب). */
  institutionCues: Bilingual;
  /** Words before the name of a newspaper or a magazine (صحيفة، مجلة). */
  mediaCues: Bilingual;
  /** Words before the name of a company (شركة). */
  companyCues: Bilingual;
}

export interface CompoundRule extends Bilingual {
  kind: ActorKind;
  name: string;
  entryNameWords?: string[];
  feminineOnly?: boolean;
  /** Also before في and the state's name: "المجلس العسكري في ميانمار". */
  locative?: boolean;
}

export interface EntityContextFile {
  /** A head word before a town's name makes a facility of it, with the head's English word (مطار صنعاء → Sanaa Airport). */
  facilityHeads: Bilingual<Record<string, string>>;
  metonymy: {
    actorBefore: Bilingual;
    placeBefore: Bilingual;
    countryPlaceBefore: Bilingual;
    facilityBefore: Bilingual;
    territoryNouns: Bilingual;
    defaultType: Partial<Record<PlaceKind, EntityType>>;
  };
  compounds: CompoundRule[];
  /** Words that must come right before a place name that is also an ordinary word (بلدة طويلة، قرب صور). */
  commonNamePlaceWords: Bilingual;
  /** Words that describe a named body without being its name (صحيفة الأهرام، حركة طالبان). */
  descriptorHeads: Bilingual;
  personPreferredAtClauseStart: boolean;
  anaphors: AnaphorGroup[];
}

/** Definite nouns that stand for an actor named before them, and the kinds they may stand for. */
export interface AnaphorGroup extends Bilingual {
  kinds: ActorKind[];
  /** Only an actor named with the same head word (الحكومة for حكومة الوحدة الوطنية). */
  sameHead?: boolean;
  /** An adjective too ("الأيام الأخيرة"): after a definite word it qualifies that word and stands for no one. */
  alsoAdjective?: boolean;
}

/** A word that names people (given or family name), with its usual English spelling. */
export interface NameWord {
  word: string;
  english: string;
  /** Also an ordinary word: it starts a name only after a cue. */
  common: boolean;
  /** Also a noun or adjective: part of a name chain, never a person alone. */
  noun: boolean;
}

export interface LexiconFiles {
  nameWords: NameWord[];
  /** Frequent ordinary words: they neither start nor continue a name the cues did not announce. */
  ordinaryWords: string[];
  morphology: MorphologyFile;
  segmentation: SegmentationFile;
  events: EventsFile;
  roles: RolesFile;
  claims: ClaimsFile;
  dates: DatesFile;
  personCues: PersonCuesFile;
  entityContext: EntityContextFile;
}

/** Every phrase of a bilingual list. */
export function bothLanguages<T>(lists: Bilingual<T[]>): T[] {
  return [...(lists.ar ?? []), ...(lists.en ?? [])];
}

/** Every entry of a bilingual record. */
export function bothLanguageEntries<T>(records: Bilingual<Record<string, T>>): [string, T][] {
  return [...Object.entries(records.ar ?? {}), ...Object.entries(records.en ?? {})];
}
