/**
 * Discovery of persons and groups the gazetteer lacks, from their context: a
 * title before a name ("الرئيس X", "المتحدث العسكري لقوات الجماعة X"), a list
 * after "ضم"/"مثلهم" ("ضم A المسؤول عن...، وB نائب..."), a group word before
 * a definite name ("حركة X"). Cue words come from person-cues.json.
 */
import { entityId } from '../gazetteer/ids.js';
import type { ActorKind } from '../model/report.js';
import { type EntityMention, mentionOf } from './link.js';
import {
  breaksName,
  englishName,
  familyNameKeys,
  isAllahCompound,
  isLoneName,
  isNounWithPronoun,
  isOrdinaryWord,
  isSpeakerName,
  nameChainEnd,
  readNameWord,
} from './person-names.js';
import { type ExtractionResources, isDateWord, type KnownEntity, writtenForm } from './resources.js';
import { romanize } from './romanize.js';
import { isLatinWord, type Token, type TokenizedText } from './tokens.js';

const MAX_AFFILIATION_WORDS = 4;
/** Words after a name's comma, a known name counting as one, within which its apposition names a title or role ("X, a senior Hezbollah official"). */
const APPOSITION_REACH = 5;

/** Words of a paper's or a company's name between quotes (three when bare). */
const MAX_BODY_NAME_WORDS = 5;
const QUOTE = /["«»“”'‘’]/;
const TANWEEN = /[\u064B-\u064D]/;
/** Connectors that can open a name (match keys). */
const NAME_OPENERS = new Set(['ابو', 'ابي', 'ابا', 'عبد', 'ام', 'ابن']);

/** New person and group mentions over words no known name covers. */
export function discoverEntities(
  text: TokenizedText,
  known: EntityMention[],
  resources: ExtractionResources,
): EntityMention[] {
  const covered = new Map<number, EntityMention>();
  for (const mention of known) for (let i = mention.first; i <= mention.last; i++) covered.set(i, mention);
  const finder = new NameFinder(text, resources, covered);
  const found: EntityMention[] = [];
  for (let i = 0; i < text.tokens.length; i++) {
    if (covered.has(i)) continue;
    const names = finder.namesAfterCue(i);
    if (names.length === 0) names.push(...finder.nameAfterNationality(i));
    if (names.length === 0) names.push(...finder.latinNameBeforeRole(i));
    if (names.length === 0) names.push(...finder.unintroducedName(i));
    for (const name of names.map((n) => finder.withNisbaFamilyName(n))) {
      found.push(name);
      for (let k = name.first; k <= name.last; k++) covered.set(k, name);
    }
  }
  return withFamilyNames(text, found, [...known, ...found], covered, resources);
}

/**
 * A person's family name standing alone elsewhere in the article ("توفيق الحكيم" … "الحكيم",
 * a listed "وليام روتو" … "روتو") is that person, whether another rule found it or not.
 */
function withFamilyNames(
  text: TokenizedText,
  found: EntityMention[],
  persons: EntityMention[],
  covered: Map<number, EntityMention>,
  resources: ExtractionResources,
): EntityMention[] {
  const byKey = new Map<string, KnownEntity>();
  for (const mention of persons) {
    if (mention.entity.kind !== 'PERSON' || mention.nested) continue;
    const words = text.tokens.slice(mention.first, mention.last + 1).map((t) => t.key);
    for (const key of familyNameKeys(words, resources)) if (!byKey.has(key)) byKey.set(key, mention.entity);
  }
  const personOf = (i: number): { entity: KnownEntity; prefixLength: number } | null => {
    const key = text.tokens[i]?.key ?? '';
    const entity = byKey.get(key);
    if (entity) return { entity, prefixLength: 0 };
    const stripped = /^[وبلف]/.test(key) ? byKey.get(key.slice(1)) : undefined;
    return stripped ? { entity: stripped, prefixLength: 1 } : null;
  };
  const repointed = found.map((mention) => {
    const person =
      mention.first === mention.last && mention.entity.kind === 'PERSON' ? personOf(mention.first) : null;
    return person ? { ...mention, entity: person.entity } : mention;
  });
  const alone: EntityMention[] = [];
  text.tokens.forEach((_, i) => {
    const person = covered.has(i) ? null : personOf(i);
    if (person) alone.push(mentionOf(text, person.entity, i, i, person.prefixLength, false));
  });
  return [...repointed, ...alone];
}

/** Persons named with an honorific before them (الملا محمد يعقوب) keep that surface as an alias. */
export function withHonorifics(
  text: TokenizedText,
  mentions: EntityMention[],
  resources: ExtractionResources,
): EntityMention[] {
  const honorifics = resources.phrases.honorifics;
  return mentions.map((mention) => {
    const first = text.tokens[mention.first];
    // A clitic on the name's first word (والملا … ومحمد) puts the honorific out of reach.
    if (mention.entity.kind !== 'PERSON' || !first || mention.start > first.start) return mention;
    for (let k = Math.max(0, mention.first - 2); k < mention.first; k++) {
      const honorific = honorifics.matchAt(text.tokens, k);
      if (honorific?.last !== mention.first - 1 || text.tokens[mention.first]?.punctBefore !== '') continue;
      const start = text.tokens[k]?.start ?? mention.start;
      return { ...mention, aliases: [text.original.slice(start, mention.end)] };
    }
    return mention;
  });
}

class NameFinder {
  constructor(
    private readonly text: TokenizedText,
    private readonly resources: ExtractionResources,
    private readonly covered: Map<number, EntityMention>,
  ) {}

  private get tokens(): Token[] {
    return this.text.tokens;
  }

  /** A name found by any rule takes the nisba after it as its family name (see isNisbaFamilyName). */
  withNisbaFamilyName(name: EntityMention): EntityMention {
    if (name.entity.kind !== 'PERSON' || !this.isNisbaFamilyName(name.first, name.last + 1)) return name;
    const prefixLength = name.start - (this.tokens[name.first]?.start ?? name.start);
    return this.mention(name.first, name.last + 1, prefixLength, 'PERSON');
  }

  /**
   * A definite nisba in ي right after one to three name words from `first` is their family name
   * (أبو حمزة المصري، سعيد الكندي): a nationality comes before a name, not right after it.
   */
  private isNisbaFamilyName(first: number, k: number): boolean {
    const nisba = this.covered.get(k);
    const token = this.tokens[k];
    if (!token || !nisba?.adjectival || nisba.first !== k || nisba.last !== k || k - first > 3) return false;
    if (token.punctBefore !== '' || token.clause !== this.tokens[k - 1]?.clause) return false;
    return this.isDefinite(k) && token.key.endsWith('ي');
  }

  namesAfterCue(i: number): EntityMention[] {
    const cue = this.resources.personCues.matchAt(this.tokens, i);
    const kind = cue?.values[0];
    if (!cue || !kind) return [];
    if (kind === 'list') return this.nameList(cue.last + 1);
    if (kind === 'group')
      return this.optional(this.groupAt(i, cue.last + 1, cue.prefixLength, 'ARMED_GROUP'));
    if (kind === 'institution' && !this.isDefinite(i, cue.prefixLength))
      return this.optional(this.groupAt(i, cue.last + 1, cue.prefixLength, 'ORGANIZATION'));
    if (kind === 'media' || kind === 'company')
      return this.optional(this.bodyNameAt(cue.last + 1, kind === 'media' ? 'MEDIA' : 'ORGANIZATION'));
    const start = this.skipAffiliation(cue.last + 1);
    if (start < 0) return [];
    const definiteTitle = start === cue.last + 1 && this.isDefinite(cue.first);
    return this.optional(this.personAt(start, 0) ?? (definiteTitle ? this.nameAlone(start) : null));
  }

  /**
   * Two or more name words right after a nationality (التشيلي فرناندو غونزاليز، الكيني نديوا ريمي ليمو):
   * words of the name table or no words of the language, none frequent.
   */
  nameAfterNationality(i: number): EntityMention[] {
    const nationality = this.covered.get(i - 1);
    const token = this.tokens[i];
    if (!nationality?.adjectival || nationality.last !== i - 1 || !token || token.punctBefore !== '')
      return [];
    if (!this.isDefinite(nationality.first) || this.tokens[i - 1]?.clause !== token.clause) return [];
    const max = this.resources.files.personCues.maxNameWords;
    let last = i - 1;
    while (last - i + 1 < max && this.isNationalityNameWord(last + 1, last + 1 - i)) last++;
    return last > i ? [this.mention(i, last, 0, 'PERSON')] : [];
  }

  /**
   * "Mahmoud Qamati, a senior Hezbollah official,"، "Viktor Trehubov, spokesperson for": two or more
   * capitalized Latin words opening a clause, then a comma and a title or role within a few words.
   */
  latinNameBeforeRole(i: number): EntityMention[] {
    if (!this.isLatin(i) || !this.opensClause(i)) return [];
    const name = this.personAt(i, 0);
    const comma = name ? this.tokens[name.last + 1] : undefined;
    if (!name || name.last === name.first || !comma || !/[,،]/.test(comma.punctBefore)) return [];
    const { titles, personRoles } = this.resources.phrases;
    for (let k = name.last + 1, words = 0; words < APPOSITION_REACH; k++, words++) {
      if (this.tokens[k]?.clause !== comma.clause) return [];
      if (titles.matchAt(this.tokens, k) || personRoles.matchAt(this.tokens, k)) return [name];
      k = this.covered.get(k)?.last ?? k;
    }
    return [];
  }

  private opensClause(i: number): boolean {
    const previous = this.tokens[i - 1];
    return (
      !previous ||
      previous.clause !== this.tokens[i]?.clause ||
      /["“(]/.test(this.tokens[i]?.punctBefore ?? '')
    );
  }

  /** The `position`th word of a name after a nationality; a word with the article only second (فؤاد الكعام). */
  private isNationalityNameWord(k: number, position: number): boolean {
    const token = this.tokens[k];
    const inside = position > 0;
    if (!token || this.covered.has(k) || this.isCueWord(k) || this.isStopWord(token)) return false;
    if (inside && isAllahCompound(this.tokens, k, this.resources)) return true;
    if (this.isDefinite(k) && position !== 1) return false;
    if (inside && (token.punctBefore !== '' || token.key.startsWith('و'))) return false;
    if (this.resources.frequentWords.has(token.key)) return false;
    const reading = readNameWord(token.key, this.resources, false);
    if (reading) return !reading.connector || inside;
    return this.isUnknownNameWord(k, inside);
  }

  /** A chain of name words ("خافيير سولانا"), or a lone name word after a reporting verb ("قالت ليفني إن"). */
  unintroducedName(i: number): EntityMention[] {
    const reading = readNameWord(this.tokens[i]?.key ?? '', this.resources, true);
    const usable = (k: number) =>
      !!this.tokens[k] &&
      this.tokens[k].sentence === this.tokens[i]?.sentence &&
      !this.covered.has(k) &&
      !this.isStopWord(this.tokens[k]) &&
      !this.isCueWord(k) &&
      !this.hasTanween(k);
    if (!reading || !usable(i)) return [];
    const last = nameChainEnd(this.tokens, i, this.resources, usable);
    if (last > i) return [this.mention(i, last, reading.prefixLength, 'PERSON')];
    const verb = this.resources.claimCues.matchAt(this.tokens, i - 1);
    const afterVerb = !!verb && verb.last === i - 1 && this.tokens[i]?.punctBefore === '';
    if (!isLoneName(this.tokens[i]?.key ?? '', this.resources) || !this.mayStandAlone(i)) {
      return isSpeakerName(this.tokens, i, this.resources, afterVerb)
        ? [this.mention(i, i, 0, 'PERSON')]
        : [];
    }
    if (this.afterNonPersonHead(i) || this.predicateOfActor(i)) return [];
    const first = reading.prefixLength > 0 ? i : this.unknownNameStart(i, usable);
    const end = this.unknownNameEnd(i, usable);
    return [this.mention(first, end, first === i ? reading.prefixLength : 0, 'PERSON')];
  }

  /**
   * A name word of the table stands for a name whose other words the table may lack: the words
   * before it that are not ordinary ("تيري رود لارسن") or a connector ("أبو حمزة").
   */
  private unknownNameStart(i: number, usable: (k: number) => boolean): number {
    const max = this.resources.files.personCues.maxNameWords;
    let first = i;
    while (i - first + 1 < max && this.tokens[first]?.punctBefore === '' && first > 0) {
      const key = this.tokens[first - 1]?.key ?? '';
      const reading = readNameWord(key, this.resources, false);
      const nameWord = !!reading && (reading.connector || !reading.definite);
      if (!usable(first - 1) || !(nameWord || this.isUnknownNameWord(first - 1, false))) break;
      first--;
    }
    while (first < i && !this.startsName(first)) first++;
    return first;
  }

  /** بن، ولد، آل join two names and start none (ولد فرويد is "Freud was born"); أبو and عبد start one. */
  private startsName(k: number): boolean {
    const key = this.tokens[k]?.key ?? '';
    return !readNameWord(key, this.resources, false)?.connector || NAME_OPENERS.has(key);
  }

  /** …and the words after it that are name words or not ordinary ("يوسف بطرس غالي", "نوري المالكي"). */
  private unknownNameEnd(i: number, usable: (k: number) => boolean): number {
    const max = this.resources.files.personCues.maxNameWords;
    let last = i;
    while (last - i + 1 < max && usable(last + 1) && this.tokens[last + 1]?.punctBefore === '') {
      const key = this.tokens[last + 1]?.key ?? '';
      const reading = readNameWord(key, this.resources, false);
      const surname = last === i && this.isRareWordAsSurname(last + 1);
      if (!(reading && !reading.common) && !this.isUnknownNameWord(last + 1, true) && !surname) break;
      last++;
    }
    while (last > i && readNameWord(this.tokens[last]?.key ?? '', this.resources, false)?.connector) last--;
    return last;
  }

  /** A place, body, vessel or work word right before the name, or before a nisba before it (مدينة قوانغتشو، فيلم كليك، الناقلة الإسرائيلية X). */
  private afterNonPersonHead(i: number): boolean {
    const heads = this.resources.phrases.nonPersonHeads;
    // "ناقلة النفط الإسرائيلية (سكارليت راي)": a state's nisba may stand between the head and the name.
    const nisba = this.covered.get(i - 1);
    const end = nisba?.adjectival && nisba.last === i - 1 ? nisba.first - 1 : i - 1;
    for (let k = Math.max(0, end - 1); k <= end; k++)
      if (heads.matchAt(this.tokens, k)?.last === end) return true;
    return false;
  }

  /** "الولايات المتحدة وبريطانيا شنتا": a lone word right after a state or body named without a title is what it did. */
  private predicateOfActor(i: number): boolean {
    const before = this.covered.get(i - 1);
    return (
      !!before &&
      before.entity.type === 'ACTOR' &&
      before.entity.kind !== 'PERSON' &&
      !before.adjectival &&
      this.tokens[i]?.punctBefore === ''
    );
  }

  /** Neither a month (شباط، ماي) nor a day, nor written with the tanween of an adverb (نافياً). */
  private mayStandAlone(k: number): boolean {
    if (!this.tokens[k] || this.hasTanween(k)) return false;
    return !isDateWord(this.tokens, k, this.resources);
  }

  /** Written with tanween (دامٍ، نافياً): an indefinite noun, adjective or adverb, never a name. */
  private hasTanween(k: number): boolean {
    const token = this.tokens[k];
    return !!token && TANWEEN.test(this.text.original.slice(token.start, token.end));
  }

  /**
   * An Arabic word that is not an ordinary one, a clitic-led one or a noun with a pronoun; after the
   * name it may carry the article (نوري المالكي), before it it must not look like a plural verb,
   * a verbal noun (إرهاب، استشهاد، انسحاب، اعتقال), a preposition's phrase or a plural (يحتملون،
   * للشهيد، مواطنون), though a foreign name may open with ا, ن or ت (أميتاب باتشان); never a
   * dual, a feminine plural or an accusative noun (موجهتين، نائبا).
   */
  private isUnknownNameWord(k: number, after: boolean): boolean {
    const token = this.tokens[k];
    if (!token || !/^[\u0621-\u064A]{3,}$/.test(token.key) || this.isCueWord(k) || !this.mayStandAlone(k))
      return false;
    if (isOrdinaryWord(token.key, this.resources) || /^و|(ه|ها|هم)$/.test(token.key)) return false;
    if (/(تين|تان|يين|ات)$/.test(token.key) || this.isAccusative(token.key)) return false;
    return after || !/^(ال|است|ان)|^ا..ا.$|^ا.ت.ا.$|(ون|ين|وا)$/.test(token.key);
  }

  /**
   * A rarer ordinary word right after a given name is its family name (جيمس بيكي، إدوارد ملاك): the
   * subtitles behind the ordinary list spell many foreign family names. Not a frequent word, nor a word of three letters or of the verb shape أفعل (حقق، أهدر), nor one
   * with the article, a clitic before an ordinary word, a pronoun, tanween or the shape of a verb, a plural or an accusative.
   */
  private isRareWordAsSurname(k: number): boolean {
    const token = this.tokens[k];
    if (!token || !this.resources.ordinaryWords.has(token.key) || this.resources.frequentWords.has(token.key))
      return false;
    if (this.hasTanween(k) || this.isCueWord(k) || this.isAccusative(token.key)) return false;
    if (/^[وفبل]/.test(token.key) && this.resources.ordinaryWords.has(token.key.slice(1))) return false;
    return token.key.length >= 4 && !/^(ال|س?[يتن])|^ا...$|(ه|ها|هم|ون|ين|ات|ان|وا|ة)$/.test(token.key);
  }

  /** An ordinary noun in the accusative without its tanween written (نائبا، يوما). */
  private isAccusative(key: string): boolean {
    return key.endsWith('ا') && this.resources.ordinaryWords.has(key.slice(0, -1));
  }

  private optional(mention: EntityMention | null): EntityMention[] {
    return mention ? [mention] : [];
  }

  /** "A role...، وB role...، وC": a name, its description, then the next name after "، و" or right after it. */
  private nameList(from: number): EntityMention[] {
    const names: EntityMention[] = [];
    const sentence = this.tokens[from]?.sentence;
    const first = this.firstNameWord(from);
    let i = first;
    while (i < this.tokens.length && this.tokens[i]?.sentence === sentence) {
      const prefixLength = i === first ? 0 : 1;
      const name = this.isListName(i, prefixLength) ? this.personAt(i, prefixLength) : null;
      if (name) names.push(name);
      i = this.nextListItem((name?.last ?? i) + 1, sentence);
    }
    return names;
  }

  /**
   * The list's first name may come after a few definite words or known names about the delegation
   * ("ضم الوفد الحكومي A"), not after a count or a noun ("بينهم ثلاثة صحفيين").
   */
  private firstNameWord(from: number): number {
    for (let i = from; i < from + MAX_AFFILIATION_WORDS; i++) {
      if (this.isListName(i)) return i;
      if (!this.covered.has(i) && !this.isDefinite(i)) break;
    }
    return this.tokens.length;
  }

  /**
   * A list cue (بينهم، هم، ضم) is weaker than a title: an item starts with a word of the name table
   * or with a word that is not an ordinary one ("بينهم صحفيون" lists no one).
   */
  private isListName(i: number, prefixLength = 0): boolean {
    const key = this.tokens[i]?.key.slice(prefixLength) ?? '';
    const named = !!readNameWord(key, this.resources, false) || !isOrdinaryWord(key, this.resources);
    return named && this.isNameWord(i, prefixLength);
  }

  private nextListItem(from: number, sentence: number | undefined): number {
    for (let i = from; i < this.tokens.length && this.tokens[i]?.sentence === sentence; i++) {
      const token = this.tokens[i];
      const startsItem = i === from || /[،,]/.test(token?.punctBefore ?? '');
      if (startsItem && token?.key.startsWith('و') && token.key !== 'و' && !this.covered.has(i)) return i;
    }
    return this.tokens.length;
  }

  /**
   * Skips the affiliation between a title and the name ("العسكري لقوات الجماعة",
   * "وكالة المخابرات", "الدفاع المدني في قطاع غزة"); -1 when no new name follows.
   */
  private skipAffiliation(i: number): number {
    let k = i;
    while (k - i < MAX_AFFILIATION_WORDS * 2 && this.isAffiliationWord(k)) k++;
    if (this.covered.get(k)?.entity.kind === 'PERSON') return -1;
    // "رئيس الوزراء الأرميني: غياب ترسيم ...": after a colon comes what the title said, not a name.
    if (this.tokens[k]?.punctBefore.includes(':')) return -1;
    if (this.isNameWord(k, 0)) return k;
    return k === i ? i : -1;
  }

  private isAffiliationWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || (i > 0 && this.tokens[i - 1]?.clause !== token.clause)) return false;
    const known = this.covered.get(i);
    if (known) return known.entity.kind !== 'PERSON';
    const next = this.tokens[i + 1];
    const beforeName = !!next && (this.isDefinite(i + 1) || this.covered.has(i + 1));
    const prefixed = beforeName && this.affiliationPrefixes.some((p) => token.key.startsWith(p));
    const preposition = this.isStopWord(token) && this.covered.has(i + 1);
    const organization = !!this.resources.phrases.organizationHeads.matchAt(this.tokens, i);
    return this.isDefinite(i) || prefixed || preposition || organization;
  }

  private get affiliationPrefixes(): string[] {
    const { ar = [], en = [] } = this.resources.files.personCues.affiliationPrefixes;
    return [...ar, ...en];
  }

  /** Up to maxNameWords name words from `i`; the first may carry a و of coordination. */
  private personAt(i: number, prefixLength: number): EntityMention | null {
    const max = this.resources.files.personCues.maxNameWords;
    let last = i - 1;
    let words = 0;
    while (words < max && this.isNameWord(last + 1, last + 1 === i ? prefixLength : 0, last + 1 - i)) {
      last++;
      if (!this.isLatinParticle(last)) words++;
    }
    if (last > i && this.isConnectorAt(last)) last = this.compoundEnd(last);
    if (last >= i && this.isNisbaFamilyName(i, last + 1)) last++;
    if (last < i || (last === i && !this.isLatin(i))) return null;
    if (this.isLatin(i) && this.resources.phrases.nonPersonTails.matchAt(this.tokens, last + 1)) return null;
    return this.mention(i, last, prefixLength, 'PERSON');
  }

  /**
   * One word right after a definite title (الرئيس بري، الدكتور حجازي): a name word of the table
   * that is neither common nor a connector, or a word of no language not ending like an accusative
   * or a plural in construct (متوازنا، مقاتلو); never before a word that may go on the name (a
   * chain cut short: الفريق تاديسي ويريدي), nor after a title in the construct state (رئيس مهندسي),
   * which a noun follows.
   */
  private nameAlone(i: number): EntityMention | null {
    const token = this.tokens[i];
    if (!token || !this.isNameWord(i, 0) || !this.mayStandAlone(i)) return null;
    const reading = readNameWord(token.key, this.resources, false);
    const named = reading
      ? !reading.common && !reading.connector && !reading.noun
      : this.isUnknownNameWord(i, false) && !/[او]$/.test(token.key);
    return named && this.endsNameAlone(i + 1) ? this.mention(i, i, 0, 'PERSON') : null;
  }

  /**
   * After a name alone: punctuation, the text's end, a known name, an ordinary word or one joined by و
   * (ومواقفنا، وزوجته), not another word of a name.
   */
  private endsNameAlone(k: number): boolean {
    const token = this.tokens[k];
    if (token?.punctBefore !== '' || this.covered.has(k) || this.isStopWord(token)) return true;
    const reading = readNameWord(token.key, this.resources, false);
    if (reading) return reading.common;
    const rest = token.key.slice(1);
    const coordinated =
      token.key.startsWith('و') && (/(ه|ها|هم|هما|نا)$/.test(rest) || isOrdinaryWord(rest, this.resources));
    return coordinated || isOrdinaryWord(token.key, this.resources);
  }

  private isConnectorAt(k: number): boolean {
    return !!readNameWord(this.tokens[k]?.key ?? '', this.resources, false)?.connector;
  }

  /** A name cut at a connector: عبد takes the name after it (دلال عبد العزيز), any other is dropped. */
  private compoundEnd(k: number): number {
    const next = this.tokens[k + 1];
    const compound =
      this.tokens[k]?.key === 'عبد' && !!next && next.punctBefore === '' && !this.covered.has(k + 1);
    return compound && readNameWord(next.key, this.resources, false) ? k + 1 : k - 1;
  }

  /**
   * The group word and the definite words after it: "حركة الشباب المجاهدين"، "حركة العدل والمساواة"،
   * "جامعة البلقاء التطبيقية"، "معهد الدراسات للسلام" (a word with لل of "for the" goes on the name
   * after the first). Not a verbal noun after لـ ("لتنظيم الاستفتاء").
   */
  private groupAt(cue: number, i: number, cuePrefixLength: number, kind: ActorKind): EntityMention | null {
    const definite = (k: number) =>
      (k > i ? /^(ال|وال|لل)/ : /^(ال|وال)/).test(this.tokens[k]?.key ?? '') && this.isGroupWord(k);
    if (!definite(i) || /ل$/.test(this.tokens[cue]?.key.slice(0, cuePrefixLength) ?? '')) return null;
    let last = i;
    while (last - i + 1 < this.resources.files.personCues.maxNameWords && definite(last + 1)) last++;
    return this.mention(cue, last, 0, kind);
  }

  /**
   * The name of a paper or a company after its head word, without it: the words between quotes
   * (صحيفة «هآرتس»), else up to three words that are capitalized Latin or no words of the language
   * (شركة فاغنر). A word the gazetteer knows, a nisba or an ordinary word ends the bare name.
   */
  private bodyNameAt(i: number, kind: ActorKind): EntityMention | null {
    const opening = this.tokens[i]?.punctBefore ?? '';
    const quoted = QUOTE.test(opening);
    const bare = (k: number) =>
      this.isLatin(k)
        ? this.isCapitalized(k)
        : this.isUnknownNameWord(k, true) || !!readNameWord(this.tokens[k]?.key ?? '', this.resources, false);
    const inName = (k: number) => {
      const token = this.tokens[k];
      if (!token || this.covered.has(k) || token.sentence !== this.tokens[i]?.sentence) return false;
      if (k === i) return quoted || (opening === '' && bare(k));
      return token.punctBefore === '' && (quoted || bare(k));
    };
    let last = i - 1;
    while (last - i + 1 < MAX_BODY_NAME_WORDS && inName(last + 1)) last++;
    if (last < i) return null;
    if (quoted && !QUOTE.test(this.tokens[last + 1]?.punctBefore ?? '')) return null;
    return this.mention(i, last, 0, kind);
  }

  private isGroupWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || this.covered.has(i) || this.isStopWord(token) || this.isCueWord(i)) return false;
    return token.punctBefore === '' && token.clause === this.tokens[i - 1]?.clause;
  }

  /** Whether token `i` can be the `position`th word of a name (0: its first). */
  private isNameWord(i: number, prefixLength: number, position = 0): boolean {
    const inside = position > 0;
    const token = this.tokens[i];
    const previous = this.tokens[i - 1];
    if (!token || this.covered.has(i) || /^\d/.test(token.key) || this.isStopWord(token)) return false;
    // "السنيورة لـ"سي ان ان"": a lone letter is a clitic written apart, never a word of a name.
    if (this.hasTanween(i) || (token.key.length < 2 && !this.isLatin(i))) return false;
    const hyphenated = token.punctBefore === '-' && this.isLatinParticle(i - 1);
    // "Sassou N'Guesso", "O'Brien": a capital after an apostrophe inside the word goes on the name.
    const elided = /^['’]$/.test(token.punctBefore) && token.start === (previous?.end ?? 0) + 1;
    const joined = token.punctBefore === '' || hyphenated || (elided && this.isCapitalized(i));
    if (inside && (token.clause !== previous?.clause || !joined)) return false;
    if (inside && token.key.startsWith('و') && i > 0) return false;
    if (inside && isAllahCompound(this.tokens, i, this.resources)) return true;
    if (this.isCueWord(i)) return false;
    if (this.isLatin(i)) return this.isCapitalized(i) || (inside && this.isLatinParticle(i));
    if (breaksName(token.key, position, this.resources)) return false;
    const written = this.text.original.slice(token.start, token.end);
    if (inside && isNounWithPronoun(written, token.key, this.resources)) return false;
    return !(prefixLength === 0 && !inside && this.isDefinite(i));
  }

  /** Titles, roles, list verbs (ضم), triggers and reporting verbs end a name. */
  private isCueWord(i: number): boolean {
    const { phrases, triggers, claimCues, personCues } = this.resources;
    if (personCues.matchAt(this.tokens, i)?.values[0] === 'list') return true;
    return [phrases.personRoles, phrases.titles, triggers, claimCues].some(
      (index) => !!index.matchAt(this.tokens, i),
    );
  }

  private isStopWord(token: Token): boolean {
    const written = writtenForm(this.text.original.slice(token.start, token.end));
    return this.resources.writtenStopWords.has(written);
  }

  /**
   * Written with the article ال (after `prefixLength` characters of clitic); a name with a hamza
   * (ألكسندر، إلياس) only looks so once normalized.
   */
  private isDefinite(i: number, prefixLength = 0): boolean {
    const token = this.tokens[i];
    return !!token && this.text.original.startsWith('ال', token.start + prefixLength);
  }

  /** "bin", "al" inside a Latin name, before a capitalized word joined by a space or a hyphen. */
  private isLatinParticle(i: number): boolean {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    const joined = next?.punctBefore === '' || next?.punctBefore === '-';
    return (
      !!token &&
      this.isLatin(i) &&
      this.resources.files.personCues.latinParticles.includes(token.key) &&
      joined &&
      this.isCapitalized(i + 1)
    );
  }

  private isLatin(i: number): boolean {
    return isLatinWord(this.tokens[i]);
  }

  private isCapitalized(i: number): boolean {
    const token = this.tokens[i];
    return !!token && /^\p{Lu}/u.test(this.text.original.slice(token.start, token.end));
  }

  private mention(first: number, last: number, prefixLength: number, kind: ActorKind): EntityMention {
    const probe = mentionOf(this.text, placeholder, first, last, prefixLength, false);
    const tokens = this.tokens.slice(first, last + 1);
    const words = tokens.map((t, k) => (k === 0 ? t.key.slice(prefixLength) : t.key));
    const written = tokens.map((t, k) =>
      this.text.original.slice(t.start + (k === 0 ? prefixLength : 0), t.end),
    );
    const entity = discoveredEntity(probe.text, words, written, kind, this.resources);
    return { ...probe, entity };
  }
}

const placeholder: KnownEntity = {
  id: '',
  name: '',
  type: 'ACTOR',
  kind: 'PERSON',
  memberOf: null,
  partOf: null,
};

function discoveredEntity(
  surface: string,
  words: string[],
  written: string[],
  kind: ActorKind,
  resources: ExtractionResources,
): KnownEntity {
  const { transliteration } = resources.files.morphology;
  const arabic = /[\u0600-\u06FF]/.test(surface);
  const name =
    kind === 'PERSON' && arabic
      ? englishName(words, resources, (k) => romanize(written[k] ?? '', transliteration))
      : arabic
        ? romanize(surface, transliteration)
        : surface.replace(/\s+/g, ' ');
  return {
    id: entityId('ACTOR', name),
    name,
    type: 'ACTOR',
    kind,
    memberOf: null,
    partOf: null,
  };
}
