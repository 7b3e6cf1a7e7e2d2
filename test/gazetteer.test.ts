import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../extract/normalize.js';
import { isAcronym, loadLexiconFiles } from '../extract/resources.js';
import { entityId } from '../gazetteer/ids.js';
import { DEFAULT_GAZETTEER_DIR, type Gazetteer, loadGazetteer, surfaceForms } from '../gazetteer/load.js';
import type { GazetteerEntry, GazetteerRecord } from '../gazetteer/types.js';
import { ACTOR_KINDS, type EntityType, PLACE_KINDS } from '../model/report.js';
import { buildCountryRecords, COUNTRIES_FILE } from '../tools/gazetteer/build-countries.js';

interface AllowedCollision {
  type: EntityType;
  alias: string;
  names: string[];
  why: string;
}

const ALLOWED_FILE = new URL('../tools/gazetteer/allowed-collisions.json', import.meta.url);

/** Bare words too common in Arabic (or English) news to be any entity's alias. */
const COMMON_WORDS = [
  'القاعدة',
  'العربية',
  'كيف',
  'فتح',
  'الشباب',
  'الأقصى',
  'عون',
  'سلام',
  'بري',
  'كان',
  'الساحل',
  'الحشد',
  'بحري',
  'سيول',
  'الحدث',
  'المسيرة',
  'الميادين',
  'المالي',
  'المالية',
  'المجري',
  'who',
  'us',
  'is',
  'let',
  'map',
  'male',
  'polish',
  'sake',
  'sour',
  'mit',
];

const gazetteer: Gazetteer = loadGazetteer();
const byId = new Map(gazetteer.entries.map((e) => [e.id, e]));

function readRecords(): { file: string; record: GazetteerRecord }[] {
  return readdirSync(DEFAULT_GAZETTEER_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const records = JSON.parse(
        readFileSync(join(DEFAULT_GAZETTEER_DIR, file), 'utf8'),
      ) as GazetteerRecord[];
      return records.map((record) => ({ file, record }));
    });
}

/** Normalized alias → names of the entries of one type that share it, where more than one does. */
function collisions(): Map<string, string[]> {
  const owners = new Map<string, Set<GazetteerEntry>>();
  for (const entry of gazetteer.entries) {
    for (const form of surfaceForms(entry)) {
      const key = `${entry.type}|${matchKey(form)}`;
      const set = owners.get(key) ?? new Set();
      set.add(entry);
      owners.set(key, set);
    }
  }
  const found = new Map<string, string[]>();
  for (const [key, set] of owners) {
    if (set.size > 1 && !isOneFamily([...set])) found.set(key, [...set].map((e) => e.name).sort());
  }
  return found;
}

/** A body may share a name with the state or place above it (a metonym): one chain, no collision. */
function isOneFamily(entries: GazetteerEntry[]): boolean {
  return entries.every((a) =>
    entries.every(
      (b) => a === b || gazetteer.ancestors(a.id).includes(b) || gazetteer.ancestors(b.id).includes(a),
    ),
  );
}

function lookupNames(name: string, type: EntityType): string[] {
  return gazetteer.lookup(name, type).map((e) => e.name);
}

const ARABIC = /[\u0600-\u06FF]/;

/** Whether the state carries one nisba in its four singular forms (سوداني، سودانية، السوداني، السودانية). */
function hasNisba(entry: GazetteerEntry): boolean {
  const keys = new Set(entry.aliases.map(matchKey));
  return entry.aliases.some((alias) => {
    const m = matchKey(alias);
    if (!m.endsWith('ي') || m.startsWith('ال') || m.includes(' ')) return false;
    return keys.has(`${m}ه`) && keys.has(`ال${m}`) && keys.has(`ال${m}ه`);
  });
}

