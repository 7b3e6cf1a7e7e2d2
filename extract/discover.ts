/**
 * Discovery of persons and groups the gazetteer lacks, from their context: a
 * title before a name ("الرئيس X", "المتحدث العسكري لقوات الجماعة X"), a list
 * after "ضم"/"مثلهم" ("ضم A المسؤول عن...، وB نائب..."), a group word before
 * a definite name ("حركة X"). Cue words come from person-cues.json.
 */
import { entityId } from '../gazetteer/ids.js';
import type { ActorKind } from '../model/report.js';
import { type EntityMention, mentionOf } from './link.js';
import { type ExtractionResources, type KnownEntity, writtenForm } from './resources.js';
import type { Token, TokenizedText } from './tokens.js';

const MAX_AFFILIATION_WORDS = 4;

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
    for (const name of names) {
      found.push(name);
      for (let k = name.first; k <= name.last; k++) covered.set(k, name);
    }
  }
  return found;
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

  namesAfterCue(i: number): EntityMention[] {
    const cue = this.resources.personCues.matchAt(this.tokens, i);
    const kind = cue?.values[0];
    if (!cue || !kind) return [];
    if (kind === 'list') return this.nameList(cue.last + 1);
    if (kind === 'group') return this.optional(this.groupAt(i, cue.last + 1));
    const start = this.skipAffiliation(cue.last + 1);
    return start < 0 ? [] : this.optional(this.personAt(start, 0));
  }

  private optional(mention: EntityMention | null): EntityMention[] {
    return mention ? [mention] : [];
  }

  /** "A role...، وB role...، وC": a name, its description, then the next name after "، و" or right after it. */
  private nameList(from: number): EntityMention[] {
    const names: EntityMention[] = [];
    const sentence = this.tokens[from]?.sentence;
    let i = this.firstNameWord(from);
    while (i < this.tokens.length && this.tokens[i]?.sentence === sentence) {
      const name = this.personAt(i, names.length > 0 ? 1 : 0);
      if (name) names.push(name);
      i = this.nextListItem((name?.last ?? i) + 1, sentence);
    }
    return names;
  }

  /** The list's first name may come after a few words about the delegation ("ضم الوفد الحكومي A"). */
  private firstNameWord(from: number): number {
    for (let i = from; i < from + MAX_AFFILIATION_WORDS; i++) if (this.isNameWord(i, 0)) return i;
    return from;
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
    if (this.isNameWord(k, 0)) return k;
    return k === i ? i : -1;
  }

  private isAffiliationWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || (i > 0 && this.tokens[i - 1]?.clause !== token.clause)) return false;
    const known = this.covered.get(i);
    if (known) return known.entity.kind !== 'PERSON';
    const next = this.tokens[i + 1];
    const beforeName = !!next && (next.key.startsWith('ال') || this.covered.has(i + 1));
    const prefixed = beforeName && this.affiliationPrefixes.some((p) => token.key.startsWith(p));
    const preposition = this.isStopWord(token) && this.covered.has(i + 1);
    const organization = !!this.resources.phrases.organizationHeads.matchAt(this.tokens, i);
    return token.key.startsWith('ال') || prefixed || preposition || organization;
  }

  private get affiliationPrefixes(): string[] {
    const { ar = [], en = [] } = this.resources.files.personCues.affiliationPrefixes;
    return [...ar, ...en];
  }

  /** Up to maxNameWords name words from `i`; the first may carry a و of coordination. */
  private personAt(i: number, prefixLength: number): EntityMention | null {
    const max = this.resources.files.personCues.maxNameWords;
    let last = i - 1;
    while (last - i + 1 < max && this.isNameWord(last + 1, last + 1 === i ? prefixLength : 0, last + 1 > i))
      last++;
    if (last < i || (last === i && !this.isLatin(i))) return null;
    return this.mention(i, last, prefixLength, 'PERSON');
  }

  /** The group word and the definite words after it: "حركة الشباب المجاهدين"، "حركة العدل والمساواة". */
  private groupAt(cue: number, i: number): EntityMention | null {
    const definite = (k: number) => /^(ال|وال)/.test(this.tokens[k]?.key ?? '') && this.isGroupWord(k);
    if (!definite(i)) return null;
    let last = i;
    while (last - i + 1 < this.resources.files.personCues.maxNameWords && definite(last + 1)) last++;
    return this.mention(cue, last, 0, 'ARMED_GROUP');
  }

  private isGroupWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || this.covered.has(i) || this.isStopWord(token) || this.isCueWord(i)) return false;
    return token.punctBefore === '' && token.clause === this.tokens[i - 1]?.clause;
  }

  private isNameWord(i: number, prefixLength: number, inside = false): boolean {
    const token = this.tokens[i];
    const previous = this.tokens[i - 1];
    if (!token || this.covered.has(i) || /^\d/.test(token.key) || this.isStopWord(token)) return false;
    if (inside && (token.clause !== previous?.clause || token.punctBefore !== '')) return false;
    if (inside && token.key.startsWith('و') && i > 0) return false;
    if (this.isCueWord(i)) return false;
    if (this.isLatin(i)) return /^\p{Lu}/u.test(this.text.original.slice(token.start, token.end));
    return !(prefixLength === 0 && !inside && token.key.startsWith('ال'));
  }

  /** Titles, roles, triggers and reporting verbs end a name. */
  private isCueWord(i: number): boolean {
    const { phrases, triggers, claimCues } = this.resources;
    return [phrases.personRoles, phrases.titles, triggers, claimCues].some(
      (index) => !!index.matchAt(this.tokens, i),
    );
  }

  private isStopWord(token: Token): boolean {
    const written = writtenForm(this.text.original.slice(token.start, token.end));
    return this.resources.writtenStopWords.has(written);
  }

  private isLatin(i: number): boolean {
    return /^[a-z]/.test(this.tokens[i]?.key ?? '');
  }

  private mention(first: number, last: number, prefixLength: number, kind: ActorKind): EntityMention {
    const probe = mentionOf(this.text, placeholder, first, last, prefixLength, false);
    const entity = discoveredEntity(probe.text, kind, this.resources);
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

function discoveredEntity(surface: string, kind: ActorKind, resources: ExtractionResources): KnownEntity {
  const name = transliterate(surface, resources.files.morphology.transliteration);
  return {
    id: entityId('ACTOR', name),
    name,
    type: 'ACTOR',
    kind,
    memberOf: null,
    partOf: null,
  };
}

/** A readable Latin spelling: letter by letter, each word capitalized. */
export function transliterate(surface: string, table: Record<string, string>): string {
  const latin = [...surface].map((ch) => table[ch] ?? (/[\u0600-\u06FF]/.test(ch) ? '' : ch)).join('');
  return latin.replace(
    /(^|\s)(\p{L})/gu,
    (_m, space: string, letter: string) => space + letter.toUpperCase(),
  );
}
