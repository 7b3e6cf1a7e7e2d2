import { Counter, Histogram, Registry } from 'prom-client';
import type { GraphStore } from '../../graph/store.js';

/** Distinct operation names kept as label values; later ones count as `other`, so clients cannot grow the series without bound. */
const MAX_OPERATION_NAMES = 200;

/** The server's Prometheus metrics, in a registry of their own (docs/operations.md lists them). */
export interface ServerMetrics {
  registry: Registry;
  /** The label value for an operation name: the name itself, `anonymous`, or `other` past the cap. */
  operationLabel(name: string | null): string;
  requests: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation'>;
  articles: Counter<'outcome'>;
}

export function createMetrics(store: GraphStore): ServerMetrics {
  const registry = new Registry();
  const registers = [registry];
  const names = new Set<string>();
  new Counter({
    name: 'kg_store_round_trips_total',
    help: 'Calls to the graph store: Cypher statements on Neo4j, batch calls on the embedded store.',
    labelNames: ['store'],
    registers,
    collect() {
      this.reset();
      this.inc({ store: store.name }, store.roundTrips);
    },
  });
  return {
    registry,
    operationLabel(name) {
      if (!name) return 'anonymous';
      if (names.has(name) || names.size < MAX_OPERATION_NAMES) {
        names.add(name);
        return name;
      }
      return 'other';
    },
    requests: new Counter({
      name: 'kg_graphql_requests_total',
      help: 'GraphQL operations by operation name and outcome: ok, or the first error code of the result.',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    duration: new Histogram({
      name: 'kg_graphql_request_duration_seconds',
      help: 'Time from the request arriving to the response being ready, per operation name.',
      labelNames: ['operation'],
      registers,
    }),
    articles: new Counter({
      name: 'kg_articles_total',
      help: 'Articles submitted through the ingestArticle mutation, by outcome: ingested or failed.',
      labelNames: ['outcome'],
      registers,
    }),
  };
}
