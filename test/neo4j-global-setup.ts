// Vitest globalSetup: gives the tests a Neo4j. With NEO4J_URI set that one is used as is; otherwise a local
// Neo4j Community (tools/neo4j) starts on a free port with a throwaway data folder.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type LocalNeo4j, startLocalNeo4j } from '../tools/neo4j/local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** True when the Neo4j is the local launcher's (tools/neo4j), started for the tests. */
    neo4jLocal: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const existingUri = process.env.NEO4J_URI;
  if (existingUri) {
    project.provide('neo4jUri', existingUri);
    project.provide('neo4jLocal', false);
    return async () => {};
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'news-kg-neo4j-'));
  const neo4j = await startOrExplain(dataDir);
  // Workers start after global setup, so they inherit this as well as seeing the provided value.
  process.env.NEO4J_URI = neo4j.uri;
  if (process.env.NEO4J_PASSWORD) process.env.NEO4J_USER ??= 'neo4j';
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jLocal', true);

  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

async function startOrExplain(dataDir: string): Promise<LocalNeo4j> {
  process.stderr.write('starting a local Neo4j for the tests…\n');
  try {
    return await startLocalNeo4j({ dataDir });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(explainStartFailure(error), { cause: error });
  }
}

function explainStartFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (process.env.CI === 'true') {
    return `Neo4j tests need a database and the local Neo4j failed to start in CI: ${reason}`;
  }
  return [
    `Could not start the local Neo4j (needs Java 17+ and Maven): ${reason}`,
    'To run the tests against an existing Neo4j 5 instead, point them at it:',
    '  NEO4J_URI=bolt://HOST:7687 [NEO4J_USER=neo4j NEO4J_PASSWORD=...] [NEO4J_DATABASE=neo4j] npx vitest run',
  ].join('\n');
}
