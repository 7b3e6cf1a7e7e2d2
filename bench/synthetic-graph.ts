import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { matchKey } from '../extract/normalize.js';
import { type Gazetteer, surfaceForms } from '../gazetteer/load.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { articleIdOf, contentHash } from '../graph/article-id.js';
import type {
  ActorNode,
  ArticleNode,
  EventNode,
  Label,
  PlaceNode,
  RelationshipProps,
  RelationshipWrite,
  RelType,
} from '../graph/model.js';
import { GAZETTEER_PROVENANCE, provenanceOf, type Sentence } from '../graph/provenance.js';
import type { ArticleWrite } from '../graph/store.js';
import { CAMEO_ROOT, type EventType, type Factuality, type Role, type Stance } from '../model/report.js';
import { pick, seededRandom, shuffled, zipfPicker } from './stats.js';

/**
 * A synthetic news graph written straight as article writes, without
 * extraction: what graph/plan.ts would write for articles telling made-up
 * events between gazetteer actors, in Arabic text from bench/templates.json.
 */

export interface SyntheticGraphOptions {
  seed: number;
  articles: number;
  /** Articles per yielded batch (one `writeArticles` call). */
  batchSize: number;
}

interface Templates {
  titles: string[];
  sentences: string[];
  weekdays: string[];
}

const TEMPLATES = JSON.parse(readFileSync(new URL('./templates.json', import.meta.url), 'utf8')) as Templates;

const ACTOR_CAST = 300;
const PLACE_CAST = 150;
/** Rank k is used in proportion to 1/k: the first actors and places are hubs. */
const ZIPF_EXPONENT = 1;
const FIRST_DAY = Date.parse('2021-01-01');
const DAYS = 4 * 365;
const DAY_MS = 86_400_000;
const MIN_WORDS = 100;
const MAX_WORDS = 300;
/** Share of events that retell an event of a recent article, so that several articles report it. */
const RETOLD_SHARE = 0.1;
const RECENT_EVENTS = 200;
const UNDATED_SHARE = 0.03;
const CLAIMED_SHARE = 0.3;
const OUTLETS = 5;

const ACTOR_KINDS = new Set([
  'STATE',
  'ARMED_FORCES',
  'ARMED_GROUP',
  'GOVERNMENT_BODY',
  'PERSON',
  'INTERNATIONAL_FORCE',
  'ORGANIZATION',
]);
const PLACE_KINDS = new Set(['CITY', 'TOWN', 'REGION', 'AREA', 'FACILITY']);

type ToldType = Extract<
  EventType,
  'ATTACK' | 'MILITARY_OPERATION' | 'STATEMENT' | 'NEGOTIATION' | 'AGREEMENT' | 'WITHDRAWAL'
>;

interface EventTelling {
  /** Share of the events of this type. */
  weight: number;
  /** Index of its sentence in templates.json. */
  sentence: number;
  /** Which participant (by position) fills each actor slot of that sentence. */
  slots: Record<string, number>;
  /** Role of the participant at each position. */
  roles: Role[];
}

const TELLINGS: Record<ToldType, EventTelling> = {
  ATTACK: {
    weight: 0.3,
    sentence: 0,
    slots: { army: 0 },
    roles: ['INITIATOR', 'TARGET', 'INITIATOR', 'TARGET', 'OBSERVER'],
  },
  MILITARY_OPERATION: {
    weight: 0.2,
    sentence: 4,
    slots: { army: 0, state2: 1 },
    roles: ['INITIATOR', 'TARGET', 'INITIATOR', 'TARGET', 'OBSERVER'],
  },
  STATEMENT: {
    weight: 0.2,
    sentence: 5,
    slots: { mediator: 0 },
    roles: ['INITIATOR', 'SUBJECT', 'SUBJECT', 'OBSERVER', 'OBSERVER'],
  },
  NEGOTIATION: {
    weight: 0.12,
    sentence: 1,
    slots: { state: 0, state2: 1, mediator: 2 },
    roles: ['PARTY', 'PARTY', 'MEDIATOR', 'DELEGATE', 'DELEGATE'],
  },
  AGREEMENT: {
    weight: 0.08,
    sentence: 3,
    slots: { state: 0, state2: 1, mediator: 2 },
    roles: ['PARTY', 'PARTY', 'MEDIATOR', 'OBSERVER', 'OBSERVER'],
  },
  WITHDRAWAL: {
    weight: 0.1,
    sentence: 6,
    slots: { army2: 0 },
    roles: ['SUBJECT', 'OBSERVER', 'OBSERVER', 'OBSERVER', 'OBSERVER'],
  },
};