describe('gazetteer references', () => {
  it('resolves every partOf to an existing PLACE', () => {
    const broken = gazetteer.entries
      .filter((e) => e.partOf && byId.get(e.partOf)?.type !== 'PLACE')
      .map((e) => `${e.name} → ${e.partOf}`);
    expect(broken).toEqual([]);
  });

  it('resolves every memberOf to an existing ACTOR', () => {
    const broken = gazetteer.entries
      .filter((e) => e.memberOf && byId.get(e.memberOf)?.type !== 'ACTOR')
      .map((e) => `${e.name} → ${e.memberOf}`);
    expect(broken).toEqual([]);
  });

  it('has no cycles in partOf or memberOf chains', () => {
    const cyclic = gazetteer.entries.filter((e) => {
      const seen = new Set([e.id]);
      for (let id = e.partOf ?? e.memberOf; id; ) {
        if (seen.has(id)) return true;
        seen.add(id);
        const next = byId.get(id);
        id = next ? (next.partOf ?? next.memberOf) : null;
      }
      return false;
    });
    expect(cyclic.map((e) => e.name)).toEqual([]);
  });

  it('uses only kinds of the taxonomy, per type', () => {
    const actorKinds: readonly string[] = ACTOR_KINDS;
    const placeKinds: readonly string[] = PLACE_KINDS;
    const wrong = gazetteer.entries.filter((e) =>
      e.type === 'ACTOR' ? !actorKinds.includes(e.kind) : !placeKinds.includes(e.kind),
    );
    expect(wrong.map((e) => `${e.name}: ${e.type}/${e.kind}`)).toEqual([]);
  });

  it('gives coordinates within range, latitude and longitude together', () => {
    const wrong = gazetteer.entries.filter((e) => {
      if (e.lat === null && e.lon === null) return false;
      if (e.lat === null || e.lon === null) return true;
      return Math.abs(e.lat) > 90 || Math.abs(e.lon) > 180;
    });
    expect(wrong.map((e) => e.name)).toEqual([]);
  });
});

