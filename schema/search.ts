import { LIMITS } from '../explore/limits.js';
import type { SearchHit } from '../explore/search.js';
import { searchGraph } from '../resolvers/explore.js';
import { builder } from './builder.js';
import { NodeRef } from './graph-relationship.js';

const SearchTypeEnum = builder.enumType('SearchType', {
  values: { ACTOR: { value: 'Actor' }, PLACE: { value: 'Place' }, ARTICLE: { value: 'Article' } } as const,
});

const MatchKindEnum = builder.enumType('MatchKind', {
  values: {
    EXACT_ALIAS: { description: 'One of its names or aliases is the whole search text.' },
    NAME: { description: 'One of its names or aliases holds every word searched.' },
    TITLE: { description: 'The article title holds every word searched.' },
    TEXT: { description: 'The article text holds every word searched.' },
  } as const,
});

const SearchResultRef = builder.objectRef<SearchHit>('SearchResult').implement({
  fields: (t) => ({
    node: t.field({ type: NodeRef, resolve: (hit) => hit.node }),
    match: t.expose('match', { type: MatchKindEnum }),
    matched: t.exposeString('matched', {
      description: 'Why it matched: the name or alias, or the title or sentence of the article.',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchResultRef],
    description: `Actors, places and articles by name, alias or text, in Arabic or English, whatever the spelling variant (alef forms, ى/ي/ی, ة/ه, diacritics, clitics such as ال and و). Exact alias matches first, then names holding every word, then articles (title before text, newest first). At most ${LIMITS.maxSearchResults} results.`,
    args: {
      text: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], required: false }),
      first: t.arg.int({ defaultValue: LIMITS.defaultSearchResults }),
    },
    resolve: (_root, args, context) => searchGraph(args, context),
  }),
}));