const ACTOR_SLOTS = new Set(['army', 'army2', 'state', 'state2', 'mediator']);
const PLACE_SLOTS = new Set(['city', 'venue']);

const CLAIM_SENTENCES: Record<Stance, string> = {
  ASSERTS: 'وأكدت {claimant} صحة هذه الأنباء.',
  DENIES: 'ونفت {claimant} هذه الأنباء.',
  REJECTS: 'ورفضت {claimant} هذه الاتهامات.',
};
const STANCE_FACTUALITY: Record<Stance, Factuality> = {
  ASSERTS: 'CLAIMED',
  DENIES: 'DISPUTED',
  REJECTS: 'REPORTED',
};

/** What happened, before an article tells it. */
interface EventSpec {
  type: ToldType;
  participants: { entry: GazetteerEntry; role: Role; onBehalfOf: GazetteerEntry | null }[];
  place: GazetteerEntry;
  date: string | null;
  factuality: Factuality;
  casualties: number | null;
  claim: { by: GazetteerEntry; stance: Stance } | null;
}

/** An event as one article tells it: new, or already told (and stored) by an earlier article. */
interface ToldEvent {
  spec: EventSpec;
  stored: EventNode | null;
}

/** A piece of a sentence: plain text, or an entity named by its Arabic name. */
type Piece = string | GazetteerEntry;

interface Cast {
  actor: (random: () => number) => GazetteerEntry;
  place: (random: () => number) => GazetteerEntry;
  outlets: GazetteerEntry[];
}

/**
 * Batches of article writes for `articles` synthetic articles: 1–3 events
 * each, 2–5 participants per event, actors and places from the gazetteer with
 * Zipf-like frequencies, dates over four years, 100–300 words of Arabic text.
 * The same seed gives the same batches.
 */
