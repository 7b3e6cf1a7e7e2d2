import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationError, compilePassage, type Passage } from '../tools/dev-set/annotation.js';
import { compileDevSet, DEV_DIR, serializeReference } from '../tools/dev-set/compile.js';

const passage = (text: string, aliases: string[]): Passage => ({
  id: 'p',
  text,
  meta: { publishedAt: '2024-01-02', source: 'Outlet' },
  annotation: {
    title: 't',
    entities: [{ id: 'x', name: 'X', type: 'ACTOR', kind: 'STATE', aliases }],
    events: [],
  },
});

describe('dev-set annotations', () => {
  it('finds every mention of an alias, after clitics and with ال merged into لل', () => {
    const text = 'وصل الجيش ثم انسحب والجيش وقال للجيش إن الجيشين';
    const [article] = compilePassage(passage(text, ['الجيش']));
    const mentions = article?.entities[0]?.mentions ?? [];
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['الجيش', 'الجيش', 'جيش']);
  });

  it('refuses an alias the text does not contain and an event naming an unknown entity', () => {
    expect(() => compilePassage(passage('قال الجيش', ['الشرطة']))).toThrow(AnnotationError);
    const bad = passage('قال الجيش', ['الجيش']);
    bad.annotation.events.push({
      type: 'STATEMENT',
      date: null,
      place: 'nowhere',
      participants: [],
      claims: [],
      factuality: 'REPORTED',
      casualties: null,
      evidence: 'قال الجيش',
    });
    expect(() => compilePassage(bad)).toThrow(/unknown entity "nowhere"/);
  });

  it('seed/dev/reference.json is the compiled annotations (npm run dev-set)', () => {
    const committed = readFileSync(join(DEV_DIR, 'reference.json'), 'utf8');
    expect(committed).toBe(serializeReference(compileDevSet()));
  });
});