describe('gazetteer records across files', () => {
  const groups = new Map<string, { file: string; record: GazetteerRecord }[]>();
  for (const item of readRecords()) {
    const id = entityId(item.record.type, item.record.name);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  const merged = [...groups.values()].filter((items) => items.length > 1);

  it('gives an entity written in several places the same kind and parent', () => {
    const conflicts: string[] = [];
    for (const items of merged) {
      const [first] = items;
      for (const field of ['kind', 'partOf', 'memberOf'] as const) {
        const given = items.filter((i) => i.record[field]);
        const values = new Set(given.map((i) => i.record[field]));
        // The loader keeps the first record's value, so a later one must not be the only one to say it.
        if (values.size > 1 || (given.length > 0 && !first?.record[field])) {
          conflicts.push(
            `${first?.record.name}.${field}: ${given.map((i) => `${i.file}=${i.record[field]}`)}`,
          );
        }
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('gives an entity written in several places consistent coordinates', () => {
    const conflicts = merged.filter((items) => {
      const located = items.filter((i) => typeof i.record.lat === 'number');
      return located.some(
        (i) =>
          Math.abs((i.record.lat ?? 0) - (located[0]?.record.lat ?? 0)) > 0.05 ||
          Math.abs((i.record.lon ?? 0) - (located[0]?.record.lon ?? 0)) > 0.05,
      );
    });
    expect(conflicts.map((items) => items[0]?.record.name)).toEqual([]);
  });

  it('holds no empty names or aliases', () => {
    const empty = readRecords().filter(
      ({ record }) => !record.name.trim() || record.aliases.some((a) => !a.trim() || matchKey(a) === ''),
    );
    expect(empty.map(({ file, record }) => `${file}: ${record.name}`)).toEqual([]);
  });
});

describe('gazetteer aliases', () => {
  it('shares a normalized alias between entries of one type only where allowed', () => {
    const allowed = JSON.parse(readFileSync(ALLOWED_FILE, 'utf8')) as AllowedCollision[];
    const expected = new Map(allowed.map((a) => [`${a.type}|${matchKey(a.alias)}`, [...a.names].sort()]));
    expect(Object.fromEntries(collisions())).toEqual(Object.fromEntries(expected));
  });

  it('marks the names of hand-written places that are frequent ordinary words as common words', () => {
    // Words whose news sense is the place itself (القدس, جدة; continents and cities that films name often).
    const newsSense = new Set(
      [
        ...['القدس', 'جدة', 'جده', 'نيويورك', 'أوروبا', 'أفريقيا', 'إنجلترا', 'ويلز', 'الخليج'],
        ...['سيدني', 'شيكاغو', 'بوسطن', 'ميامي', 'فلوريدا', 'كاليفورنيا', 'تكساس'],
      ].map(matchKey),
    );
    const frequent = new Set(loadLexiconFiles().ordinaryWords.slice(0, 10_000).map(matchKey));
    const handWritten = new Set(
      readRecords()
        .filter(({ file, record }) => file !== 'countries.json' && record.type === 'PLACE')
        .map(({ record }) => entityId('PLACE', record.name)),
    );
    const unmarked = gazetteer.entries
      .filter((e) => handWritten.has(e.id))
      .flatMap((entry) => {
        const common = new Set((entry.commonWords ?? []).map(matchKey));
        return surfaceForms(entry)
          .filter((f) => ARABIC.test(f))
          .map(matchKey)
          .filter((key) => frequent.has(key) && !common.has(key) && !newsSense.has(key))
          .map((key) => `${entry.name}: ${key}`);
      });
    expect(unmarked).toEqual([]);
  });

  it('keeps common words out of aliases, acronyms matched as written aside', () => {
    const keys = new Set(COMMON_WORDS.map(matchKey));
    const offending = gazetteer.entries.flatMap((e) =>
      surfaceForms(e)
        .filter((f) => keys.has(matchKey(f)) && !isAcronym(f))
        .map((f) => `${e.name}: ${f}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('gazetteer lookups', () => {
  it('finds states across Arabic spellings, nisbas and capitals', () => {
    expect(lookupNames('اذربيجان', 'ACTOR')).toContain('Azerbaijan');
    expect(lookupNames('أذربيجان', 'ACTOR')).toContain('Azerbaijan');
    expect(lookupNames('السودانية', 'ACTOR')).toEqual(['Sudan']);
    expect(lookupNames('سودانيه', 'ACTOR')).toEqual(['Sudan']);
    expect(lookupNames('الخرطوم', 'ACTOR')).toEqual(['Sudan']);
    expect(lookupNames('موسكو', 'ACTOR')).toEqual(['Russia']);
    expect(lookupNames('كييف', 'ACTOR')).toEqual(['Ukraine']);
    expect(lookupNames('باكو', 'ACTOR')).toEqual(['Azerbaijan']);
    expect(lookupNames('الأميركية', 'ACTOR')).toEqual(['United States']);
    expect(lookupNames('السعودي', 'ACTOR')).toEqual(['Saudi Arabia']);
    expect(lookupNames('Republic of Congo', 'ACTOR')).toEqual(['Republic of the Congo']);
    expect(lookupNames('Democratic Republic of Congo', 'ACTOR')).toEqual([
      'Democratic Republic of the Congo',
    ]);
  });

  it('finds places by Arabic and English names', () => {
    expect(lookupNames('الخرطوم', 'PLACE')).toEqual(['Khartoum']);
    expect(lookupNames('Kyiv', 'PLACE')).toEqual(['Kyiv']);
    expect(lookupNames('Kiev', 'PLACE')).toEqual(['Kyiv']);
    expect(lookupNames('الفاشر', 'PLACE')).toEqual(['El Fasher']);
    expect(lookupNames('غزة', 'PLACE')).toEqual(['Gaza Strip']);
    expect(lookupNames('السودان', 'PLACE')).toEqual(['Sudan']);
  });

  it('finds armed groups, bodies, people and media', () => {
    expect(lookupNames('قوات الدعم السريع', 'ACTOR')).toEqual(['Rapid Support Forces']);
    expect(lookupNames('الدعم السريع', 'ACTOR')).toEqual(['Rapid Support Forces']);
    expect(lookupNames('الجيش السوداني', 'ACTOR')).toEqual(['Sudanese Armed Forces']);
    expect(lookupNames('وزارة الدفاع الروسية', 'ACTOR')).toEqual(['Russian Defence Ministry']);
    expect(lookupNames('الخارجية السودانية', 'ACTOR')).toEqual(['Sudanese Foreign Ministry']);
    expect(lookupNames('أنصار الله', 'ACTOR')).toEqual(['Houthis']);
    expect(lookupNames('نتانياهو', 'ACTOR')).toEqual(['Benjamin Netanyahu']);
    expect(lookupNames('حميدتي', 'ACTOR')).toEqual(['Mohamed Hamdan Dagalo']);
    expect(lookupNames('روسيا اليوم', 'ACTOR')).toEqual(['RT Arabic']);
    expect(lookupNames('الأمم المتحدة', 'ACTOR')).toEqual(['United Nations']);
  });

  it('finds continents, world regions and large cities beyond the conflict regions', () => {
    expect(lookupNames('إفريقيا', 'PLACE')).toEqual(['Africa']);
    expect(lookupNames('اميركا اللاتينية', 'PLACE')).toEqual(['Latin America']);
    expect(lookupNames('هونغ كونغ', 'PLACE')).toEqual(['Hong Kong']);
    expect(lookupNames('مكة', 'PLACE')).toEqual(['Mecca']);
    expect(lookupNames('الإسكندرية', 'PLACE')).toEqual(['Alexandria']);
  });

  it('links a capital whose name is an ordinary word only after a place word (ماليه: financial)', () => {
    expect(lookupNames('ماليه', 'ACTOR')).toEqual([]);
    const male = gazetteer.lookup('ماليه', 'PLACE')[0];
    expect(male?.name).toBe('Malé');
    expect(male?.commonWords).toContain('ماليه');
  });

  it('finds sports clubs whose names are no town alone', () => {
    expect(lookupNames('بايرن ميونيخ', 'ACTOR')).toEqual(['Bayern Munich']);
    expect(lookupNames('الأرسنال', 'ACTOR')).toEqual(['Arsenal F.C.']);
  });
});

describe('gazetteer breadth', () => {
  const states = gazetteer.entries.filter((e) => e.type === 'ACTOR' && e.kind === 'STATE');

  it('holds at least 150 states with Arabic names, each with its country', () => {
    const named = states.filter((e) => e.names.ar && ARABIC.test(e.names.ar));
    expect(named.length).toBeGreaterThanOrEqual(150);
    const missing = states.filter((e) => byId.get(entityId('PLACE', e.name))?.kind !== 'COUNTRY');
    expect(missing.map((e) => e.name)).toEqual([]);
  });

  it('holds the four nisba forms for at least 80 states', () => {
    expect(states.filter(hasNisba).length).toBeGreaterThanOrEqual(80);
  });

  it('gives states their English adjectives, none that two states share and no abbreviation', () => {
    const adjectivesOf = (name: string) =>
      buildCountryRecords().find((r) => r.kind === 'STATE' && r.name === name)?.demonyms;
    expect(adjectivesOf('Qatar')).toEqual(['Qatari']);
    expect(adjectivesOf('Saudi Arabia')).toEqual(['Saudi Arabian', 'Saudi']);
    expect(adjectivesOf('United States')).toEqual(['American']);
    expect(adjectivesOf('Republic of the Congo')).toEqual([]);
  });

  it('matches the generator output in countries.json', () => {
    const written = JSON.parse(readFileSync(COUNTRIES_FILE, 'utf8')) as unknown;
    expect(written).toEqual(buildCountryRecords());
  });
});
