/**
 * Nisba (relation adjective) forms of a country name, derived by rule:
 * أذربيجان → أذربيجاني, الأذربيجانية, أذربيجانيين...; روسيا → روسي; العراق → عراقي.
 */
import type { MorphologyFile } from './lexicon-files.js';
import { matchKey } from './normalize.js';

type NisbaRule = MorphologyFile['nisba'];

/** Every nisba form of the names, with and without the article, as match keys. */
export function nisbaForms(names: string[], rule: NisbaRule): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const adjective = nisbaAdjective(matchKey(name), rule);
    if (!adjective) continue;
    for (const suffix of rule.suffixes) {
      forms.add(adjective + suffix);
      forms.add(rule.article + adjective + suffix);
    }
  }
  return [...forms];
}

/** The masculine singular adjective of a normalized single-word name, or null. */
export function nisbaAdjective(name: string, rule: NisbaRule): string | null {
  if (name.includes(' ')) return null;
  const base = name.startsWith(rule.article) ? name.slice(rule.article.length) : name;
  if (base.length < 3) return null;
  const ending = rule.stemEndings.find((e) => base.endsWith(e) && base.length - e.length >= 2);
  const stem = ending ? base.slice(0, -ending.length) : base;
  if (stem.endsWith('يه')) return stem.slice(0, -1);
  return stem + rule.adjectiveEnding;
}
