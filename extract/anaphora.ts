/**
 * Definite group nouns standing for a group named before them ("مقاتلو الحركة",
 * "نفذته الجماعة"): each becomes a mention of the latest actor of the kinds the
 * lexicon names, preferring one named with the same head word, so that roles
 * and claims reach the group. Such mentions add no
 * surface form to the entity.
 */
import { type ArticleContext, matchIn } from './context.js';
import type { EntityMention } from './link.js';
import { matchKey } from './normalize.js';

/** Mentions for the anaphoric group nouns of the article body. */
export function anaphorMentions(context: ArticleContext): EntityMention[] {
  const { tokens, resources } = context;
  const kinds = new Set<string>(resources.files.entityContext.anaphors.kinds);
  const found: EntityMention[] = [];
  const before: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mention = context.mentionAtToken.get(i);
    if (mention) {
      if (kinds.has(mention.entity.kind)) before.push(mention);
      i = mention.last;
      continue;
    }
    const match = matchIn(context, resources.anaphors, i);
    const antecedent = match && context.isBody(i) ? antecedentOf(before, match.values[0] ?? '') : undefined;
    if (!match || !antecedent) continue;
    found.push(anaphor(context, antecedent, i, match.last));
    i = match.last;
  }
  return found;
}

/** The latest actor named with the anaphor's head word (حركة حماس for الحركة), else the latest one. */
function antecedentOf(before: EntityMention[], head: string): EntityMention | undefined {
  const named = before.filter((m) => matchKey(m.text).includes(head));
  return named[named.length - 1] ?? before[before.length - 1];
}

function anaphor(
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
