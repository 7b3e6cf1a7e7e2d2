/** Extracts one sentence with the test gazetteer and names participants and claimants by entity name. */
import { extractDocument } from '../../extract/index.js';
import type { ReportArticle } from '../../model/report.js';
import { testResources } from './fixtures.js';

export interface NamedEvent {
  type: string;
  date: string | null;
  place: string | null;
  participants: string[];
  claims: string[];
  factuality: string;
  casualties: number | null;
}

export function analyze(text: string, publishedAt: string | null = '2024-05-16'): NamedEvent[] {
  const [article] = extractDocument({ text, publishedAt }, testResources());
  return article ? namedEvents(article) : [];
}

function namedEvents(article: ReportArticle): NamedEvent[] {
  const name = (id: string | null) => article.entities.find((e) => e.id === id)?.name ?? null;
  return article.events.map((event) => ({
    type: event.type,
    date: event.date,
    place: name(event.place),
    participants: event.participants.map(
      (p) => `${name(p.entity)}:${p.role}${p.onBehalfOf ? `@${name(p.onBehalfOf)}` : ''}`,
    ),
    claims: event.claims.map((c) => `${name(c.by)}:${c.stance}`),
    factuality: event.factuality,
    casualties: event.casualties,
  }));
}