export function* syntheticGraph(
  gazetteer: Gazetteer,
  options: SyntheticGraphOptions,
): Generator<ArticleWrite[]> {
  const random = seededRandom(options.seed);
  const cast = castOf(gazetteer, random);
  const entities = new EntityNodes(gazetteer);
  const recent: { spec: EventSpec; node: EventNode }[] = [];
  let batch: ArticleWrite[] = [];
  for (let index = 0; index < options.articles; index++) {
    const publishedAt = dayString(FIRST_DAY + Math.floor(random() * DAYS) * DAY_MS);
    const retold = new Set<string>();
    const told = Array.from({ length: eventCount(random) }, (): ToldEvent => {
      const earlier = random() < RETOLD_SHARE ? recent[Math.floor(random() * recent.length)] : undefined;
      if (earlier && !retold.has(earlier.node.id)) {
        retold.add(earlier.node.id);
        return { spec: { ...earlier.spec, claim: null }, stored: earlier.node };
      }
      return { spec: newEvent(cast, publishedAt, random), stored: null };
    });
    const write = articleWrite(index, told, publishedAt, cast, entities, random);
    write.events.forEach((node, i) => {
      recent.push({ spec: (told[i] as ToldEvent).spec, node });
      if (recent.length > RECENT_EVENTS) recent.shift();
    });
    batch.push(write);
    if (batch.length === options.batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The actors and places the news is about (in a seeded order of prominence) and the outlets publishing it. */
function castOf(gazetteer: Gazetteer, random: () => number): Cast {
  const named = (kinds: Set<string>) =>
    gazetteer.entries.filter((entry) => kinds.has(entry.kind) && entry.names.ar);
  const actors = shuffled(named(ACTOR_KINDS), random).slice(0, ACTOR_CAST);
  const places = shuffled(named(PLACE_KINDS), random).slice(0, PLACE_CAST);
  return {
    actor: zipfPicker(actors, ZIPF_EXPONENT),
    place: zipfPicker(places, ZIPF_EXPONENT),
    outlets: shuffled(named(new Set(['MEDIA'])), random).slice(0, OUTLETS),
  };
}

/** One to three events, most articles telling one or two. */
function eventCount(random: () => number): number {
  const r = random();
  return r < 0.45 ? 1 : r < 0.8 ? 2 : 3;
}

function newEvent(cast: Cast, publishedAt: string, random: () => number): EventSpec {
  const type = weightedType(random);
  const telling = TELLINGS[type];
  const count = Math.max(2 + Math.floor(random() * 4), Object.keys(telling.slots).length);
  const actors = distinct(count, () => cast.actor(random));
  const participants = actors.map((entry, i) => {
    const role = telling.roles[i] ?? 'OBSERVER';
    // The first delegate acts for the first party, the second for the second.
    const onBehalfOf = role === 'DELEGATE' ? (actors[i - 3] ?? null) : null;
    return { entry, role, onBehalfOf };
  });
  const claimant = random() < CLAIMED_SHARE ? cast.actor(random) : null;
  const stance = pick<Stance>(['ASSERTS', 'ASSERTS', 'DENIES', 'REJECTS'], random);
  const claim = claimant && !actors.includes(claimant) ? { by: claimant, stance } : null;
  const daysBefore = Math.floor(random() * 3);
  return {
    type,
    participants,
    place: cast.place(random),
    date: random() < UNDATED_SHARE ? null : dayString(Date.parse(publishedAt) - daysBefore * DAY_MS),
    factuality: claim ? STANCE_FACTUALITY[claim.stance] : 'REPORTED',
    casualties: type === 'ATTACK' ? 1 + Math.floor(random() * 90) : null,
    claim,
  };
}

function weightedType(random: () => number): ToldType {
  let left = random();
  for (const [type, telling] of Object.entries(TELLINGS) as [ToldType, EventTelling][]) {
    left -= telling.weight;
    if (left < 0) return type;
  }
  return 'STATEMENT';
}

function distinct<T>(count: number, draw: () => T): T[] {
  const found = new Set<T>();
  for (let tries = 0; found.size < count && tries < count * 20; tries++) found.add(draw());
  return [...found];
}

/** The write of one article telling these events: its text first, then the facts with their sentences. */
function articleWrite(
  index: number,
  told: ToldEvent[],
  publishedAt: string,
  cast: Cast,
  entities: EntityNodes,
  random: () => number,
): ArticleWrite {
  const text = new ArticleText();
  const sentences = told.map(({ spec }) => {
    const claim = spec.claim;
    return {
      event: text.add(eventSentence(spec, random)),
      claim: claim ? text.add(fill(CLAIM_SENTENCES[claim.stance], () => claim.by)) : null,
    };
  });
  const actors = told.flatMap(({ spec }) => spec.participants.map((p) => p.entry));
  const places = told.map(({ spec }) => spec.place);
  const targetWords = MIN_WORDS + Math.floor(random() * (MAX_WORDS - MIN_WORDS));
  while (text.words < targetWords) {
    const template = pick(TEMPLATES.sentences, random);
    const [sentenceActors, sentencePlaces] = [shuffled(actors, random), shuffled(places, random)];
    text.add(fill(template, (slot) => slotFiller(slot, sentenceActors, sentencePlaces, random)));
  }
  const first = (told[0] as ToldEvent).spec;
  const [titleActors, titlePlaces] = [first.participants.map((p) => p.entry), [first.place]];
  const headline = fill(pick(TEMPLATES.titles, random), (slot) =>
    slotFiller(slot, titleActors, titlePlaces, random),
  );
  const title = `${headline.map(surface).join('')} (${index + 1})`;
  const outlet = pick(cast.outlets, random);

  const hash = contentHash(title, text.text);
  const article: ArticleNode = {
    id: articleIdOf(hash),
    contentHash: hash,
    title,
    text: text.text,
    url: `https://news.example/synthetic/${index + 1}`,
    publishedAt,
    language: 'ar',
    kind: 'ARTICLE',
    tags: [],
    searchKey: matchKey(`${title} ${text.text}`),
  };
  const builder = new WriteBuilder(article, entities);
  const articleRef = { label: 'Article' as const, id: article.id };
  for (const [entry, count] of text.mentionCounts)
    builder.relationship('MENTIONS', articleRef, builder.entity(entry), article.id, {
      count,
      articleId: article.id,
    });
  builder.relationship(
    'PUBLISHED_BY',
    articleRef,
    builder.entity(outlet),
    '',
    provenanceOf(article.id, null),
  );
  told.forEach(({ spec, stored }, i) => {
    const { event: sentence, claim: claimSentence } = sentences[i] as (typeof sentences)[number];
    const event = builder.event(stored ?? newEventNode(article.id, i, spec));
    const provenance = provenanceOf(article.id, sentence);
    builder.relationship('REPORTS', articleRef, event, article.id, provenance);
    builder.relationship('OCCURRED_IN', event, builder.entity(spec.place), article.id, provenance);
    for (const { entry, role, onBehalfOf } of spec.participants) {
      const behalfId = onBehalfOf?.id ?? null;
      builder.relationship(
        'PARTICIPATED_IN',
        builder.entity(entry),
        event,
        `${article.id}|${role}|${behalfId ?? ''}`,
        {
          ...provenance,
          role,
          onBehalfOf: behalfId,
        },
      );
    }
    if (spec.claim && claimSentence) {
      const { by, stance } = spec.claim;
      builder.relationship('CLAIMS', builder.entity(by), event, `${article.id}|${stance}`, {
        ...provenanceOf(article.id, claimSentence),
        stance,
      });
    }
  });
  return builder.write();
}

/** The event node the plan makes for an article's i-th event. */
function newEventNode(articleId: string, index: number, spec: EventSpec): EventNode {
  const localId = `ev${index + 1}`;
  return {
    id: `event:${createHash('sha256').update(`${articleId}|${localId}`).digest('hex').slice(0, 16)}`,
    type: spec.type,
    cameo: CAMEO_ROOT[spec.type],
    date: spec.date,
    factuality: spec.factuality,
    casualties: spec.casualties,
  };
}

/** The sentence of an event's type, naming every participant and the place. */
function eventSentence(spec: EventSpec, random: () => number): Piece[] {
  const telling = TELLINGS[spec.type];
  const template = TEMPLATES.sentences[telling.sentence];
  if (!template) throw new Error(`templates.json has no sentence ${telling.sentence}`);
  const named = new Set<GazetteerEntry>();
  const pieces = fill(template, (slot) => {
    if (slot === 'n' && spec.casualties !== null) return String(spec.casualties);
    const piece = PLACE_SLOTS.has(slot)
      ? spec.place
      : (spec.participants[telling.slots[slot] ?? -1]?.entry ?? defaultSlot(slot, random));
    if (typeof piece !== 'string') named.add(piece);
    return piece;
  });
  const tail: Piece[] = named.has(spec.place) ? [] : [' في ', spec.place];
  const others = spec.participants.map((p) => p.entry).filter((entry) => !named.has(entry));
  if (others.length > 0)
    tail.push('، بمشاركة ', ...others.flatMap((entry, i) => (i > 0 ? [' و', entry] : [entry])));
  const last = pieces.pop();
  if (typeof last !== 'string' || !last.endsWith('.'))
    throw new Error(`sentence ${telling.sentence} of templates.json must end with a full stop`);
  return [...pieces, last.slice(0, -1), ...tail, '.'];
}

/** Fills the slots of a sentence in turn from these actors and places (cycling when they run out). */
function slotFiller(
  slot: string,
  actors: GazetteerEntry[],
  places: GazetteerEntry[],
  random: () => number,
): Piece {
  const next = (entries: GazetteerEntry[]) => {
    const entry = entries.shift() as GazetteerEntry;
    entries.push(entry);
    return entry;
  };
  if (ACTOR_SLOTS.has(slot)) return next(actors);
  if (PLACE_SLOTS.has(slot)) return next(places);
  return defaultSlot(slot, random);
}

/** Slots that name no entity: a weekday or a number. */
function defaultSlot(slot: string, random: () => number): string {
  if (slot === 'weekday') return pick(TEMPLATES.weekdays, random);
  if (slot === 'n') return String(1 + Math.floor(random() * 90));
  throw new Error(`no filler for template slot {${slot}}`);
}

/** Each template split once: text at even positions, slot names at odd ones. */
const SPLIT_TEMPLATES = new Map<string, string[]>();

/** A template's text and slots as pieces; `{slot}` is replaced by what `value` gives. */
function fill(template: string, value: (slot: string) => Piece): Piece[] {
  let parts = SPLIT_TEMPLATES.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    SPLIT_TEMPLATES.set(template, parts);
  }
  const pieces: Piece[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) pieces.push(value(part));
    else if (part) pieces.push(part);
  });
  return pieces;
}

