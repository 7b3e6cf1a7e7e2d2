/**
 * Mention-level NER scoring on a CoNLL-style file (`TOKEN TAG` a line, BIO tags):
 * the tokens are joined into passages, extracted like any article, and every
 * entity mention becomes a token span typed PERS, LOC or ORG. A mention counts
 * when its span and type equal a reference mention's. Nisba adjectives
 * (الأمريكية) are not counted on either side.
 */
import { extractDocument } from '../extract/index.js';
import type { ExtractionResources } from '../extract/resources.js';
import { tokenize } from '../extract/tokens.js';
import type { ReportEntity } from '../model/report.js';
import { type Figures, figures } from './score.js';

export const NER_TYPES = ['PERS', 'LOC', 'ORG'] as const;
export type NerType = (typeof NER_TYPES)[number];

export interface ConllToken {
  word: string;
  tag: string;
}

interface Span {
  first: number;
  last: number;
  type: NerType;
}

export interface NerScore {
  tokens: number;
  overall: Figures;
  byType: Record<NerType, Figures>;
}

/** Sentences per extracted passage: enough context for titles and coreference. */
const SENTENCES_PER_PASSAGE = 8;
const SENTENCE_END = /^[.!?؟]$/;

/** Parses `TOKEN TAG` lines; blank lines and lines whose token is only white space are skipped. */
export function parseConll(text: string, file = 'input'): ConllToken[] {
  const tokens: ConllToken[] = [];
  text.split('\n').forEach((raw, k) => {
    const line = raw.trimEnd();
    const space = line.search(/\s\S*$/);
    const word = line.slice(0, Math.max(0, space)).trim();
    if (!line.trim() || (space >= 0 && !word)) return;
    if (space <= 0) throw new Error(`${file}:${k + 1}: expected "TOKEN TAG", got "${line}"`);
    tokens.push({ word, tag: line.slice(space + 1) });
  });
  return tokens;
}

/** Reference spans from BIO tags (an I- without its B- opens a mention, as conlleval does). */
export function referenceSpans(tokens: ConllToken[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  tokens.forEach(({ tag }, i) => {
    const [prefix, label] = tag.split('-') as [string, string | undefined];
    const type = NER_TYPES.find((t) => t === label);
    const continues = open && prefix === 'I' && open.type === type;
    if (continues && open) open.last = i;
    else {
      open = type && (prefix === 'B' || prefix === 'I') ? { first: i, last: i, type } : null;
      if (open) spans.push(open);
    }
  });
  return spans;
}

/** The NER type of a report entity: states are places in NER corpora; communities have none. */
export function nerType(entity: Pick<ReportEntity, 'type' | 'kind'>): NerType | null {
  if (entity.type === 'PLACE' || entity.kind === 'STATE') return 'LOC';
  if (entity.kind === 'PERSON') return 'PERS';
  if (entity.kind === 'COMMUNITY') return null;
  return 'ORG';
}

/** Extracts passages of the tokens and maps every mention back to a token span. */
export function predictedSpans(tokens: ConllToken[], resources: ExtractionResources): Span[] {
  const spans: Span[] = [];
  for (const passage of passages(tokens)) {
    const starts: number[] = [];
    let text = '';
    for (let i = passage.first; i <= passage.last; i++) {
      if (text) text += ' ';
      starts.push(text.length);
      text += tokens[i]?.word ?? '';
    }
    const tokenAt = (offset: number) => {
      let k = starts.length - 1;
      while (k > 0 && (starts[k] ?? 0) > offset) k--;
      return passage.first + k;
    };
    for (const article of extractDocument({ text, language: 'ar' }, resources)) {
      if (article.text !== text) continue;
      for (const entity of article.entities) {
        const type = nerType(entity);
        if (!type) continue;
        for (const mention of entity.mentions)
          spans.push({ first: tokenAt(mention.start), last: tokenAt(mention.end - 1), type });
      }
    }
  }
  return spans;
}

function passages(tokens: ConllToken[]): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = [];
  let first = 0;
  let sentences = 0;
  tokens.forEach(({ word }, i) => {
    if (!SENTENCE_END.test(word)) return;
    sentences++;
    if (sentences < SENTENCES_PER_PASSAGE) return;
    found.push({ first, last: i });
    first = i + 1;
    sentences = 0;
  });
  if (first < tokens.length) found.push({ first, last: tokens.length - 1 });
  return found;
}

/** Scores the tokens' predicted mentions against their tags. */
export function scoreNer(tokens: ConllToken[], resources: ExtractionResources): NerScore {
  const isNisba = (span: Span) => span.first === span.last && nisbaWord(tokens[span.first]?.word, resources);
  const reference = referenceSpans(tokens).filter((s) => !isNisba(s));
  const predicted = dedupe(predictedSpans(tokens, resources)).filter((s) => !isNisba(s));
  const key = (s: Span) => `${s.first}:${s.last}:${s.type}`;
  const referenceKeys = new Set(reference.map(key));
  const hits = predicted.filter((s) => referenceKeys.has(key(s)));
  const ofType = (type?: NerType): Figures => {
    const count = (list: Span[]) => list.filter((s) => !type || s.type === type).length;
    return figures({ tp: count(hits), predicted: count(predicted), reference: count(reference) });
  };
  return {
    tokens: tokens.length,
    overall: ofType(),
    byType: { PERS: ofType('PERS'), LOC: ofType('LOC'), ORG: ofType('ORG') },
  };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const span of spans) seen.set(`${span.first}:${span.last}:${span.type}`, span);
  return [...seen.values()];
}

function nisbaWord(word: string | undefined, resources: ExtractionResources): boolean {
  const { tokens } = tokenize(word ?? '');
  const match = resources.names.matchAt(tokens, 0);
  return !!match && match.last === tokens.length - 1 && match.values.every((c) => c.adjectival);
}

export function formatNer(score: NerScore): string {
  const row = (label: string, f: Figures) =>
    [
      label.padEnd(9),
      ...[f.precision, f.recall, f.f1].map((n) => n.toFixed(3).padStart(11)),
      ...[f.tp, f.predicted, f.reference].map((n) => String(n).padStart(11)),
    ].join('');
  const header = [
    'type'.padEnd(9),
    ...['precision', 'recall', 'f1', 'tp', 'predicted', 'reference'].map((h) => h.padStart(11)),
  ];
  return [
    `NER mentions over ${score.tokens} tokens (exact token spans; nisba adjectives not counted)`,
    header.join(''),
    ...NER_TYPES.map((type) => row(type, score.byType[type])),
    row('overall', score.overall),
    '',
  ].join('\n');
}
