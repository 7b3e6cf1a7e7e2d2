import { beforeAll, describe, expect, it } from 'vitest';
import { type Execute, inProcessApi, requestInputs } from '../bench/explore.js';
import { syntheticGraph } from '../bench/synthetic-graph.js';
import { matchKey } from '../extract/normalize.js';
import { entityId } from '../gazetteer/ids.js';
import { EmbeddedStore } from '../graph/embedded/store.js';
import { NODE_FIELDS, REL_SHAPES, RELATIONSHIP_FIELDS } from '../graph/model.js';
import { globalIdOf } from '../resolvers/nodes.js';
import { resources } from './helpers/graphql.js';

const ARTICLES = 200;
const writes = [...syntheticGraph(resources.gazetteer, { seed: 7, articles: ARTICLES, batchSize: 64 })];
const all = writes.flat();

const sorted = (keys: readonly string[]) => [...keys].sort();

describe('the synthetic graph of bench explore', () => {
  it('comes in batches of the asked size and is the same for the same seed', () => {
    expect(writes.map((batch) => batch.length)).toEqual([64, 64, 64, 8]);
    const again = [...syntheticGraph(resources.gazetteer, { seed: 7, articles: ARTICLES, batchSize: 64 })];
    expect(again.flat().map((w) => w.article.id)).toEqual(all.map((w) => w.article.id));
    const other = [...syntheticGraph(resources.gazetteer, { seed: 8, articles: 10, batchSize: 10 })];
    expect(other.flat()[0]?.article.id).not.toBe(all[0]?.article.id);
  });

  it('writes articles with every node field, 100–300 words and the search key of title and text', () => {
    for (const { article, actors, places, events } of all) {
      expect(sorted(Object.keys(article))).toEqual(sorted(NODE_FIELDS.Article));
      expect(article.searchKey).toBe(matchKey(`${article.title} ${article.text}`));
      expect(article.text.split(' ').length).toBeGreaterThanOrEqual(100);
      expect(article.text.split(' ').length).toBeLessThan(330);
      expect(events.length).toBeGreaterThanOrEqual(1);
      expect(events.length).toBeLessThanOrEqual(3);
      for (const actor of actors) {
        expect(sorted(Object.keys(actor))).toEqual(sorted(NODE_FIELDS.Actor));
        expect(actor.id).toBe(entityId('ACTOR', actor.name));
        expect(actor.aliasKeys).toContain(matchKey(actor.name));
      }
      for (const place of places) {
        expect(sorted(Object.keys(place))).toEqual(sorted(NODE_FIELDS.Place));
        expect(place.id).toBe(entityId('PLACE', place.name));
      }
      for (const event of events) expect(sorted(Object.keys(event))).toEqual(sorted(NODE_FIELDS.Event));
    }
  });

  it('links only nodes of its own write, in the model’s shapes, with provenance pointing into the text', () => {
    for (const { article, actors, places, events, relationships } of all) {
      const ids = new Set([article, ...actors, ...places, ...events].map((node) => node.id));
      for (const { type, from, to, props } of relationships) {
        expect(REL_SHAPES).toContainEqual({ type, from: from.label, to: to.label });
        expect(ids.has(from.id) && ids.has(to.id), `${type} ${from.id} → ${to.id}`).toBe(true);
        expect(sorted(Object.keys(props))).toEqual(sorted(RELATIONSHIP_FIELDS[type]));
        if (type === 'PART_OF' || type === 'MEMBER_OF') {
          expect(props).toMatchObject({ articleId: null, evidence: 'gazetteer' });
          continue;
        }
        expect(props.articleId).toBe(article.id);
        if (!('evidence' in props) || props.evidence === null) continue;
        expect(article.text.slice(props.start ?? -1, props.end ?? -1)).toBe(props.evidence);
      }
      for (const event of events) {
        const participants = relationships.filter(
          (r) => r.type === 'PARTICIPATED_IN' && r.to.id === event.id,
        );
        expect(participants.length).toBeGreaterThanOrEqual(2);
        expect(participants.length).toBeLessThanOrEqual(5);
        expect(relationships.filter((r) => r.type === 'OCCURRED_IN' && r.from.id === event.id)).toHaveLength(
          1,
        );
      }
    }
  });

  it('has hubs: the busiest actor takes part far more often than the typical one', () => {
    const participations = new Map<string, number>();
    for (const r of all.flatMap((w) => w.relationships))
      if (r.type === 'PARTICIPATED_IN')
        participations.set(r.from.id, (participations.get(r.from.id) ?? 0) + 1);
    const counts = [...participations.values()].sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThan(50);
    expect(counts[0]).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 0));
  });
});

describe('the synthetic graph in the embedded store', () => {
  const store = new EmbeddedStore();
  let execute: Execute;

  beforeAll(async () => {
    for (const batch of writes)
      expect(new Set(await store.writeArticles(batch))).toEqual(new Set(['created']));
    execute = inProcessApi(store, resources);
  });

  it('holds every node and relationship of the writes once', async () => {
    const nodes = new Set(
      all.flatMap((w) => [w.article, ...w.actors, ...w.places, ...w.events]).map((n) => n.id),
    );
    const relationships = new Set(
      all.flatMap((w) => w.relationships.map((r) => `${r.type}|${r.from.id}|${r.to.id}|${r.key}`)),
    );
    expect(await store.counts()).toEqual({ nodes: nodes.size, relationships: relationships.size });
    const retold = all.flatMap((w) => w.events.map((e) => e.id));
    expect(new Set(retold).size).toBeLessThan(retold.length);
  });

  it('answers the benchmark’s search, neighbourhood and paths queries', async () => {
    const inputs = await requestInputs(store, 1, 10);
    for (const [query, variables] of Object.entries(inputs) as [
      keyof typeof inputs,
      Record<string, unknown>[],
    ][])
      for (const vars of variables) await execute(query, vars);

    const participation = all.flatMap((w) => w.relationships).find((r) => r.type === 'PARTICIPATED_IN');
    const event = participation?.to.id ?? '';
    const actor = all.flatMap((w) => w.actors).find((actor) => actor.id === participation?.from.id);
    const coParticipant = all
      .flatMap((w) => w.relationships)
      .find((r) => r.type === 'PARTICIPATED_IN' && r.to.id === event && r.from.id !== actor?.id);

    const found = (await execute('search', { text: actor?.nameAr })) as { search: any[] };
    expect(found.search[0]).toMatchObject({
      match: 'EXACT_ALIAS',
      node: { id: globalIdOf(actor?.id ?? '') },
    });
    expect(found.search.some((hit) => hit.match === 'TEXT' || hit.match === 'TITLE')).toBe(true);

    const around = (await execute('neighborhood', { id: globalIdOf(actor?.id ?? '') })) as {
      neighborhood: any;
    };
    const eventsOfActor = new Set(
      all
        .flatMap((w) => w.relationships)
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.from.id === actor?.id)
        .map((r) => globalIdOf(r.to.id)),
    );
    const neighbours = around.neighborhood.nodes.map((n: any) => n.id);
    expect(neighbours.filter((id: string) => eventsOfActor.has(id)).length).toBeGreaterThan(0);
    expect(around.neighborhood.relationships.length).toBeGreaterThan(around.neighborhood.nodes.length / 2);

    const linked = (await execute('paths', {
      from: globalIdOf(actor?.id ?? ''),
      to: globalIdOf(coParticipant?.from.id ?? ''),
    })) as { paths: any };
    expect(linked.paths.paths[0].length).toBe(2);
  });
});
