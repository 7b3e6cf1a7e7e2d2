/**
 * Name structure without a title: a chain of name words from the name table
 * (given and family names), joined by connectors (بن، آل، أبو، عبد), such as
 * "خافيير سولانا" or "خالد بن حمد العطية"; a single name word right after a
 * reporting verb ("وأوضح أنان أن"); and the usual English spelling of a name.
 */
import type { ExtractionResources } from './resources.js';
import type { Token } from './tokens.js';

/** Clitics a name's first word may carry (و of coordination, ل/ب of the preposition). */
const NAME_CLITICS = ['و', 'ل', 'ب', 'ف', 'ول', 'وب'];
const ARTICLE = 'ال';
/** Connectors that open a kunya (match keys). */
const KUNYA_OPENERS = new Set(['ابو', 'ام']);
const MIN_NAME_WORD = 2;
/** A noun with a possessive pronoun (قادتها، مفاوضيهم): never a name's first word. */
const PRONOUN_SUFFIX = /..(ها|هم|هما)$/;
/** Endings of a verb's person or a pronoun on a noun: what is left before them may be an ordinary word. */
const INFLECTION_ENDINGS = /(نا|وا|ها|ت|ا|ه)$/;

export interface NameWordReading {
  /** Characters of clitic before the name word. */
  prefixLength: number;
  english: string;
  common: boolean;
  /** Never a person alone (see NameWord.noun). */
  noun: boolean;
  connector: boolean;
  /** A family name written with the article (الحكيم). */
  definite: boolean;
}

/** How a token reads as part of a name, or null when it cannot be one. */
export function readNameWord(
  key: string,
  resources: ExtractionResources,
  allowClitic: boolean,
): NameWordReading | null {
  for (const prefix of allowClitic ? ['', ...NAME_CLITICS] : ['']) {
    if (!key.startsWith(prefix)) continue;
    const stem = key.slice(prefix.length);
    if (stem.length < MIN_NAME_WORD) continue;
    const reading = readStem(stem, resources);
    if (reading) return { ...reading, prefixLength: prefix.length };
  }
  return null;
}

function readStem(
  stem: string,
  resources: ExtractionResources,
): Omit<NameWordReading, 'prefixLength'> | null {
  const connector = resources.nameConnectors.get(stem);
  if (connector) return { english: connector, common: false, noun: false, connector: true, definite: false };
  const word = resources.nameWords.get(stem);
  if (word)
    return { english: word.english, common: word.common, noun: word.noun, connector: false, definite: false };
  if (!stem.startsWith(ARTICLE)) return null;
  const family = resources.nameWords.get(stem.slice(ARTICLE.length));
  if (!family) return null;
  return {
    english: `al-${family.english}`,
    common: family.common,
    noun: family.noun,
    connector: false,
    definite: true,
  };
}

/**
 * The last token of a name chain starting at `i`, or -1: at least two name
 * words, the first neither common nor definite, no connector at either end.
 */
export function nameChainEnd(
  tokens: readonly Token[],
  i: number,
  resources: ExtractionResources,
  usable: (k: number) => boolean,
): number {
  const first = tokens[i] ? readNameWord(tokens[i].key, resources, true) : null;
  if (!first || first.definite || (first.common && !opensWithCommonGivenName(tokens, i, resources)))
    return -1;
  const max = resources.files.personCues.maxNameWords;
  let last = i;
  // A kunya (أبو عبد الله، أم كلثوم) is a name by itself: its أبو counts as a word.
  let words = first.connector && !KUNYA_OPENERS.has(tokens[i]?.key.slice(first.prefixLength) ?? '') ? 0 : 1;
  for (let k = i + 1; k < tokens.length && k - i < max; k++) {
    const token = tokens[k] as Token;
    if (!usable(k) || token.punctBefore !== '' || token.sentence !== tokens[i]?.sentence) break;
    const reading = readNameWord(token.key, resources, false);
    if (!reading) break;
    last = k;
    if (!reading.connector) words++;
  }
  while (last > i && readNameWord(tokens[last]?.key ?? '', resources, false)?.connector) last--;
  return words >= 2 && last > i ? last : -1;
}

/**
 * A given name that is also an ordinary word, but not one of the most frequent (سالم، منى), opens a
 * name when a name word that is neither ordinary nor definite follows it (سالم يوسف, not سالم الجدران).
 */
