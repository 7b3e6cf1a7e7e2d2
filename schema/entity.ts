import { evidenceArticle } from '../resolvers/articles.js';
import { ArticleRef, EntityRef, EvidenceRef } from './refs.js';

EntityRef.implement({
  description: 'An actor or a place: what an article mentions and an event involves.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical display name (English where known).' }),
    nameAr: t.exposeString('nameAr', { nullable: true }),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    aliases: t.exposeStringList('aliases', { description: 'Every surface form seen, in any script.' }),
    wikidata: t.exposeString('wikidata', { nullable: true }),
  }),
});

EvidenceRef.implement({
  description: 'Where a fact comes from: the article and the sentence that says so.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'Null for facts that come from the gazetteer rather than an article.',
      resolve: (evidence, _args, context) => evidenceArticle(evidence, context),
    }),
    sentence: t.exposeString('evidence', { nullable: true }),
    start: t.exposeInt('start', {
      nullable: true,
      description: 'Offset of the sentence in the article text.',
    }),
    end: t.exposeInt('end', { nullable: true }),
  }),
});
