import { createPubSub } from 'graphql-yoga';
import { expect } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { loadSeed } from '../../seed/load.js';
import type { SecurityConfig } from '../../server/security/config.js';
import { createKnowledgeGraphYoga } from '../../server/yoga.js';
import { resources, testSecurity } from '../helpers/graphql.js';

export interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The server over a seeded store, spoken to through fetch without a port. */
export interface Server {
  store: GraphStore;
  /** Any request: the path defaults to /graphql. */
  fetch(init: RequestInit, path?: string): Promise<Response>;
  /** A JSON POST of one operation, answered with its status and parsed body. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Answer>;
}

export async function seededServer(
  store: GraphStore,
  security: SecurityConfig = testSecurity(),
): Promise<Server> {
  await loadSeed(store, resources);
  const yoga = createKnowledgeGraphYoga({ store, resources, events: createPubSub(), security });
  const fetch = (init: RequestInit, path = '/graphql') =>
    Promise.resolve(yoga.fetch(`http://test${path}`, init));
  return {
    store,
    fetch,
    async graphql(query, variables, headers = {}) {
      const response = await fetch({
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}

/** Parses a refused response's body: every refusal is JSON with an error saying why. */
export async function refusal(
  response: Response,
): Promise<{ status: number; message: string; code?: string }> {
  const body = (await response.json()) as Answer;
  const error = body.errors?.[0];
  expect(error, JSON.stringify(body)).toBeDefined();
  return { status: response.status, message: error?.message ?? '', code: error?.extensions?.code };
}

/**
 * Runs one hostile case, then checks that the graph holds the same nodes and relationships as
 * before and that the server still answers an ordinary query.
 */
export async function expectGraphIntact(server: Server, hostileCase: () => Promise<void>): Promise<void> {
  const before = await server.store.counts();
  await hostileCase();
  expect(await server.store.counts()).toEqual(before);
  const { data, errors } = await server.graphql(
    '{ actor(name: "Azerbaijan") { name } events { totalCount } }',
  );
  expect(errors).toBeUndefined();
  expect(data).toMatchObject({ actor: { name: 'Azerbaijan' } });
  expect(data.events.totalCount).toBeGreaterThan(0);
}
