/**
 * Definite nouns standing for an actor named before them ("مقاتلو الحركة",
 * "نفذته الجماعة"، "أعلن الجيش"، "وقع عن الحكومة"): each becomes a mention of
 * the latest actor of the kinds its group names, preferring one named with the
 * same head word, so that roles and claims reach the actor. Such mentions add
 * no surface form to the entity.
 */
import { type ArticleContext, matchIn } from './context.js';
import type { EntityMention } from './link.js';
import { matchKey } from './normalize.js';
import type { Anaphor } from './resources.js';

/** Mentions for the anaphoric group nouns of the article body. */
export function anaphorMentions(context: ArticleContext): EntityMention[] {
  const { tokens, resources } = context;
  const found: EntityMention[] = [];
  const before: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mention = context.mentionAtToken.get(i);
    if (mention) {
      if (mention.entity.type === 'ACTOR') before.push(mention);
      i = mention.last;
      continue;
    }
    const match = matchIn(context, resources.anaphors, i);
    const anaphor = match?.values[0];
    const antecedent = anaphor && context.isBody(i) ? antecedentOf(before, anaphor) : undefined;
    if (!match || !antecedent) continue;
    found.push(anaphorMention(context, antecedent, i, match.last));
    i = match.last;
  }
  return found;
}

/** The latest actor of the anaphor's kinds named with its head word (حركة حماس for الحركة), else the latest one of those kinds. */
function antecedentOf(before: EntityMention[], anaphor: Anaphor): EntityMention | undefined {
  const ofKinds = before.filter((m) => anaphor.kinds.has(m.entity.kind));
  const named = ofKinds.filter((m) =>
    [m.text, ...(m.aliases ?? [])].some((text) => matchKey(text).includes(anaphor.head)),
  );
  return named[named.length - 1] ?? (anaphor.sameHead ? undefined : ofKinds[ofKinds.length - 1]);
}

function anaphorMention(
  context: ArticleContext,
  antecedent: EntityMention,
  first: number,
  last: number,
): EntityMention {
  const start = context.tokens[first]?.start ?? 0;
  const end = context.tokens[last]?.end ?? start;
  return {
    entity: antecedent.entity,
    first,
    last,
    start,
    end,
    text: context.text.original.slice(start, end),
    adjectival: false,
    nested: false,
    anaphor: true,
  };
}
