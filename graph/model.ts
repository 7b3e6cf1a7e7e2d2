import type {
  ActorKind,
  ArticleKind,
  EventType,
  Factuality,
  Language,
  PlaceKind,
  Role,
  Stance,
} from '../model/report.js';

/** Graph node records as the stores hold them (no driver or GraphQL types). */

export interface ArticleNode {
  id: string;
  contentHash: string;
  title: string;
  text: string;
  url: string | null;
  publishedAt: string | null;
  language: Language;
  kind: ArticleKind;
  tags: string[];
  /** Normalized title and text words, for matching. */
  searchKey: string;
}

export interface EntityNodeBase {
  id: string;
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  aliases: string[];
  /** matchKey of the name, both names and every alias: how entities are looked up. */
  aliasKeys: string[];
  wikidata: string | null;
}

export interface ActorNode extends EntityNodeBase {
  kind: ActorKind;
}

export interface PlaceNode extends EntityNodeBase {
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
}

export interface EventNode {
  id: string;
  type: EventType;
  cameo: string;
  date: string | null;
  factuality: Factuality;
  casualties: number | null;
}

export interface NodeByLabel {
  Article: ArticleNode;
  Actor: ActorNode;
  Place: PlaceNode;
  Event: EventNode;
}
export type Label = keyof NodeByLabel;
export const LABELS: readonly Label[] = ['Article', 'Actor', 'Place', 'Event'];

/** The label a node id names by its prefix (`actor:…`, `place:…`, `event:…`, `article:…`); null for any other string. */
export function labelOfId(id: string): Label | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return LABELS.find((label) => label.toLowerCase() === prefix) ?? null;
}

/** Provenance carried by every fact-relationship. Gazetteer facts have no article. */
export interface Provenance {
  articleId: string | null;
  evidence: string | null;
  start: number | null;
  end: number | null;
}

export interface RelationshipProps {
  MENTIONS: { count: number; articleId: string };
  REPORTS: Provenance;
  PUBLISHED_BY: Provenance;
  CITES: Provenance;
  LINKS_TO: Provenance;
  DUPLICATE_OF: Provenance;
  PARTICIPATED_IN: Provenance & { role: Role; onBehalfOf: string | null };
  CLAIMS: Provenance & { stance: Stance };
  OCCURRED_IN: Provenance;
  PART_OF: Provenance;
  MEMBER_OF: Provenance;
}
export type RelType = keyof RelationshipProps;
export const REL_TYPES = [
  'MENTIONS',
  'REPORTS',
  'PUBLISHED_BY',
  'CITES',
  'LINKS_TO',
  'DUPLICATE_OF',
  'PARTICIPATED_IN',
  'CLAIMS',
  'OCCURRED_IN',
  'PART_OF',
  'MEMBER_OF',
] as const satisfies readonly RelType[];

/**
 * The fixed list of relationship shapes: type with the labels at each end.
 * Cypher labels and types are only ever taken from here.
 */
export const REL_SHAPES = [
  { type: 'MENTIONS', from: 'Article', to: 'Actor' },
  { type: 'MENTIONS', from: 'Article', to: 'Place' },
  { type: 'REPORTS', from: 'Article', to: 'Event' },
  { type: 'PUBLISHED_BY', from: 'Article', to: 'Actor' },
  { type: 'CITES', from: 'Article', to: 'Actor' },
  { type: 'LINKS_TO', from: 'Article', to: 'Article' },
  { type: 'DUPLICATE_OF', from: 'Article', to: 'Article' },
  { type: 'PARTICIPATED_IN', from: 'Actor', to: 'Event' },
  { type: 'PARTICIPATED_IN', from: 'Place', to: 'Event' },
  { type: 'CLAIMS', from: 'Actor', to: 'Event' },
  { type: 'OCCURRED_IN', from: 'Event', to: 'Place' },
  { type: 'PART_OF', from: 'Place', to: 'Place' },
  { type: 'MEMBER_OF', from: 'Actor', to: 'Actor' },
] as const satisfies readonly { type: RelType; from: Label; to: Label }[];
export type RelShape = (typeof REL_SHAPES)[number];

/** A relationship to write: `key` identifies it among its type's relationships between the same nodes. */
export interface RelationshipWrite<T extends RelType = RelType> {
  type: T;
  from: { label: Label; id: string };
  to: { label: Label; id: string };
  key: string;
  props: RelationshipProps[T];
}

/** One direction of one relationship type, read from the node at that end. */
export interface RelSpec {
  type: RelType;
  direction: 'out' | 'in';
}

/** A relationship seen from one of its nodes: the node at the other end and the properties. */
export interface Related<T extends RelType = RelType> {
  otherId: string;
  otherLabel: Label;
  /**
   * The other node itself, so that walking a relationship costs no second read;
   * null for an article, whose text is too large to carry along.
   */
  other: NodeByLabel[Exclude<Label, 'Article'>] | null;
  props: RelationshipProps[T];
}

const PROVENANCE_FIELDS = ['articleId', 'evidence', 'start', 'end'];

/** Every property of each node label and relationship type; a store that drops nulls restores them from these. */
export const NODE_FIELDS: Record<Label, readonly string[]> = {
  Article: [
    'id',
    'contentHash',
    'title',
    'text',
    'url',
    'publishedAt',
    'language',
    'kind',
    'tags',
    'searchKey',
  ],
  Actor: ['id', 'name', 'nameAr', 'nameEn', 'aliases', 'aliasKeys', 'wikidata', 'kind'],
  Place: ['id', 'name', 'nameAr', 'nameEn', 'aliases', 'aliasKeys', 'wikidata', 'kind', 'lat', 'lon'],
  Event: ['id', 'type', 'cameo', 'date', 'factuality', 'casualties'],
};

export const RELATIONSHIP_FIELDS: Record<RelType, readonly string[]> = {
  MENTIONS: ['count', 'articleId'],
  REPORTS: PROVENANCE_FIELDS,
  PUBLISHED_BY: PROVENANCE_FIELDS,
  CITES: PROVENANCE_FIELDS,
  LINKS_TO: PROVENANCE_FIELDS,
  DUPLICATE_OF: PROVENANCE_FIELDS,
  PARTICIPATED_IN: [...PROVENANCE_FIELDS, 'role', 'onBehalfOf'],
  CLAIMS: [...PROVENANCE_FIELDS, 'stance'],
  OCCURRED_IN: PROVENANCE_FIELDS,
  PART_OF: PROVENANCE_FIELDS,
  MEMBER_OF: PROVENANCE_FIELDS,
};