function surface(piece: Piece): string {
  return typeof piece === 'string' ? piece : (piece.names.ar as string);
}

/** An article text built sentence by sentence, counting how often each entity is named. */
class ArticleText {
  text = '';
  words = 0;
  readonly mentionCounts = new Map<GazetteerEntry, number>();

  /** Appends a sentence and tells where it stands. */
  add(pieces: Piece[]): Sentence {
    if (this.text) this.text += ' ';
    const start = this.text.length;
    for (const piece of pieces) {
      if (typeof piece !== 'string') this.mentionCounts.set(piece, (this.mentionCounts.get(piece) ?? 0) + 1);
      this.text += surface(piece);
    }
    const sentence = this.text.slice(start);
    this.words += sentence.split(' ').length;
    return { text: sentence, start, end: this.text.length };
  }
}

type NodeRef = RelationshipWrite['from'];

/** Entity nodes as the plan makes them from gazetteer entries, each made once and shared by every write. */
class EntityNodes {
  private readonly made = new Map<
    string,
    { label: 'Actor'; node: ActorNode } | { label: 'Place'; node: PlaceNode }
  >();

  constructor(readonly gazetteer: Gazetteer) {}

  of(entry: GazetteerEntry) {
    let made = this.made.get(entry.id);
    if (!made) {
      const base = {
        id: entry.id,
        name: entry.name,
        nameAr: entry.names.ar ?? null,
        nameEn: entry.names.en ?? null,
        aliases: entry.aliases,
        aliasKeys: [...new Set(surfaceForms(entry).map(matchKey))],
        wikidata: entry.wikidata,
      };
      made =
        entry.type === 'ACTOR'
          ? { label: 'Actor', node: { ...base, kind: entry.kind as ActorNode['kind'] } }
          : {
              label: 'Place',
              node: { ...base, kind: entry.kind as PlaceNode['kind'], lat: entry.lat, lon: entry.lon },
            };
      this.made.set(entry.id, made);
    }
    return made;
  }
}

