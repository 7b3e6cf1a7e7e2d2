import neo4j from 'neo4j-driver';
import type { ReferenceParams } from './queries.js';

/** The synthetic news spans 2021–2024: one year of it. */
const WINDOW = { from: '2023-01-01', to: '2023-12-31' };

/**
 * (b) asks for the actor with the most events among those whose events are
 * all dated (see queries.ts); the load test looks for paths from it to the
 * runner-up.
 */
const ACTORS = `MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
WITH a, count(DISTINCT e) AS events, count(e.date) = count(e) AS allDated
WHERE allDated
RETURN a.name AS name ORDER BY events DESC, a.id LIMIT 2`;

/** (c) pages through the attacks and operations of the most frequent initiator in the window. */
const INITIATOR = `MATCH (a:Actor)-[r:PARTICIPATED_IN {role: 'INITIATOR'}]->(e:Event)
WHERE e.type IN ['ATTACK', 'MILITARY_OPERATION'] AND $from <= e.date <= $to
WITH a, count(DISTINCT e) AS events
RETURN a.name AS name ORDER BY events DESC, a.id LIMIT 1`;

/** Picks the reference queries' actors from the loaded graph, the same ones on every run of the same data. */
export async function referenceParams(uri: string): Promise<ReferenceParams> {
  const driver = neo4j.driver(uri);
  try {
    const namesOf = async (query: string, count: number, label: string) => {
      const { records } = await driver.executeQuery(query, WINDOW);
      if (records.length < count) throw new Error(`the graph has no ${label} for the reference queries`);
      return records.map((record) => record.get('name') as string);
    };
    const [actor, pathTo] = await namesOf(ACTORS, 2, 'two actors with dated events');
    const [initiator] = await namesOf(INITIATOR, 1, 'initiator of attacks');
    return { ...WINDOW, actor, pathTo, initiator };
  } finally {
    await driver.close();
  }
}
