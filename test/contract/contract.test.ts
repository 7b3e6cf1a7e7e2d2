import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { loadSeed } from '../../seed/load.js';
import { type Execute, resources, seededApi } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';

const EXAMPLES = readFileSync(new URL('../../docs/example-queries.graphql', import.meta.url), 'utf8');

/** Answers of every store, collected to check at the end that they agree. */
const answers = new Map<string, Map<string, unknown>>();

describe.each(STORES)('contract on the $name store', (factory) => {
  let store: GraphStore;
  let execute: Execute;
  const record = async (
    label: string,
    query: string,
    variables?: Record<string, unknown>,
    operation?: string,
  ) => {
    const result = await execute(query, variables, operation);
    const byStore = answers.get(label) ?? new Map();
    byStore.set(factory.name, result);
    answers.set(label, byStore);
    return result;
  };

  beforeAll(async () => {
    store = await factory.open();
    execute = await seededApi(store);
  });
  afterAll(() => store.close());

  it('lists the Yevlakh talks with parties, mediator, delegates and their sides', async () => {
    const { data, errors } = await record('negotiations', EXAMPLES, undefined, 'Negotiations');
    expect(errors).toBeUndefined();
    const talks = data.negotiations.edges.map((e: any) => e.node);
    const yevlakh = talks.find((t: any) => t.place?.name === 'Yevlakh');
    expect(yevlakh).toMatchObject({ type: 'NEGOTIATION', date: '2023-09-21', factuality: 'REPORTED' });
    const byRole = (role: string) => yevlakh.participants.filter((p: any) => p.role === role);
    expect(
      byRole('PARTY')
        .map((p: any) => p.actor.name)
        .sort(),
    ).toEqual(['Azerbaijan', 'Karabakh Armenians']);
    expect(byRole('MEDIATOR').map((p: any) => p.actor.name)).toEqual(['Russian peacekeeping forces']);
    const delegates = byRole('DELEGATE').map((p: any) => [p.actor.name, p.onBehalfOf?.name]);
    expect(delegates).toHaveLength(5);
    expect(delegates).toEqual(
      expect.arrayContaining([
        ['Ramin Mammadov', 'Azerbaijan'],
        ['Bashir Hajiyev', 'Azerbaijan'],
        ['Elkin Sultanov', 'Azerbaijan'],
        ['Sergey Martirosyan', 'Karabakh Armenians'],
        ['David Melkumyan', 'Karabakh Armenians'],
      ]),
    );
    expect(yevlakh.reportedIn).toContainEqual({
      title: expect.stringContaining('خانكندي'),
      source: { name: 'RT Arabic' },
    });
    expect(data.negotiations.totalCount).toBe(talks.length);
  });

  it('resolves a capital to its state and both names of a city to one node', async () => {
    const { data, errors } = await record('names', EXAMPLES, undefined, 'Names');
    expect(errors).toBeUndefined();
    expect(data.a).toMatchObject({ name: 'Azerbaijan', kind: 'STATE' });
    expect(data.b.name).toBe('Stepanakert');
    expect(data.c.id).toBe(data.b.id);
    expect(data.b.aliases).toEqual(expect.arrayContaining(['خانكندي', 'ستيباناكرت', 'ستيباناكيرت']));
  });

  it('finds names across spelling variants (alef, ya, ta marbuta, diacritics)', async () => {
    const { data } = await record(
      'spellings',
      `{ a: actor(name: "اذربيجان") { name } b: actor(name: "الأذربيجانیة") { name } c: place(name: "Khankendi") { name } d: actor(name: "nowhere") { name } }`,
    );
    expect(data).toEqual({
      a: { name: 'Azerbaijan' },
      b: { name: 'Azerbaijan' },
      c: { name: 'Stepanakert' },
      d: null,
    });
  });

  it('shows the disputed attack on Stepanakert with who asserts and who denies it', async () => {
    const { data, errors } = await record('disputed', EXAMPLES, undefined, 'Disputed');
    expect(errors).toBeUndefined();
    const events = data.events.edges.map((e: any) => e.node);
    const attack = events.find((e: any) => e.type === 'ATTACK' && e.place?.name === 'Stepanakert');
    expect(attack).toBeDefined();
    const stances = attack.claims.map((c: any) => [c.stance, c.by.name]);
    expect(stances).toEqual(
      expect.arrayContaining([
        ['ASSERTS', 'Armenian social media sites'],
        ['DENIES', 'Azerbaijani Defence Ministry'],
      ]),
    );
    const denial = attack.claims.find((c: any) => c.stance === 'DENIES');
    expect(denial.evidence[0].sentence).toContain('ننفي');
    expect(events.every((e: any) => e.claims.some((c: any) => c.stance === 'ASSERTS'))).toBe(true);
  });

  it('never makes a denier a participant', async () => {
    const { data } = await record(
      'denier',
      `{ events(filter: {factuality: DISPUTED}) { edges { node { participants { actor { name } } claims { stance by { name } } } } } }`,
    );
    for (const { node } of data.events.edges) {
      const deniers = node.claims.filter((c: any) => c.stance === 'DENIES').map((c: any) => c.by.name);
      const participants = node.participants.map((p: any) => p.actor?.name);
      expect(participants.filter((name: string) => deniers.includes(name))).toEqual([]);
    }
  });

  it('filters events by type, dates, place (with the places inside it), actor and role', async () => {
    const query = `query($filter: EventFilter) { events(filter: $filter, first: 50) { totalCount edges { node { type date place { name } } } } }`;
    const attacks = await record('attacks', query, { filter: { types: ['ATTACK'] } });
    expect(attacks.data.events.edges.every((e: any) => e.node.type === 'ATTACK')).toBe(true);
    expect(attacks.data.events.totalCount).toBeGreaterThanOrEqual(5);

    const window = await record('window', query, { filter: { from: '2023-09-20', to: '2023-09-21' } });
    const dates = window.data.events.edges.map((e: any) => e.node.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d: string) => d >= '2023-09-20' && d <= '2023-09-21')).toBe(true);
    expect(dates).toContain('2023-09-20');

    const karabakh = await record('karabakh', query, { filter: { place: 'قره باغ' } });
    const places = new Set(karabakh.data.events.edges.map((e: any) => e.node.place.name));
    expect(places).toEqual(new Set(['Nagorno-Karabakh', 'Stepanakert', 'Russian peacekeeping zone']));

    const houthiQuery = `query($filter: EventFilter) { events(filter: $filter) { totalCount edges { node {
      participants { role actor { name } } } } } }`;
    const houthiAttacks = await record('houthis', houthiQuery, {
      filter: { actor: 'الحوثيون', role: 'INITIATOR' },
    });
    expect(houthiAttacks.data.events.totalCount).toBeGreaterThanOrEqual(2);
    for (const { node } of houthiAttacks.data.events.edges) {
      expect(node.participants).toContainEqual({ role: 'INITIATOR', actor: { name: 'Houthis' } });
    }

    const nowhere = await record('nowhere', query, { filter: { place: 'Atlantis' } });
    expect(nowhere.data.events).toEqual({ totalCount: 0, edges: [] });
  });

  it('pages with first and after, in a stable order', async () => {
    const query = `query($after: String) { events(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await execute(query, { after })).data?.events;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const all = await record('all-events', `{ events(first: 100) { edges { node { id } } } }`);
    expect(all.data.events.edges.map((e: any) => e.node.id)).toEqual(seen);
  });

  it('walks from actors and places to their events and containing places', async () => {
    const { data, errors } = await record(
      'walk',
      `{ actor(name: "Russian peacekeeping forces") { memberOf { name } events(role: MEDIATOR) { totalCount edges { node { type } } } }
         stepanakert: place(name: "Stepanakert") { partOf { name partOf { name } } events { totalCount } }
         karabakh: place(name: "Nagorno-Karabakh") { own: events { totalCount } all: events(includeContained: true) { totalCount } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.actor.memberOf).toEqual([{ name: 'Russia' }]);
    expect(data.actor.events.edges.map((e: any) => e.node.type).sort()).toEqual(['AGREEMENT', 'NEGOTIATION']);
    expect(data.stepanakert.partOf).toEqual({ name: 'Nagorno-Karabakh', partOf: { name: 'Azerbaijan' } });
    expect(data.stepanakert.events.totalCount).toBe(1);
    expect(data.karabakh.all.totalCount).toBe(data.karabakh.own.totalCount + 2);
  });

  it('tells what an article mentions and reports, and keeps the page links', async () => {
    const { data } = await record(
      'articles',
      `{ articles(first: 20) { totalCount edges { node { id kind title source { name } agencies { name } linksTo { title } duplicateOf { title }
           mentions { entity { name } count } events { type reportedIn { id } } } } } }`,
    );
    const articles = data.articles.edges.map((e: any) => e.node);
    expect(data.articles.totalCount).toBe(13);
    const main = articles.find((a: any) => a.source?.name === 'RT Arabic' && a.kind === 'ARTICLE');
    expect(main.agencies.map((a: any) => a.name)).toEqual(['Azertac', 'RIA Novosti']);
    expect(main.mentions[0]).toEqual({ entity: { name: 'Azerbaijan' }, count: 12 });
    expect(main.linksTo).toHaveLength(2);
    expect(main.events.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['NEGOTIATION', 'ATTACK', 'AGREEMENT', 'MILITARY_OPERATION', 'WITHDRAWAL']),
    );
    for (const event of main.events) expect(event.reportedIn.map((r: any) => r.id)).toContain(main.id);
    expect(articles.filter((a: any) => a.duplicateOf.length === 1)).toHaveLength(1);
    expect(articles.filter((a: any) => a.kind === 'NON_NEWS')).toHaveLength(1);
  });

  it('keeps the evidence sentence and article of every participation', async () => {
    const { data } = await record(
      'evidence',
      `{ negotiations(first: 1) { edges { node { participants { actor { name } evidence { sentence start end article { text } } } } } } }`,
    );
    for (const participation of data.negotiations.edges[0].node.participants) {
      expect(participation.evidence.length).toBeGreaterThan(0);
      for (const evidence of participation.evidence) {
        expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    }
  });

  it('fetches any node by global id, alone or in a batch', async () => {
    const { data: names, errors: nameErrors } = await execute(EXAMPLES, undefined, 'Names');
    expect(nameErrors).toBeUndefined();
    const { data } = await record(
      'node',
      `query($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Place { name } } nodes(ids: $ids) { id ... on Actor { name } } }`,
      { id: names.b.id, ids: [names.a.id, names.b.id] },
    );
    expect(data.node).toEqual({ id: names.b.id, name: 'Stepanakert' });
    expect(data.nodes.map((n: any) => n.id)).toEqual([names.a.id, names.b.id]);
    const { data: article } = await execute(`{ articles(first: 1) { edges { node { id title } } } }`);
    const { id, title } = article.articles.edges[0].node;
    const { data: byId } = await execute(`query($id: ID!) { article(id: $id) { title } }`, { id });
    expect(byId.article.title).toBe(title);
  });

  it('answers bad input with clear errors and keeps serving', async () => {
    const cases: [string, RegExp][] = [
      ['{ node(id: "not-a-global-id") { id } }', /Invalid global ID/],
      ['{ events(filter: {types: [PICNIC]}) { totalCount } }', /PICNIC/],
      [
        '{ events(filter: {from: "2024-12-20", to: "2024-01-01"}) { totalCount } }',
        /from \(2024-12-20\) is after to/,
      ],
      ['{ events(filter: {from: "yesterday"}) { totalCount } }', /YYYY-MM-DD/],
      ['{ events(first: 101) { totalCount } }', /first must be between 0 and 100/],
      ['{ events(last: 5) { totalCount } }', /first and after/],
      ['{ events(after: "bm9wZQ") { totalCount } }', /invalid cursor/],
    ];
    for (const [query, message] of cases) {
      const { errors } = await execute(query);
      expect(errors?.[0]?.message, query).toMatch(message);
    }
    const { errors } = await execute('{ node(id: "bm90LWEtdHlwZQ==") { id } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { data } = await execute('{ events { totalCount } }');
    expect(data.events.totalCount).toBeGreaterThan(0);
  });

  it('changes nothing when the seed is loaded again', async () => {
    const before = await store.counts();
    const summary = await loadSeed(store, resources);
    expect(summary.articles).toEqual({ created: 0, unchanged: 13, failed: 0 });
    expect(await store.counts()).toEqual(before);
  });
});

describe('both stores', () => {
  it('give the same answers to every contract query', () => {
    expect(answers.size).toBeGreaterThan(10);
    for (const [label, byStore] of answers) {
      expect(byStore.size, label).toBe(STORES.length);
      expect(byStore.get('neo4j'), label).toEqual(byStore.get('embedded'));
    }
  });
});
