import type { Provenance } from './model.js';
import { codepointCompare } from './order.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Locates the sentences of an event's evidence (joined by " … ") in its article text. */
export function locateEvidence(articleText: string, evidence: string | undefined): Sentence[] {
  if (!evidence) return [];
  const sentences: Sentence[] = [];
  let searchFrom = 0;
  for (const piece of evidence.split(' … ')) {
    const text = piece.trim();
    if (!text) continue;
    let start = articleText.indexOf(text, searchFrom);
    if (start < 0) start = articleText.indexOf(text);
    sentences.push(start < 0 ? { text, start: -1, end: -1 } : { text, start, end: start + text.length });
    if (start >= 0) searchFrom = start + text.length;
  }
  return sentences;
}

/** The first sentence that covers one of the spans, else the first sentence. */
export function sentenceCovering(
  sentences: Sentence[],
  spans: { start: number; end: number }[],
): Sentence | null {
  const covering = sentences.find(
    (s) => s.start >= 0 && spans.some((m) => m.start >= s.start && m.end <= s.end),
  );
  return covering ?? sentences[0] ?? null;
}

export function provenanceOf(articleId: string | null, sentence: Sentence | null): Provenance {
  return {
    articleId,
    evidence: sentence?.text ?? null,
    start: sentence && sentence.start >= 0 ? sentence.start : null,
    end: sentence && sentence.end >= 0 ? sentence.end : null,
  };
}

export const GAZETTEER_PROVENANCE: Provenance = {
  articleId: null,
  evidence: 'gazetteer',
  start: null,
  end: null,
};

/** The provenance of several relationships saying one thing: each source once, by article and offset. */
export function sortedEvidence(items: readonly Provenance[]): Provenance[] {
  const unique = new Map<string, Provenance>();
  for (const { articleId, evidence, start, end } of items) {
    unique.set(JSON.stringify([articleId, evidence, start, end]), { articleId, evidence, start, end });
  }
  return [...unique.values()].sort(
    (a, b) => codepointCompare(a.articleId ?? '', b.articleId ?? '') || (a.start ?? 0) - (b.start ?? 0),
  );
}