function opensWithCommonGivenName(
  tokens: readonly Token[],
  i: number,
  resources: ExtractionResources,
): boolean {
  const key = tokens[i]?.key ?? '';
  const stem = NAME_CLITICS.includes(key.charAt(0)) && !resources.nameWords.has(key) ? key.slice(1) : key;
  if (resources.frequentWords.has(key) || resources.frequentWords.has(stem)) return false;
  // Inside a longer name (علي أكبر ولايتي) the name is read from its first word or its family name.
  const previous = tokens[i - 1];
  if (previous && tokens[i]?.punctBefore === '' && readNameWord(previous.key, resources, true)) return false;
  const next = tokens[i + 1];
  if (next?.punctBefore !== '' || next.sentence !== tokens[i]?.sentence) return false;
  const reading = readNameWord(next.key, resources, false);
  return (
    !!reading &&
    !reading.common &&
    !reading.connector &&
    !reading.definite &&
    !isOrdinaryWord(next.key, resources)
  );
}

/** A name word that is not an ordinary word, alone: a reporting verb before it, أن/إن (speakerEnds) or a clause end after it. */
export function isSpeakerName(
  tokens: readonly Token[],
  i: number,
  resources: ExtractionResources,
  afterVerb: boolean,
): boolean {
  const token = tokens[i];
  const reading = token ? readNameWord(token.key, resources, false) : null;
  if (!afterVerb || !reading || reading.common || reading.connector || reading.definite) return false;
  const next = tokens[i + 1];
  return (
    next === undefined || next.punctBefore !== '' || !!resources.phrases.speakerEnds.matchAt(tokens, i + 1)
  );
}

/**
 * A name word that is a person by itself (رايس، يلتسين): in the table, not common, not an ordinary
 * word, and without the article (العنابي is as often an adjective).
 */
export function isLoneName(key: string, resources: ExtractionResources): boolean {
  const reading = readNameWord(key, resources, true);
  if (!reading || reading.common || reading.noun || reading.connector || reading.definite) return false;
  if (key.startsWith(ARTICLE, reading.prefixLength)) return false;
  const minLength = reading.prefixLength > 0 ? 4 : 3;
  if (key.length - reading.prefixLength < minLength || isOrdinaryWord(key, resources)) return false;
  return !isInflectedOrdinaryWord(key, resources);
}

/**
 * An ordinary word behind a clitic (كأي، فليس، لحسن، سيدور) or before the ending of a verb or a
 * pronoun (بينت، مولت، رأينا، كانا، ناديه), though the name table took the whole in as a name.
 */
function isInflectedOrdinaryWord(key: string, resources: ExtractionResources): boolean {
  const ordinary = (stem: string) => stem.length >= MIN_NAME_WORD && resources.ordinaryWords.has(stem);
  if (/^س[يتن]/.test(key) && ordinary(key.slice(1))) return true;
  if (/^[وفبلك]/.test(key) && resources.frequentWords.has(key.slice(1)) && key.length > 3) return true;
  const ending = INFLECTION_ENDINGS.exec(key)?.[0];
  return !!ending && ordinary(key.slice(0, -ending.length));
}

/** A frequent ordinary word as written (بينما), or with a clitic or the article when the name table does not claim it. */
export function isOrdinaryWord(key: string, resources: ExtractionResources): boolean {
  if (resources.ordinaryWords.has(key)) return true;
  const name = readNameWord(key, resources, true);
  if (name && !name.common) return false;
  const readings = [
    key,
    ...[...NAME_CLITICS, ARTICLE].filter((p) => key.startsWith(p)).map((p) => key.slice(p.length)),
  ];
  return readings.some((reading) => resources.ordinaryWords.has(reading));
}

/**
 * An ordinary word that ends a name announced by a title, or keeps a title from
 * announcing one (الملك والشعب): as the first word and from the third word
 * on; as the second word only when it looks like a verb, a preposition's
 * phrase or a noun with a pronoun ("عباس يتحدث"، "بوش بشكل"), since a family
 * name can also be an ordinary word ("عمر صديق"); a definite nisba is a family name there (نوري المالكي).
 * A given name of the table goes on the name from the third word on (عبد الفتاح آدم حسن). After the
 * first word, an ordinary noun in the accusative ends the name.
 */
export function breaksName(key: string, position: number, resources: ExtractionResources): boolean {
  if (position === 0 && !readNameWord(key, resources, true) && PRONOUN_SUFFIX.test(key)) return true;
  if (position > 0 && isAccusativeNoun(key, resources)) return true;
  if (!isOrdinaryWord(key, resources)) return false;
  if (position === 0) return !readNameWord(key, resources, true) && looksLikeCommonNoun(key, resources);
  if (position === 1 && key.startsWith(ARTICLE) && key.endsWith('ي')) return false;
  if (/^س?[يتن]/.test(key) || /(ه|ها|هم|هما)$/.test(key)) return true;
  if (position >= 2) return !resources.nameWords.get(key)?.common;
  const prefix = [...NAME_CLITICS, ARTICLE].find(
    (p) => key.startsWith(p) && key.length - p.length >= MIN_NAME_WORD,
  );
  return !!prefix && resources.ordinaryWords.has(key.slice(prefix.length));
}

