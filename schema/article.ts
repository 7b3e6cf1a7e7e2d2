import {
  articleAgencies,
  articleEvents,
  articleMentions,
  articleSource,
  linkedArticles,
} from '../resolvers/articles.js';
import { findArticles } from '../resolvers/lists.js';
import { builder } from './builder.js';
import { ArticleKindEnum, LanguageEnum } from './enums.js';
import { hasIdPrefix } from './ids.js';
import { ActorRef, ArticleRef, EntityRef, EventRef, MentionRef } from './refs.js';

builder.node(ArticleRef, {
  description: 'An article, a linked headline or a non-news item found on a page.',
  id: { resolve: (article) => article.id },
  isTypeOf: (value) => hasIdPrefix(value, 'article:'),
  loadMany: (ids, context) => ids.map((id) => context.loaders.node('Article').load(id)),
  fields: (t) => ({
    title: t.exposeString('title'),
    text: t.exposeString('text'),
    url: t.exposeString('url', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'Date', nullable: true }),
    language: t.expose('language', { type: LanguageEnum }),
    kind: t.expose('kind', { type: ArticleKindEnum }),
    contentHash: t.exposeString('contentHash'),
    tags: t.exposeStringList('tags'),
    source: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The outlet that published it.',
      resolve: (article, _args, context) => articleSource(article, context),
    }),
    agencies: t.field({
      type: [ActorRef],
      description: 'The agencies it cites as its sources.',
      resolve: (article, _args, context) => articleAgencies(article, context),
    }),
    mentions: t.field({
      type: [MentionRef],
      resolve: (article, _args, context) => articleMentions(article, context),
    }),
    events: t.field({
      type: [EventRef],
      resolve: (article, _args, context) => articleEvents(article, context),
    }),
    linksTo: t.field({
      type: [ArticleRef],
      resolve: (article, _args, context) => linkedArticles(article, 'LINKS_TO', 'out', context),
    }),
    linkedFrom: t.field({
      type: [ArticleRef],
      resolve: (article, _args, context) => linkedArticles(article, 'LINKS_TO', 'in', context),
    }),
    duplicateOf: t.field({
      type: [ArticleRef],
      description: 'The earlier article telling the same story.',
      resolve: (article, _args, context) => linkedArticles(article, 'DUPLICATE_OF', 'out', context),
    }),
  }),
});

MentionRef.implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (mention) => mention.entity }),
    count: t.exposeInt('count'),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [ArticleKindEnum], required: false }),
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: [ArticleRef] }) },
    resolve: (_root, args, context) => context.loaders.node('Article').load(args.id.id),
  }),
  articles: t.connection({
    type: ArticleRef,
    description: 'Articles, newest first.',
    args: { filter: t.arg({ type: ArticleFilter, required: false }) },
    resolve: (_root, args, context) => findArticles(args.filter, args, context),
  }),
}));
