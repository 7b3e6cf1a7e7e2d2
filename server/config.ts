import type { Neo4jConfig } from '../graph/neo4j/store.js';
import { ConfigError } from './config-error.js';
import { type ReliabilityConfig, reliabilityConfigFromEnv } from './reliability/config.js';
import { type SecurityConfig, securityConfigFromEnv } from './security/config.js';

/** Server settings, all from the environment. */
export interface Config {
  port: number;
  /** Neo4j when NEO4J_URI is set; otherwise the embedded store. */
  neo4j: Neo4jConfig | null;
  /** Where the embedded store keeps its log of ingested articles; null keeps it in memory only. */
  dataDir: string | null;
  /** Tokens, JWT keys, read policy and request bounds (docs/security.md). */
  security: SecurityConfig;
  /** KG_BATCHING=off serves without DataLoader batching: only for measuring what batching saves. */
  batching: boolean;
  /** Start-up retries, drain bound, transaction timeout (docs/operations.md). */
  reliability: ReliabilityConfig;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a TCP port, got ${env.PORT}`);
  const reliability = reliabilityConfigFromEnv(env);
  return {
    port,
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          ...(env.NEO4J_USER ? { user: env.NEO4J_USER } : {}),
          ...(env.NEO4J_PASSWORD ? { password: env.NEO4J_PASSWORD } : {}),
          ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
          transactionTimeoutMs: reliability.transactionTimeoutMs,
          maxConcurrentTransactions: reliability.maxConcurrentTransactions,
        }
      : null,
    dataDir: env.KG_DATA_DIR === '' ? null : (env.KG_DATA_DIR ?? 'data/embedded'),
    security: securityConfigFromEnv(env),
    batching: env.KG_BATCHING !== 'off',
    reliability,
  };
}
