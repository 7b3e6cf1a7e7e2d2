import { type IngestArticleResult, ingestArticle } from '../resolvers/ingest.js';
import { builder } from './builder.js';
import { LanguageEnum } from './enums.js';
import { ArticleRef } from './refs.js';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The raw article or page text (Arabic or English).' }),
    title: t.string({ required: false }),
    url: t.string({ required: false }),
    source: t.string({ required: false, description: 'The outlet that published it.' }),
    publishedAt: t.field({
      type: 'Date',
      required: false,
      description: 'Resolves "yesterday", weekday names…',
    }),
    language: t.field({
      type: LanguageEnum,
      required: false,
      description: 'Detected from the text when left out.',
    }),
  }),
});

const IngestArticlePayload = builder.objectRef<IngestArticleResult>('IngestArticlePayload').implement({
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The main article found in the text, with its events and mentioned entities.',
      resolve: (payload) => payload.articles[0] ?? null,
    }),
    articles: t.field({
      type: [ArticleRef],
      description: 'Every article and linked headline found in the text.',
      resolve: (payload) => payload.articles,
    }),
    created: t.exposeInt('created', { description: 'Articles written now.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Articles that were already in the graph.' }),
  }),
});

builder.mutationType({
  description: 'Write to the graph: needs a token with the write scope (Authorization: Bearer <token>).',
  authScopes: { write: true },
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Extracts an article and writes its graph; ingesting the same text again changes nothing.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: (_root, args, context) => ingestArticle(args.input, context),
  }),
);

builder.subscriptionType({
  description: 'Live updates, over server-sent events.',
  authScopes: { read: true },
});

builder.subscriptionField('articleIngested', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Each article newly written to the graph.',
    subscribe: (_root, _args, context) => context.events.subscribe('articleIngested'),
    resolve: (article) => article,
  }),
);
