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

/** The URI schemes the Neo4j driver speaks; an HTTP URI (the browser's port 7474) is the usual mistake. */
const NEO4J_SCHEMES = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty is unset, as for every other variable: not port 0, which would pick a free port at random.
  const port = Number(env.PORT || 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a TCP port, got ${env.PORT}`);
  if (env.NEO4J_URI && !NEO4J_SCHEMES.test(env.NEO4J_URI))
    throw new ConfigError(
      `NEO4J_URI must be a bolt:// or neo4j:// URI (+s or +ssc for TLS), got ${env.NEO4J_URI}`,
    );
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
