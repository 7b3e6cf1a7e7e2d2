import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { type Execute, seededApi } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';

/** Answers of every store, collected to check at the end that they agree. */
const answers = new Map<string, Map<string, unknown>>();

const SEARCH = `query($text: String!, $types: [SearchType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    match matched node { __typename id ... on Actor { name } ... on Place { name } ... on Article { title } } } }`;

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $eventTypes: [EventType!], $from: Date, $to: Date, $limit: Int, $types: [RelationshipType!]) {
  neighborhood(id: $id, depth: $depth, eventTypes: $eventTypes, from: $from, to: $to, limit: $limit, relationshipTypes: $types) {
    truncated
    center { id }
    nodes { __typename id ... on Actor { name } ... on Place { name } ... on Event { type date } ... on Article { title } }
    relationships { id type sourceId targetId role stance onBehalfOf { name } evidence { sentence article { id } } } } }`;

const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    truncated
    paths { length
      nodes { __typename id ... on Actor { name } ... on Event { type } ... on Place { name } }
      hops { from { id } to { id } relationships { type role stance evidence { sentence article { title } } } } } } }`;

describe.each(STORES)('exploration on the $name store', (factory) => {
  let store: GraphStore;
  let execute: Execute;
  const record = async (label: string, query: string, variables?: Record<string, unknown>) => {
    const result = await execute(query, variables);
    const byStore = answers.get(label) ?? new Map();
    byStore.set(factory.name, result);
    answers.set(label, byStore);
    return result;
  };
  const idOf = async (kind: 'actor' | 'place', name: string): Promise<string> => {
    const { data } = await execute(`query($name: String!) { e: ${kind}(name: $name) { id } }`, { name });
    expect(data.e, name).not.toBeNull();
    return data.e.id;
  };

  beforeAll(async () => {
    store = await factory.open();
    execute = await seededApi(store);
  });
  afterAll(() => store.close());

  it('searches names in Arabic and English, exact alias matches first', async () => {
    const { data, errors } = await record('search yevlakh', SEARCH, { text: 'يفلاخ' });
    expect(errors).toBeUndefined();
    expect(data.search[0]).toMatchObject({
      match: 'EXACT_ALIAS',
      matched: 'يفلاخ',
      node: { __typename: 'Place', name: 'Yevlakh' },
    });
    expect(data.search.some((hit: any) => hit.node.__typename === 'Article' && hit.match === 'TEXT')).toBe(
      true,
    );
    const english = await record('search Yevlakh', SEARCH, { text: 'Yevlakh', types: ['PLACE'] });
    expect(english.data.search.map((hit: any) => hit.node.name)).toEqual(['Yevlakh']);
  });

  it('matches across alef forms, diacritics, ta marbuta and clitics', async () => {
    const first = async (text: string, types: string[]) => {
      const { data, errors } = await record(`search ${text}`, SEARCH, { text, types });
      expect(errors, text).toBeUndefined();
      return data.search[0]?.node.name;
    };
    expect(await first('اسرائيل', ['ACTOR'])).toBe('Israel');
    expect(await first('إسرائيلَ', ['ACTOR'])).toBe('Israel');
    expect(await first('والحوثيون', ['ACTOR'])).toBe('Houthis');
    expect(await first('حوثيون', ['ACTOR'])).toBe('Houthis');
    expect(await first('اذربيجان', ['ACTOR'])).toBe('Azerbaijan');
    const articles = await record('search articles', SEARCH, {
      text: 'الطائرات المسيرة',
      types: ['ARTICLE'],
    });
    const hit = articles.data.search[0];
    expect(hit.match).toBe('TEXT');
    expect(hit.matched).toContain('المسيّرة');
  });

  it('shows the Yevlakh talks around their event: parties, mediator, delegates, place', async () => {
    const yevlakh = await idOf('place', 'Yevlakh');
    const around = await record('yevlakh neighborhood', NEIGHBORHOOD, { id: yevlakh, depth: 2 });
    expect(around.errors).toBeUndefined();
    const hood = around.data.neighborhood;
    expect(hood.center.id).toBe(yevlakh);
    expect(hood.nodes[0].id).toBe(yevlakh);
    const talks = hood.nodes.find((n: any) => n.__typename === 'Event' && n.type === 'NEGOTIATION');
    expect(talks).toBeDefined();
    const roles = hood.relationships
      .filter((r: any) => r.targetId === talks.id && r.type === 'PARTICIPATED_IN')
      .map((r: any) => [
        hood.nodes.find((n: any) => n.id === r.sourceId)?.name,
        r.role,
        r.onBehalfOf?.name ?? null,
      ]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Azerbaijan', 'PARTY', null],
        ['Karabakh Armenians', 'PARTY', null],
        ['Russian peacekeeping forces', 'MEDIATOR', null],
        ['Sergey Martirosyan', 'DELEGATE', 'Karabakh Armenians'],
      ]),
    );
    const evidence = hood.relationships.find((r: any) => r.role === 'MEDIATOR').evidence[0];
    expect(evidence.sentence).toMatch(/\S/);
    expect(evidence.article.id).toMatch(/\S/);
    expect(hood.truncated).toBe(false);
  });

  it('filters a neighbourhood by event type and dates, and caps its size', async () => {
    const azerbaijan = await idOf('actor', 'Azerbaijan');
    const all = await record('azerbaijan 1', NEIGHBORHOOD, { id: azerbaijan });
    const types = (result: any) =>
      result.data.neighborhood.nodes.filter((n: any) => n.__typename === 'Event').map((n: any) => n.type);
    expect(types(all)).toEqual(expect.arrayContaining(['NEGOTIATION', 'AGREEMENT', 'MILITARY_OPERATION']));
    const talks = await record('azerbaijan talks', NEIGHBORHOOD, {
      id: azerbaijan,
      eventTypes: ['NEGOTIATION'],
    });
    expect(new Set(types(talks))).toEqual(new Set(['NEGOTIATION']));
    const dated = await record('azerbaijan dated', NEIGHBORHOOD, {
      id: azerbaijan,
      from: '2023-09-20',
      to: '2023-09-20',
    });
    const events = dated.data.neighborhood.nodes.filter((n: any) => n.__typename === 'Event');
    expect(events.map((e: any) => e.date)).toEqual(['2023-09-20']);
    const capped = await record('azerbaijan capped', NEIGHBORHOOD, { id: azerbaijan, depth: 3, limit: 5 });
    expect(capped.data.neighborhood.nodes).toHaveLength(5);
    expect(capped.data.neighborhood.truncated).toBe(true);
    const nodeIds = new Set(capped.data.neighborhood.nodes.map((n: any) => n.id));
    for (const r of capped.data.neighborhood.relationships) {
      expect(nodeIds.has(r.sourceId) && nodeIds.has(r.targetId)).toBe(true);
    }
  });

  it('follows articles only when asked to', async () => {
    const yevlakh = await idOf('place', 'Yevlakh');
    const withArticles = await record('yevlakh mentions', NEIGHBORHOOD, { id: yevlakh, types: ['MENTIONS'] });
    const kinds = withArticles.data.neighborhood.nodes.map((n: any) => n.__typename);
    expect(kinds.slice(1).every((kind: string) => kind === 'Article')).toBe(true);
    expect(kinds.length).toBeGreaterThan(1);
  });

  it('links the Islamic Resistance in Iraq to Israel through the joint drone operation', async () => {
    const [iri, israel] = await Promise.all([
      idOf('actor', 'المقاومة الإسلامية في العراق'),
      idOf('actor', 'Israel'),
    ]);
    const { data, errors } = await record('paths iri israel', PATHS, { from: iri, to: israel });
    expect(errors).toBeUndefined();
    const [path] = data.paths.paths;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: any) => n.name ?? n.type)).toEqual([
      'Islamic Resistance in Iraq',
      'ATTACK',
      'Israel',
    ]);
    expect(path.hops[0].relationships[0]).toMatchObject({ type: 'PARTICIPATED_IN', role: 'INITIATOR' });
    expect(path.hops[1].relationships[0]).toMatchObject({ type: 'PARTICIPATED_IN', role: 'TARGET' });
    expect(path.hops[0].relationships[0].evidence[0].sentence).toContain('مليشيات عراقية');
    expect(path.hops[0].relationships[0].evidence[0].article.title).toMatch(/\S/);
  });

  it('finds longer connections and says when there is none', async () => {
    const [iri, azerbaijan, naciri] = await Promise.all([
      idOf('actor', 'المقاومة الإسلامية في العراق'),
      idOf('actor', 'Azerbaijan'),
      idOf('actor', 'سعيد الناصري'),
    ]);
    const none = await record('paths none', PATHS, { from: naciri, to: azerbaijan, maxLength: 6 });
    expect(none.errors).toBeUndefined();
    expect(none.data.paths).toEqual({ truncated: false, paths: [] });
    const far = await record('paths far', PATHS, { from: iri, to: azerbaijan, maxLength: 6, first: 50 });
    for (const path of far.data.paths.paths) {
      expect(path.nodes[0].id).toBe(iri);
      expect(path.nodes.at(-1).id).toBe(azerbaijan);
      expect(path.hops).toHaveLength(path.length);
      expect(path.nodes).toHaveLength(path.length + 1);
    }
  });

  it("tells an actor's events in date order with the undated ones flagged last", async () => {
    const azerbaijan = await idOf('actor', 'Azerbaijan');
    const { data, errors } = await record(
      'timeline azerbaijan',
      `query($id: ID!) { timeline(id: $id) { totalCount undatedCount entries { dated roles event { type date } } } }`,
      { id: azerbaijan },
    );
    expect(errors).toBeUndefined();
    const entries = data.timeline.entries;
    const dates = entries.filter((e: any) => e.dated).map((e: any) => e.event.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2023-09-19');
    const firstUndated = entries.findIndex((e: any) => !e.dated);
    if (firstUndated >= 0) expect(entries.slice(firstUndated).every((e: any) => !e.dated)).toBe(true);
    expect(data.timeline.undatedCount).toBe(entries.length - dates.length);
    expect(entries[0]).toMatchObject({ roles: ['INITIATOR'], event: { type: 'MILITARY_OPERATION' } });
    expect(data.timeline.totalCount).toBe(entries.length);
  });

  it('lists the counterparts an actor met and how', async () => {
    const { data, errors } = await record(
      'counterparts',
      `{ azerbaijan: actor(name: "Azerbaijan") { ...counterparts } houthis: actor(name: "Houthis") { ...counterparts } }
       fragment counterparts on Actor { counterparts { actor { name } eventCount eventTypes links { relation eventType ownRole theirRole eventCount } } }`,
    );
    expect(errors).toBeUndefined();
    const relations = (list: any[], name: string) =>
      list.find((c) => c.actor.name === name)?.links.map((l: any) => l.relation) ?? [];
    const azerbaijan = data.azerbaijan.counterparts;
    expect(relations(azerbaijan, 'Russian peacekeeping forces')).toEqual(['MEDIATED_BY', 'MEDIATED_BY']);
    expect(azerbaijan.find((c: any) => c.actor.name === 'Russian peacekeeping forces').eventTypes).toEqual([
      'AGREEMENT',
      'NEGOTIATION',
    ]);
    expect(relations(azerbaijan, 'Karabakh Armenians')).toContain('NEGOTIATED_WITH');
    expect(relations(azerbaijan, 'Ramin Mammadov')).toEqual(['REPRESENTED_BY']);
    const houthis = data.houthis.counterparts;
    expect(relations(houthis, 'Israel')).toContain('FOUGHT_AGAINST');
    expect(relations(houthis, 'Islamic Resistance in Iraq')).toEqual(['ACTED_WITH']);
    const counts = azerbaijan.map((c: any) => c.eventCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('lists disputed events with each side and its evidence', async () => {
    const { data, errors } = await record(
      'disputed list',
      `{ disputed(first: 10) { totalCount edges { node {
          event { type place { name } }
          assertions { by { name } evidence { sentence } }
          denials { by { name } evidence { sentence article { title } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const disputes = data.disputed.edges.map((e: any) => e.node);
    const attack = disputes.find((d: any) => d.event.place?.name === 'Stepanakert');
    expect(attack.assertions.map((c: any) => c.by.name)).toEqual(['Armenian social media sites']);
    expect(attack.denials.map((c: any) => c.by.name)).toEqual(['Azerbaijani Defence Ministry']);
    expect(attack.denials[0].evidence[0].sentence).toContain('ننفي');
    for (const dispute of disputes) {
      expect(dispute.assertions.length).toBeGreaterThan(0);
      expect(dispute.denials.length).toBeGreaterThan(0);
    }
  });

  it('answers bad exploration input with clear errors, never a hang', async () => {
    const yevlakh = await idOf('place', 'Yevlakh');
    const unknown = Buffer.from('Actor:actor:nobody-at-all').toString('base64');
    const cases: [string, Record<string, unknown>, RegExp, string][] = [
      [NEIGHBORHOOD, { id: unknown }, /No Actor with id/, 'NOT_FOUND'],
      [NEIGHBORHOOD, { id: yevlakh, depth: 4 }, /depth must be between 1 and 3/, 'BAD_USER_INPUT'],
      [NEIGHBORHOOD, { id: yevlakh, depth: 0 }, /depth must be between 1 and 3/, 'BAD_USER_INPUT'],
      [NEIGHBORHOOD, { id: yevlakh, limit: 501 }, /limit must be between 1 and 500/, 'BAD_USER_INPUT'],
      [NEIGHBORHOOD, { id: 'garbage' }, /Invalid global ID/, 'BAD_USER_INPUT'],
      [PATHS, { from: yevlakh, to: unknown }, /No Actor with id/, 'NOT_FOUND'],
      [PATHS, { from: yevlakh, to: yevlakh }, /the same node/, 'BAD_USER_INPUT'],
      [
        PATHS,
        { from: yevlakh, to: unknown, maxLength: 7 },
        /maxLength must be between 1 and 6/,
        'BAD_USER_INPUT',
      ],
      [SEARCH, { text: '   ' }, /search text is empty/, 'BAD_USER_INPUT'],
      [SEARCH, { text: '؟!…' }, /search text is empty/, 'BAD_USER_INPUT'],
      [SEARCH, { text: 'x'.repeat(201) }, /longer than 200/, 'BAD_USER_INPUT'],
      [SEARCH, { text: 'Yevlakh', first: 0 }, /first must be between 1 and 100/, 'BAD_USER_INPUT'],
      [
        `query($id: ID!) { timeline(id: $id) { totalCount } }`,
        { id: Buffer.from('Event:event:0000').toString('base64') },
        /expected the id of Actor or Place/,
        'BAD_USER_INPUT',
      ],
    ];
    for (const [query, variables, message, code] of cases) {
      const { errors } = await execute(query, variables);
      expect(errors?.[0]?.message, JSON.stringify(variables)).toMatch(message);
      expect(errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
  });

  it('costs one store call per level for a neighbourhood, not one per node', async () => {
    const azerbaijan = await idOf('actor', 'Azerbaijan');
    const before = store.roundTrips;
    const { errors } = await execute(NEIGHBORHOOD, { id: azerbaijan, depth: 3 });
    expect(errors).toBeUndefined();
    // 1 existence check, 3 levels, then nodes by label (≤ 4), delegates' sides and evidence articles.
    expect(store.roundTrips - before).toBeLessThanOrEqual(10);
  });
});

describe('both stores', () => {
  it('give the same exploration answers', () => {
    expect(answers.size).toBeGreaterThan(15);
    for (const [label, byStore] of answers) {
      expect(byStore.size, label).toBe(STORES.length);
      expect(byStore.get('neo4j'), label).toEqual(byStore.get('embedded'));
    }
  });
});
