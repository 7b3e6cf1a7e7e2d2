import { readFileSync } from 'node:fs';
import type { ExtractionInput } from '../extract/index.js';
import type { Gazetteer } from '../gazetteer/load.js';
import type { GazetteerEntry } from '../gazetteer/types.js';

interface Templates {
  titles: string[];
  sentences: string[];
  weekdays: string[];
}

const TEMPLATES = JSON.parse(readFileSync(new URL('./templates.json', import.meta.url), 'utf8')) as Templates;

/** A small deterministic generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StateCast {
  state: GazetteerEntry;
  army: GazetteerEntry;
  cities: GazetteerEntry[];
}

/** States with an army and at least one city in the gazetteer: the cast of the synthetic news. */
function castOf(gazetteer: Gazetteer): StateCast[] {
  const armies = new Map(
    gazetteer.entries.filter((e) => e.kind === 'ARMED_FORCES').map((e) => [e.memberOf, e]),
  );
  const cities = new Map<string, GazetteerEntry[]>();
  for (const city of gazetteer.entries.filter((e) => e.kind === 'CITY' && e.names.ar && e.partOf)) {
    cities.set(city.partOf ?? '', [...(cities.get(city.partOf ?? '') ?? []), city]);
  }
  return gazetteer.entries.flatMap((state) => {
    const army = armies.get(state.id);
    const stateCities = cities.get(state.id.replace(/^actor:/, 'place:')) ?? [];
    return state.kind === 'STATE' && army?.names.ar && state.names.ar && stateCities.length
      ? [{ state, army, cities: stateCities }]
      : [];
  });
}

/**
 * Builds `count` Arabic news articles from the templates and the gazetteer:
 * different states, cities, dates and numbers, each article a distinct text.
 */
export function syntheticCorpus(count: number, gazetteer: Gazetteer, seed = 42): ExtractionInput[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const cast = castOf(gazetteer);
  const start = Date.parse('2020-01-01');
  return Array.from({ length: count }, (_, i) => {
    const [a, b, c] = [pick(cast), pick(cast), pick(cast)];
    const slots: Record<string, string> = {
      army: a.army.names.ar ?? '',
      army2: b.army.names.ar ?? '',
      state: a.state.names.ar ?? '',
      state2: b.state.names.ar ?? '',
      mediator: c.state.names.ar ?? '',
      city: pick(a.cities).names.ar ?? '',
      venue: pick(c.cities).names.ar ?? '',
      weekday: pick(TEMPLATES.weekdays),
      n: String(1 + Math.floor(next() * 90)),
    };
    const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot] ?? '');
    const order = TEMPLATES.sentences
      .map((sentence) => ({ sentence, key: next() }))
      .sort((x, y) => x.key - y.key);
    const sentences = order.slice(0, 3 + Math.floor(next() * 3)).map(({ sentence }) => fill(sentence));
    return {
      title: `${fill(pick(TEMPLATES.titles))} (${i + 1})`,
      text: sentences.join(' '),
      publishedAt: new Date(start + Math.floor(next() * 1500) * 86_400_000).toISOString().slice(0, 10),
      source: 'Synthetic Wire',
      language: 'ar',
    };
  });
}
