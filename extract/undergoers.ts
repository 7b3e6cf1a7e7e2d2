/**
 * Who underwent an attack: the subject of a verb of undergoing before the act's
 * noun ("تعرضت قوات X لهجوم"، "قواته تعرضت لقصف"، "army positions came under
 * attack") or of an English passive ("the convoy was attacked by Y") is its
 * target, never its author; the actor after "من"/"by" is the author.
 */
import {
  type ArticleContext,
  addParticipant,
  type EventMention,
  eventTypesAt,
  matchIn,
  mentionsBetween,
  sameClause,
} from './context.js';
import type { EntityMention } from './link.js';
import type { PhraseMatch } from './phrase-index.js';

/** Run before the subject and agent rules, which would make the undergoer the author. */
export function applyUndergoers(context: ArticleContext, event: EventMention): void {
  const verb = undergoVerbAt(context, event);
  if (!verb) return;
  const undergoer = actorBetween(context, verb.last + 1, event.first - 1) ?? subjectOf(context, verb.first);
  if (undergoer) addParticipant(event, { entity: undergoer.entity, role: 'TARGET', onBehalfOf: null });
  const author = authorAfter(context, event);
  if (author) addParticipant(event, { entity: author.entity, role: 'INITIATOR', onBehalfOf: null });
}

/**
 * A verb of undergoing before the trigger in its clause, with no other act or
 * speech between (before the act's noun); an English passive auxiliary right
 * before its verb.
 */
export function undergoVerbAt(context: ArticleContext, event: EventMention): PhraseMatch<true> | undefined {
  const { resources } = context;
  if (!resources.files.roles.casualtyTypes.includes(event.type)) return undefined;
  if (event.verbal) {
    const auxiliary = matchIn(context, resources.phrases.passiveAuxiliaries, event.first - 1);
    return auxiliary?.last === event.first - 1 ? auxiliary : undefined;
  }
  const from = Math.max(0, event.first - resources.files.roles.window);
  for (let i = event.first - 1; i >= from && sameClause(context, i, event.first); i--) {
    if (eventTypesAt(context, i).length > 0 || matchIn(context, resources.claimCues, i)) return undefined;
    const verb = matchIn(context, resources.phrases.undergoVerbs, i);
    if (verb && verb.last < event.first) return verb;
  }
  return undefined;
}

function actorBetween(context: ArticleContext, from: number, to: number): EntityMention | undefined {
  return mentionsBetween(context, from, to).find((m) => m.entity.type === 'ACTOR');
}

/** The nearest actor before the verb in its clause, unless a reporting verb or a complementizer stands between. */
function subjectOf(context: ArticleContext, verbFirst: number): EntityMention | undefined {
  const { resources } = context;
  for (let i = verbFirst - 1; i >= 0 && sameClause(context, i, verbFirst); i--) {
    if (matchIn(context, resources.claimCues, i) || matchIn(context, resources.phrases.speakerEnds, i))
      return undefined;
    const mention = context.mentionAtToken.get(i);
    if (mention?.entity.type === 'ACTOR') return mention;
  }
  return undefined;
}

/** "لهجوم من قوات X": the actor right after "من" after the act's noun. */
function authorAfter(context: ArticleContext, event: EventMention): EntityMention | undefined {
  const by = matchIn(context, context.resources.phrases.undergoneBy, event.last + 1);
  const mention = by ? context.mentionAtToken.get(by.last + 1) : undefined;
  return mention?.entity.type === 'ACTOR' && !mention.adjectival ? mention : undefined;
}
