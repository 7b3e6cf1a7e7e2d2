import { describe, expect, it } from 'vitest';
import { type ConllToken, parseConll, referenceSpans, scoreNer } from '../eval/ner.js';
import { loadExtractionResources } from '../extract/index.js';

const resources = loadExtractionResources();
const conll = (lines: string) => parseConll(lines.trim());

describe('npm run eval -- ner', () => {
  it('reads BIO spans, an I- after O opening a mention', () => {
    const tokens = conll('قال O\nعبد B-PERS\nالله I-PERS\nفي O\nالقاهرة I-LOC\n. O');
    expect(referenceSpans(tokens)).toEqual([
      { first: 1, last: 2, type: 'PERS' },
      { first: 4, last: 4, type: 'LOC' },
    ]);
  });

  it('refuses a line without a tag and skips a token that is only white space', () => {
    expect(() => parseConll('قال O\nالقاهرة\n')).toThrow(/input:2: expected "TOKEN TAG"/);
    expect(parseConll('قال O\n O\n').map((t: ConllToken) => t.word)).toEqual(['قال']);
  });

  it('scores exact spans of the right type, nisba adjectives aside', () => {
    const tokens = conll(`
وصل O
وزير O
الخارجية O
إلى O
القاهرة B-LOC
و O
باريس B-LOC
لإجراء O
محادثات O
مصرية O
فرنسية B-LOC
. O`);
    const score = scoreNer(tokens, resources);
    expect(score.byType.LOC).toMatchObject({ tp: 2, reference: 2 });
    expect(score.byType.PERS).toMatchObject({ tp: 0, predicted: 0, reference: 0 });
  });
});
