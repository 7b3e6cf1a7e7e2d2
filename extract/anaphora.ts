/**
 * Definite nouns standing for an actor named before them ("مقاتلو الحركة",
 * "نفذته الجماعة"، "أعلن الجيش"، "وقع عن الحكومة"): each becomes a mention of
 * the latest actor of the kinds its group names, preferring one named with the
 * same head word, so that roles and claims reach the actor; with none named
 * before, a state's body (الجيش، الحكومة) is that of the article's one country.
 * Such mentions add no surface form to the entity.
 */
import { type ArticleContext, matchIn } from './context.js';
import { type EntityMention, mentionOf } from './link.js';
import { matchKey } from './normalize.js';
import type { Anaphor, KnownEntity } from './resources.js';

/** A definite nisba-shaped word (الوطني، الشعبية). */
const DEFINITE_ADJECTIVE = /^ال\S{2,}يه?$/;

/** Mentions for the anaphoric group nouns of the article body. */
export function anaphorMentions(context: ArticleContext): EntityMention[] {
  const { tokens, resources } = context;
  const found: EntityMention[] = [];
  const before: EntityMention[] = [];
  let home: KnownEntity | null | undefined;
  const homeBody = (anaphor: Anaphor) => {
    if (anaphor.stateBody === null) return undefined;
    if (home === undefined) home = homeState(context);
    return home ? resources.compoundBodies.get(`${home.id}|${anaphor.stateBody}`) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const mention = context.mentionAtToken.get(i);
    if (mention) {
      if (mention.entity.type === 'ACTOR') before.push(mention);
      i = mention.last;
      continue;
    }
    const match = matchIn(context, resources.anaphors, i);
    const anaphor = match?.values[0];
    if (!match || !anaphor || !context.isBody(i) || namesAnother(context, match.last + 1)) continue;
    if (anaphor.alsoAdjective && context.tokens[i - 1]?.key.startsWith('ال')) continue;
    const antecedent = antecedentOf(before, anaphor)?.entity ?? homeBody(anaphor);
    if (!antecedent) continue;
    found.push(anaphorMention(context, antecedent, match));
    i = match.last;
  }
  return found;
}

/**
 * "الجيش الوطني"، "الحركة الشعبية": a definite adjective after the noun makes it
 * the name of another actor; a state's nisba ("وزير الخارجية القطري") names whose body it is.
 */
function namesAnother(context: ArticleContext, next: number): boolean {
  const mention = context.mentionAtToken.get(next);
  if (mention) return mention.adjectival && mention.first === next;
  return DEFINITE_ADJECTIVE.test(context.tokens[next]?.key ?? '');
}

/**
 * "أعلن الجيش" with no army named before stands for the army of the one state
 * whose country holds every place the article names (Sudan's in a report from
 * Nyala and Omdurman); of none when the places lie in several countries.
 */
function homeState(context: ArticleContext): KnownEntity | null {
  const { gazetteer } = context.resources;
  const countries = new Set<string>();
  for (const mention of context.mentions) {
    if (mention.entity.type !== 'PLACE' || mention.nested) continue;
    const chain = [mention.entity, ...gazetteer.ancestors(mention.entity.id)];
    const country = chain.find((place) => place.kind === 'COUNTRY' || place.kind === 'STATE');
    if (country) countries.add(country.name);
  }
  const [country] = countries;
  if (countries.size !== 1 || !country) return null;
  return gazetteer.lookup(country, 'ACTOR').find((entry) => entry.kind === 'STATE') ?? null;
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
  antecedent: KnownEntity,
  match: { first: number; last: number; prefixLength: number },
): EntityMention {
  const mention = mentionOf(context.text, antecedent, match.first, match.last, match.prefixLength, false);
  return { ...mention, anaphor: true };
}