/** Collects one article's nodes and relationships, each once, as the plan does. */
class WriteBuilder {
  private readonly actors = new Map<string, ActorNode>();
  private readonly places = new Map<string, PlaceNode>();
  private readonly events = new Map<string, EventNode>();
  private readonly relationships = new Map<string, RelationshipWrite>();

  constructor(
    private readonly article: ArticleNode,
    private readonly entities: EntityNodes,
  ) {}

  /** Adds an entity with the places or bodies above it, linked by PART_OF or MEMBER_OF. */
  entity(entry: GazetteerEntry): NodeRef {
    const { gazetteer } = this.entities;
    const link = (type: 'PART_OF' | 'MEMBER_OF', label: Label, from: string, to: string | null) => {
      if (to && gazetteer.byId(to))
        this.relationship(type, { label, id: from }, { label, id: to }, '', GAZETTEER_PROVENANCE);
    };
    for (const node of [entry, ...gazetteer.ancestors(entry.id)]) {
      this.add(node);
      link('PART_OF', 'Place', node.id, node.partOf);
      link('MEMBER_OF', 'Actor', node.id, node.memberOf);
    }
    return this.add(entry);
  }

  event(node: EventNode): NodeRef {
    this.events.set(node.id, node);
    return { label: 'Event', id: node.id };
  }

  relationship<T extends RelType>(
    type: T,
    from: NodeRef,
    to: NodeRef,
    key: string,
    props: RelationshipProps[T],
  ): void {
    const id = `${type}|${from.id}|${to.id}|${key}`;
    if (!this.relationships.has(id))
      this.relationships.set(id, { type, from, to, key, props } as RelationshipWrite);
  }

  write(): ArticleWrite {
    return {
      article: this.article,
      actors: [...this.actors.values()],
      places: [...this.places.values()],
      events: [...this.events.values()],
      relationships: [...this.relationships.values()],
    };
  }

  private add(entry: GazetteerEntry): NodeRef {
    const made = this.entities.of(entry);
    if (made.label === 'Actor') this.actors.set(made.node.id, made.node);
    else this.places.set(made.node.id, made.node);
    return { label: made.label, id: made.node.id };
  }
}

function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
