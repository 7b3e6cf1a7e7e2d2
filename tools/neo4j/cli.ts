// npm run neo4j -- [--data DIR] [--port N]
// Runs a local Neo4j Community until Ctrl-C. The default port is the usual 7687, so the URI stays the same
// between runs; --port 0 picks a free one.
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from './local.js';

const defaultPort = 7687;

function parseCommandLine(): { dataDir?: string; port: number } {
  const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' } } });
  const port = values.port === undefined ? defaultPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, got ${values.port}`);
  }
  return { ...(values.data ? { dataDir: values.data } : {}), port };
}

function envLineFor(uri: string): string {
  const credentials = process.env.NEO4J_PASSWORD ? ' NEO4J_USER=neo4j NEO4J_PASSWORD="$NEO4J_PASSWORD"' : '';
  return `NEO4J_URI=${uri}${credentials} npm start`;
}

async function main(): Promise<void> {
  const neo4j = await startLocalNeo4j({
    ...parseCommandLine(),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(`Neo4j is ready: ${neo4j.uri}`);
  console.log(`Use it with: ${envLineFor(neo4j.uri)}`);
  console.log('Press Ctrl-C to stop.');

  const stop = async () => {
    await neo4j.stop();
    console.log('Neo4j stopped.');
    process.exit(0);
  };
  // Not once(): a repeated signal (tsx relays Ctrl-C a second time) must not kill us mid-shutdown.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
