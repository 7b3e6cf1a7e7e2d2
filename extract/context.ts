/** What every stage after linking reads: the tokens, the mentions and the resources of one article. */
import type { EventType, Role, Stance } from '../model/report.js';
import { type EntityMention, topLevel } from './link.js';
import type { PhraseIndex, PhraseMatch } from './phrase-index.js';
import type { ExtractionResources, KnownEntity } from './resources.js';
import type { Token, TokenizedText } from './tokens.js';

export interface ArticleContext {
  text: TokenizedText;
  tokens: Token[];
  resources: ExtractionResources;
  mentions: EntityMention[];
  /** The top-level mention covering each token. */
  mentionAtToken: Map<number, EntityMention>;
  /** Tokens of the article body (not source or tag lines, not excluded spans). */
  isBody: (token: number) => boolean;
  /** Phrase matches already looked up, per index and token: the stages ask the same questions often. */
  matches: Map<PhraseIndex<unknown>, (PhraseMatch<unknown> | null)[]>;
}

export interface Participant {
  entity: KnownEntity;
  role: Role;
  onBehalfOf: KnownEntity | null;
  /** A co-author named by "بالاشتراك مع": the act's own author may still be missing. */
  joint?: boolean;
  /** A side "the two sides" stands for: yields to sides the event names itself elsewhere. */
  inferred?: boolean;
}

export interface Claim {
  by: KnownEntity;
  stance: Stance;
}

/** One event as told in one place of the text, before mentions of the same event are merged. */
export interface EventMention {
  type: EventType;
  first: number;
  last: number;
  /** Last token of the cluster's first trigger, where its agent follows. */
  headLast: number;
  /** The first trigger is a verb: the actor after it is its subject. */
  verbal: boolean;
  sentence: number;
  clause: number;
  participants: Participant[];
  place: KnownEntity | null;
  date: string | null;
  /** A comparable key of the date expression even when it cannot be resolved (no publication date). */
  when: string | null;
  /** The date is that of a report of the event (أعلن X اليوم أن ...) or still to come: a firm date overrides it. */
  weaklyDated: boolean;
  casualties: number | null;
  claims: Claim[];
  /** A party is "the two sides": whoever the article named before. */
  bothSides: boolean;
  /** Told by the outlet in its own voice somewhere (not only through a claimant). */
  statedByOutlet: boolean;
  sentences: number[];
}

export function createContext(
  text: TokenizedText,
  mentions: EntityMention[],
  resources: ExtractionResources,
  isBody: (token: number) => boolean,
): ArticleContext {
  const mentionAtToken = new Map<number, EntityMention>();
  for (const mention of topLevel(mentions)) {
    for (let i = mention.first; i <= mention.last; i++) mentionAtToken.set(i, mention);
  }
  return { text, tokens: text.tokens, resources, mentions, mentionAtToken, isBody, matches: new Map() };
}

/** `index.matchAt(tokens, i)`, remembered for the article. */
export function matchIn<T>(
  context: ArticleContext,
  index: PhraseIndex<T>,
  i: number,
): PhraseMatch<T> | undefined {
  let known = context.matches.get(index as PhraseIndex<unknown>);
  if (!known) {
    known = [];
    context.matches.set(index as PhraseIndex<unknown>, known);
  }
  let match = known[i];
  if (match === undefined) {
    match = index.matchAt(context.tokens, i) ?? null;
    known[i] = match;
  }
  return (match ?? undefined) as PhraseMatch<T> | undefined;
}

/** The event types a trigger opens at token `i` outside a name (a blocked phrase opens none). */
export function eventTypesAt(context: ArticleContext, i: number): EventType[] {
  if (context.mentionAtToken.has(i)) return [];
  const values = matchIn(context, context.resources.triggers, i)?.values ?? [];
  return values.flatMap((value) => ('type' in value ? [value.type] : []));
}

/** Top-level mentions starting in [from, to], in text order. */
export function mentionsBetween(context: ArticleContext, from: number, to: number): EntityMention[] {
  const found: EntityMention[] = [];
  for (let i = Math.max(0, from); i <= to; i++) {
    const mention = context.mentionAtToken.get(i);
    if (mention && mention.first === i) found.push(mention);
  }
  return found;
}

export function sameClause(context: ArticleContext, a: number, b: number): boolean {
  return context.tokens[a]?.clause === context.tokens[b]?.clause;
}

export function sameSentence(context: ArticleContext, a: number, b: number): boolean {
  return context.tokens[a]?.sentence === context.tokens[b]?.sentence;
}

export function addParticipant(event: EventMention, participant: Participant): void {
  if (event.participants.some((p) => p.entity.id === participant.entity.id && p.role === participant.role))
    return;
  event.participants.push(participant);
}

/** First token of the clause of token `i`. */
export function clauseStart(context: ArticleContext, i: number): number {
  let k = i;
  while (k > 0 && sameClause(context, k - 1, i)) k--;
  return k;
}

/** Last token of the clause of token `i`. */
export function clauseLast(context: ArticleContext, i: number): number {
  let k = i;
  while (k < context.tokens.length - 1 && sameClause(context, k + 1, i)) k++;
  return k;
}

/** "X وY", "X ومدينة Y", "X and Y", "X and the Y", or nisba adjectives in a row ("سعودية أمريكية"). */
export function joinedByAnd(context: ArticleContext, previous: EntityMention, next: EntityMention): boolean {
  const gap = next.first - previous.last - 1;
  const between = previous.last + 1;
  if (gap === 0) return startsWithAnd(context, next.first) || (previous.adjectival && next.adjectival);
  const conjunction = !!matchIn(context, context.resources.phrases.conjunctions, between);
  // "X and the Y": the English article after the conjunction.
  const article = gap === 2 && context.tokens[between + 1]?.key === 'the';
  return (gap === 1 || article) && (startsWithAnd(context, between) || conjunction);
}

function startsWithAnd(context: ArticleContext, i: number): boolean {
  return !!context.tokens[i]?.key.startsWith('و');
}
