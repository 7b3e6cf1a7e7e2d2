/**
 * Generates seed/gazetteer/countries.json: per state a STATE actor, its COUNTRY place, its
 * capital and (where a nisba is known) its armed forces, defence and foreign ministries.
 *
 *   npx tsx tools/gazetteer/build-countries.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18n from 'i18n-iso-countries';
import arLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import type { Country } from 'world-countries';
import { DEFAULT_GAZETTEER_DIR } from '../../gazetteer/load.js';
import type { GazetteerRecord } from '../../gazetteer/types.js';
import {
  AR_FIX,
  BODY_ALIASES,
  CAPITALS,
  type CapitalSpec,
  DEMONYM,
  EN_ALIASES,
  EN_NAME,
  EXTRA_STATES,
  NISBA,
  type NisbaSpec,
  NO_MILITARY,
  STATE_AR_ALIASES,
  WIKIDATA,
} from './country-data.js';

i18n.registerLocale(arLocale);

// world-countries ships CommonJS typings whose default export NodeNext does not see as the array.
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

/** One spelling of a nisba in its four singular forms, plus plurals where regular. */
interface NisbaForms {
  masc: string;
  fem: string;
  defMasc: string;
  defFem: string;
  plurals: string[];
}

interface Nisba {
  variants: NisbaForms[];
  /** Whether the forms may stand for the state itself. */
  bare: boolean;
}

/**
 * Aliases a generated body must not get: "القوات اللبنانية" is the Lebanese Forces party, and
 * the seed document reads "القوات الأرمنية" as Karabakh's forces (Artsakh Defence Army).
 */
const OMITTED_BODY_ALIASES = new Set(['القوات اللبنانية', 'القوات الأرمنية']);

const unique = (items: (string | undefined)[]): string[] => [
  ...new Set(items.filter((s): s is string => !!s && s.trim() !== '')),
];

function inflectWords(phrase: string): NisbaForms {
  const words = phrase.split(' ');
  const map = (f: (w: string) => string) => words.map(f).join(' ');
  return {
    masc: phrase,
    fem: map((w) => `${w}ة`),
    defMasc: map((w) => `ال${w}`),
    defFem: map((w) => `ال${w}ة`),
    plurals: [map((w) => `${w}ون`), map((w) => `${w}ين`), map((w) => `ال${w}ون`), map((w) => `ال${w}ين`)],
  };
}

function inflectPrefixed(prefix: string, stem: string): NisbaForms {
  return {
    masc: `${prefix} ${stem}`,
    fem: `${prefix} ${stem}ة`,
    defMasc: `ال${prefix} ${stem}`,
    defFem: `ال${prefix} ${stem}ة`,
    plurals: [],
  };
}

export function inflectNisba(spec: NisbaSpec): Nisba {
  if (Array.isArray(spec)) return { variants: spec.map(inflectWords), bare: true };
  if ('prefix' in spec)
    return { variants: [inflectPrefixed(spec.prefix, spec.stem)], bare: spec.bare ?? true };
  return { variants: [inflectWords(spec.stem)], bare: false };
}

function nisbaAliases(nisba: Nisba): string[] {
  if (!nisba.bare) return [];
  return nisba.variants.flatMap((v) => [v.masc, v.fem, v.defMasc, v.defFem, ...v.plurals]);
}

function selectedCountries(): Country[] {
  return worldCountries
    .filter((c) => c.unMember || EXTRA_STATES.includes(c.cca3))
    .sort((a, b) => englishName(a).localeCompare(englishName(b)));
}

function englishName(c: Country): string {
  return EN_NAME[c.cca3] ?? c.name.common;
}

function arabicNames(c: Country): { primary: string; all: string[] } {
  const fix = AR_FIX[c.cca3] ?? {};
  const ara = c.translations.ara;
  const primary = fix.ar ?? ara?.common ?? i18n.getName(c.cca2, 'ar') ?? '';
  const fromIso = i18n.getName(c.cca2, 'ar', { select: 'all' }) ?? [];
  const dropped = new Set(fix.drop ?? []);
  const all = unique([primary, ara?.common, ara?.official, ...fromIso, ...(fix.add ?? [])]).filter(
    (s) => !dropped.has(s),
  );
  return { primary, all };
}

function englishNames(c: Country): string[] {
  return unique([englishName(c), c.name.common, c.name.official, ...(EN_ALIASES[c.cca3] ?? [])]);
}

function capitalMetonyms(capital: CapitalSpec | undefined): string[] {
  if (!capital || capital.metonym === false) return [];
  return [capital.ar, capital.en, ...(capital.aliases ?? [])];
}

function stateRecord(c: Country, nisba: Nisba | undefined, sharedDemonyms: Set<string>): GazetteerRecord {
  const name = englishName(c);
  const ar = arabicNames(c);
  return {
    name,
    type: 'ACTOR',
    kind: 'STATE',
    names: { ar: ar.primary, en: name },
    aliases: unique([
      ...ar.all,
      ...englishNames(c),
      ...(nisba ? nisbaAliases(nisba) : []),
      ...capitalMetonyms(CAPITALS[c.cca3]),
      ...(STATE_AR_ALIASES[c.cca3] ?? []),
    ]),
    wikidata: WIKIDATA[c.cca3] ?? null,
    demonyms: englishAdjectives(c, sharedDemonyms),
  };
}