/** An ordinary word that is no name, with the alif of the accusative (قضائيا، مؤتمرا، متأثرا). */
function isAccusativeNoun(key: string, resources: ExtractionResources): boolean {
  const stem = key.slice(0, -1);
  return key.endsWith('ا') && resources.ordinaryWords.has(stem) && !resources.nameWords.has(stem);
}

/**
 * An ordinary noun with a possessive pronoun as written (فيلمه، قادتها), not a feminine name in ة
 * (صفية): it ends a name.
 */
export function isNounWithPronoun(written: string, key: string, resources: ExtractionResources): boolean {
  const suffix = /(ه|ها|هم|هما)$/.exec(written)?.[0];
  if (!suffix || readNameWord(key, resources, false)) return false;
  return resources.ordinaryWords.has(key.slice(0, -suffix.length));
}

/**
 * An ordinary word that a title cannot announce as a name (الإمام قصة، الملك والشعب، بينهم ثلاثة):
 * one of the most frequent words, a feminine or plural noun (ة، ات), or an ordinary word behind a
 * clitic. Rarer ordinary words stay possible: subtitles make many foreign names ordinary (جاسبر).
 */
function looksLikeCommonNoun(key: string, resources: ExtractionResources): boolean {
  if (resources.frequentWords.has(key) || /(ه|ات)$/.test(key)) return true;
  return [...NAME_CLITICS, ARTICLE].some(
    (p) => key.startsWith(p) && resources.ordinaryWords.has(key.slice(p.length)),
  );
}

const ALLAH = 'الله';
/** "الإله" (the God) after عبد: عبد الإله is a name, though the word ends like a pronoun. */
const ILAH = 'الاله';
const ABD_KEY = 'عبد';

/** Whether token `k` is the الله of a compound name (ذبيح الله، نصر الله، عبد الله), or the الإله of عبد الإله. */
export function isAllahCompound(
  tokens: readonly Token[],
  k: number,
  resources: ExtractionResources,
): boolean {
  const token = tokens[k];
  const before = tokens[k - 1];
  if (!token || !before || token.punctBefore !== '') return false;
  if (token.key === ILAH) return withoutClitic(before.key, resources) === ABD_KEY;
  return token.key === ALLAH && resources.allahCompounds.has(withoutClitic(before.key, resources));
}

/** A word without the clitic of coordination or preposition when the rest is an allahCompounds word. */
function withoutClitic(key: string, resources: ExtractionResources): string {
  const clitic = NAME_CLITICS.find(
    (p) => key.startsWith(p) && resources.allahCompounds.has(key.slice(p.length)),
  );
  return clitic ? key.slice(clitic.length) : key;
}

/** The usual English spelling of a name, word by word; `fallback(k)` spells word k the table lacks. */
export function englishName(
  words: readonly string[],
  resources: ExtractionResources,
  fallback: (k: number) => string,
): string {
  const spelled: string[] = [];
  words.forEach((word, k) => {
    const compound =
      word === ALLAH && k > 0
        ? resources.allahCompounds.get(withoutClitic(words[k - 1] ?? '', resources))
        : undefined;
    if (compound) {
      spelled[spelled.length - 1] = compound;
      return;
    }
    const english = readNameWord(word, resources, k === 0)?.english ?? fallback(k);
    const previous = spelled[spelled.length - 1];
    if (previous === ABD) spelled[spelled.length - 1] = `Abdel ${capitalized(english.replace(/^al-/, ''))}`;
    else spelled.push(english);
  });
  return spelled.join(' ');
}

/** The English form of the connector عبد, merged with the name after it (عبد الفتاح → Abdel Fattah). */
const ABD = 'Abd';

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The words of a discovered person's name that may stand for them alone later on: the family name. */
export function familyNameKeys(name: readonly string[], resources: ExtractionResources): string[] {
  const last = name[name.length - 1];
  if (!last || name.length < 2) return [];
  const reading = readNameWord(last, resources, false);
  if (
    reading?.common ||
    resources.frequentWords.has(last) ||
    reading?.connector ||
    last.length < 3 ||
    (!reading && isOrdinaryWord(last, resources))
  )
    return [];
  return last.startsWith(ARTICLE) ? [last, last.slice(ARTICLE.length)] : [last, ARTICLE + last];
}
