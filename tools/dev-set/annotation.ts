/**
 * Compiles an analyst's annotation of a development passage (`NN_slug.ann.json`
 * beside `NN_slug.txt`) into reference articles of the report format: entity
 * mentions are found in the text from the aliases, ids are prefixed with the
 * article's, and linked headlines become HEADLINE articles.
 */
import { detectLanguage } from '../../extract/language.js';
import type {
  Factuality,
  ReportArticle,
  ReportEntity,
  ReportEvent,
  Role,
  Stance,
} from '../../model/report.js';

export interface AnnotatedEntity {
  id: string;
  name: string;
  type: ReportEntity['type'];
  kind: ReportEntity['kind'];
  /** Surface forms as written in the text, without a leading clitic. */
  aliases: string[];
}

export interface AnnotatedEvent {
  type: ReportEvent['type'];
  date: string | null;
  place: string | null;
  participants: { entity: string; role: Role; onBehalfOf?: string | null }[];
  claims: { by: string; stance: Stance }[];
  factuality: Factuality;
  casualties: number | null;
  evidence: string;
}

interface AnnotatedText {
  title: string;
  agencies?: string[];
  tags?: string[];
  entities: AnnotatedEntity[];
  events: AnnotatedEvent[];
}

export interface Annotation extends AnnotatedText {
  headlines?: (AnnotatedText & { source?: string | null })[];
}

export interface PassageMeta {
  publishedAt: string | null;
  source: string | null;
  url?: string | null;
}

export interface Passage {
  id: string;
  text: string;
  meta: PassageMeta;
  annotation: Annotation;
}

/** A mistake in an annotation, naming the passage and what is wrong. */
export class AnnotationError extends Error {}

/** The reference articles of one passage: the page's article, then its linked headlines. */
export function compilePassage(passage: Passage): ReportArticle[] {
  const { id, text, meta, annotation } = passage;
  const language = detectLanguage(text) ?? 'ar';
  const article = compileText(id, annotation, text, language);
  const headlines = (annotation.headlines ?? []).map((headline, k) =>
    compileText(`${id}.h${k + 1}`, headline, headline.title, language),
  );
  return [
    {
      ...article,
      source: meta.source,
      publishedAt: meta.publishedAt,
      kind: 'ARTICLE',
      linkedFrom: null,
      ...(meta.url ? { url: meta.url } : {}),
    },
    ...headlines.map((headline, k) => ({
      ...headline,
      source: annotation.headlines?.[k]?.source ?? meta.source,
      publishedAt: null,
      kind: 'HEADLINE' as const,
      linkedFrom: id,
    })),
  ];
}

type CompiledText = Omit<ReportArticle, 'source' | 'publishedAt' | 'kind' | 'linkedFrom'>;

function compileText(
  articleId: string,
  annotated: AnnotatedText,
  text: string,
  language: ReportArticle['language'],
): CompiledText {
  const idOf = (local: string, where: string): string => {
    if (!annotated.entities.some((e) => e.id === local))
      throw new AnnotationError(`${articleId}: ${where} names the unknown entity "${local}"`);
    return `${articleId}:${local}`;
  };
  return {
    id: articleId,
    title: annotated.title,
    agencies: annotated.agencies ?? [],
    language,
    duplicateOf: null,
    tags: annotated.tags ?? [],
    text,
    entities: annotated.entities.map((entity) => compileEntity(articleId, entity, text, language)),
    events: annotated.events.map((event, k) => {
      const where = `event ${k + 1}`;
      return {
        id: `${articleId}:ev${k + 1}`,
        type: event.type,
        date: event.date,
        place: event.place === null ? null : idOf(event.place, `${where}'s place`),
        participants: event.participants.map((p) => ({
          entity: idOf(p.entity, `${where}'s participant`),
          role: p.role,
          onBehalfOf: p.onBehalfOf ? idOf(p.onBehalfOf, `${where}'s onBehalfOf`) : null,
        })),
        claims: event.claims.map((c) => ({ by: idOf(c.by, `${where}'s claim`), stance: c.stance })),
        factuality: event.factuality,
        casualties: event.casualties,
        evidence: event.evidence,
      };
    }),
  };
}

function compileEntity(
  articleId: string,
  entity: AnnotatedEntity,
  text: string,
  language: ReportArticle['language'],
): ReportEntity {
  const mentions = entity.aliases.flatMap((alias) => {
    const found = occurrences(text, alias);
    if (found.length === 0 && detectLanguage(alias) === language)
      throw new AnnotationError(`${articleId}: the alias "${alias}" of "${entity.id}" is not in the text`);
    return found;
  });
  return {
    id: `${articleId}:${entity.id}`,
    name: entity.name,
    type: entity.type,
    kind: entity.kind,
    aliases: [...new Set([...entity.aliases, entity.name])],
    mentions: withoutNested(mentions).sort((a, b) => a.start - b.start),
  };
}

/** Clitics a word may carry before an alias: conjunctions and prepositions, ال merged into لل. */
const CLITICS = /(?:^|[^\p{L}\p{M}])[وف]?[بلك]?$/u;
/** "للأمم المتحدة": the alias الأمم المتحدة after ل, its ال merged. */
const LAM_LAM = /(?:^|[^\p{L}\p{M}])[وف]?لل$/u;
const LETTER_AFTER = /^[\p{L}\p{M}]/u;

/** Every place the alias is written as a whole word, a clitic allowed before it. */
function occurrences(text: string, alias: string): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  const bare = alias.startsWith('ال') ? alias.slice(2) : null;
  const forms: [string, RegExp][] = [
    [alias, CLITICS],
    ...(bare ? [[bare, LAM_LAM] as [string, RegExp]] : []),
  ];
  for (const [form, clitics] of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const clitic = clitics.test(text.slice(Math.max(0, at - 4), at));
      if (!clitic || LETTER_AFTER.test(text.slice(at + form.length))) continue;
      found.push({ text: form, start: at, end: at + form.length });
    }
  }
  return found;
}

/** Drops a mention lying inside a longer one of the same entity. */
function withoutNested<T extends { start: number; end: number }>(mentions: T[]): T[] {
  return mentions.filter(
    (m) =>
      !mentions.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}
