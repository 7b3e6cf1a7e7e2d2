/**
 * The extraction report: what `kg extract --json` prints and what the ingest
 * writer consumes. The format is documented in docs/extraction-format.md.
 */

export const ACTOR_KINDS = [
  'STATE',
  'GOVERNMENT_BODY',
  'ARMED_FORCES',
  'ARMED_GROUP',
  'INTERNATIONAL_FORCE',
  'COMMUNITY',
  'PERSON',
  'MEDIA',
  'ORGANIZATION',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = ['COUNTRY', 'REGION', 'CITY', 'TOWN', 'FACILITY', 'AREA'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const EVENT_TYPES = [
  'NEGOTIATION',
  'AGREEMENT',
  'MILITARY_OPERATION',
  'ATTACK',
  'CAPTURE',
  'WITHDRAWAL',
  'DISARMAMENT',
  'EVACUATION',
  'DEPLOYMENT',
  'THREAT',
  'CRIME',
  'STATEMENT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Nearest CAMEO root code of each event type, for interchange. */
export const CAMEO_ROOT: Record<EventType, string> = {
  NEGOTIATION: '04',
  AGREEMENT: '05',
  MILITARY_OPERATION: '19',
  ATTACK: '19',
  CAPTURE: '19',
  WITHDRAWAL: '087',
  DISARMAMENT: '08',
  EVACUATION: '08',
  DEPLOYMENT: '15',
  THREAT: '13',
  CRIME: '',
  STATEMENT: '01',
};

export const ROLES = ['PARTY', 'MEDIATOR', 'DELEGATE', 'INITIATOR', 'TARGET', 'OBSERVER', 'SUBJECT'] as const;
export type Role = (typeof ROLES)[number];

export const STANCES = ['ASSERTS', 'DENIES', 'REJECTS'] as const;
export type Stance = (typeof STANCES)[number];

export const FACTUALITIES = ['REPORTED', 'CLAIMED', 'DISPUTED', 'DENIED'] as const;
export type Factuality = (typeof FACTUALITIES)[number];

export const ARTICLE_KINDS = ['ARTICLE', 'HEADLINE', 'NON_NEWS'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export type EntityType = 'ACTOR' | 'PLACE';
export type Language = 'ar' | 'en';

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface ReportEntity {
  id: string;
  name: string;
  type: EntityType;
  kind: ActorKind | PlaceKind;
  aliases: string[];
  mentions: Mention[];
}

export interface ReportParticipant {
  entity: string;
  role: Role;
  onBehalfOf: string | null;
}

export interface ReportClaim {
  by: string;
  stance: Stance;
}

export interface ReportEvent {
  id: string;
  type: EventType;
  date: string | null;
  place: string | null;
  participants: ReportParticipant[];
  claims: ReportClaim[];
  factuality: Factuality;
  casualties: number | null;
  /** Sentences supporting the event; a headline's event may omit it (its title is the evidence). */
  evidence?: string;
}

export interface ReportArticle {
  id: string;
  title: string;
  source: string | null;
  agencies: string[];
  publishedAt: string | null;
  language: Language;
  kind: ArticleKind;
  duplicateOf: string | null;
  /** Extension: the article (of the same report) whose page links to this one. */
  linkedFrom?: string | null;
  /** Extension: where the article was found. */
  url?: string | null;
  tags: string[];
  text: string;
  excludedSpans?: { start: number; end: number; reason: string }[];
  entities: ReportEntity[];
  events: ReportEvent[];
}

export interface ExtractionReport {
  articles: ReportArticle[];
}