/** The English adjectives of the state (Qatari, American, Saudi), unless another state shares one; abbreviations (US) are no words. */
function englishAdjectives(c: Country, shared: Set<string>): string[] {
  const adjectives = [c.demonyms.eng?.m, DEMONYM[c.cca3]].filter(
    (a): a is string => !!a && !/^[A-Z]+$/.test(a),
  );
  return unique(adjectives).filter((a) => !shared.has(a) && !englishNames(c).includes(a));
}

/** "Congolese", "Dominican": adjectives two states share name neither. */
function demonymsOfSeveral(countries: Country[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const adjective of countries.map((c) => c.demonyms.eng?.m ?? ''))
    (seen.has(adjective) ? shared : seen).add(adjective);
  return shared;
}

function countryRecord(c: Country): GazetteerRecord {
  const name = englishName(c);
  const ar = arabicNames(c);
  return {
    name,
    type: 'PLACE',
    kind: 'COUNTRY',
    names: { ar: ar.primary, en: name },
    aliases: unique([...ar.all, ...englishNames(c)]),
    wikidata: WIKIDATA[c.cca3] ?? null,
    lat: c.latlng[0],
    lon: c.latlng[1],
  };
}

function capitalRecord(c: Country, capital: CapitalSpec): GazetteerRecord {
  return {
    name: capital.en,
    type: 'PLACE',
    kind: 'CITY',
    names: { ar: capital.ar, en: capital.en },
    aliases: unique([capital.ar, capital.en, ...(capital.aliases ?? [])]),
    partOf: capital.partOf ?? englishName(c),
    lat: capital.lat,
    lon: capital.lon,
    ...(capital.commonWords ? { commonWords: capital.commonWords } : {}),
  };
}

interface BodyTemplate {
  suffix: string;
  kind: 'ARMED_FORCES' | 'GOVERNMENT_BODY';
  arabic: (v: NisbaForms) => string[];
  english: (demonym: string) => string[];
  military: boolean;
}

const BODY_TEMPLATES: BodyTemplate[] = [
  {
    suffix: 'Armed Forces',
    kind: 'ARMED_FORCES',
    arabic: (v) => [`القوات المسلحة ${v.defFem}`, `الجيش ${v.defMasc}`, `القوات ${v.defFem}`],
    english: (d) => [`${d} army`, `${d} military`],
    military: true,
  },
  {
    suffix: 'Defence Ministry',
    kind: 'GOVERNMENT_BODY',
    arabic: (v) => [`وزارة الدفاع ${v.defFem}`, `الدفاع ${v.defFem}`],
    english: (d) => [`${d} Ministry of Defence`, `${d} Defense Ministry`],
    military: true,
  },
  {
    suffix: 'Foreign Ministry',
    kind: 'GOVERNMENT_BODY',
    arabic: (v) => [`وزارة الخارجية ${v.defFem}`, `الخارجية ${v.defFem}`],
    english: (d) => [`${d} Ministry of Foreign Affairs`],
    military: false,
  },
];

function demonymOf(c: Country): string {
  return DEMONYM[c.cca3] ?? c.demonyms.eng?.m ?? englishName(c);
}

/** "جيش السودان": the army by the country's own name, for each Arabic name without a title. */
function armyByCountryName(c: Country): string[] {
  const common = c.translations.ara?.common;
  const plain = common && !common.startsWith('جمهورية') ? [common] : [];
  return unique([arabicNames(c).primary, ...plain]).map((name) => `جيش ${name}`);
}

function bodyRecords(c: Country, nisba: Nisba): GazetteerRecord[] {
  const demonym = demonymOf(c);
  const state = englishName(c);
  const templates = BODY_TEMPLATES.filter((t) => !t.military || !NO_MILITARY.has(c.cca3));
  return templates.map((t) => {
    const name = `${demonym} ${t.suffix}`;
    const arabic = nisba.variants.flatMap(t.arabic);
    const byName = t.kind === 'ARMED_FORCES' ? armyByCountryName(c) : [];
    return {
      name,
      type: 'ACTOR',
      kind: t.kind,
      names: { ar: arabic[0], en: name },
      aliases: unique([...arabic, ...byName, ...t.english(demonym), ...(BODY_ALIASES[name] ?? [])]).filter(
        (a) => !OMITTED_BODY_ALIASES.has(a),
      ),
      memberOf: state,
    };
  });
}

/** All records of countries.json, in output order. */
export function buildCountryRecords(): GazetteerRecord[] {
  const records: GazetteerRecord[] = [];
  const countries = selectedCountries();
  const shared = demonymsOfSeveral(countries);
  for (const c of countries) {
    const spec = NISBA[c.cca3];
    const nisba = spec ? inflectNisba(spec) : undefined;
    records.push(stateRecord(c, nisba, shared), countryRecord(c));
    const capital = CAPITALS[c.cca3];
    if (capital) records.push(capitalRecord(c, capital));
    if (nisba) records.push(...bodyRecords(c, nisba));
  }
  return records;
}

export const COUNTRIES_FILE = join(DEFAULT_GAZETTEER_DIR, 'countries.json');

function main(): void {
  const records = buildCountryRecords();
  writeFileSync(COUNTRIES_FILE, `${JSON.stringify(records, null, 1)}\n`);
  console.log(`wrote ${records.length} records to ${COUNTRIES_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
