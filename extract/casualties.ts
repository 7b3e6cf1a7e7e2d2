/** The death toll of an attack: a number before a casualty noun in the trigger's clause. */
import { type ArticleContext, clauseLast, clauseStart, type EventMention, matchIn } from './context.js';

/** A number (digits, or digits with a multiplier word) before a casualty noun in the clause. */
export function findCasualties(context: ArticleContext, event: EventMention): number | null {
  const roles = context.resources.files.roles;
  if (!roles.casualtyTypes.includes(event.type)) return null;
  const { tokens, resources } = context;
  const clauseEnd = clauseLast(context, event.first);
  for (let i = clauseStart(context, event.first); i <= clauseEnd; i++) {
    const value = Number((tokens[i]?.key ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value) || !/^\d/.test(tokens[i]?.key ?? '')) continue;
    const multiplier = resources.numbers.get(tokens[i + 1]?.key ?? '');
    const nounAt = multiplier ? i + 2 : i + 1;
    if (matchIn(context, resources.phrases.casualtyNouns, nounAt)) return value * (multiplier ?? 1);
  }
  return null;
}
