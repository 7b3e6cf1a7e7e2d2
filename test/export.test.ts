import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../export/csv.js';
import { exportGraph } from '../export/export-graph.js';
import { FORMATS, type Format } from '../export/formats.js';
import { escapeXml } from '../export/graphml.js';
import { EntityReferenceError, resolveNode } from '../export/resolve-node.js';
import { LABELS } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { loadSeed } from '../seed/load.js';
import { resources } from './helpers/graphql.js';
import { STORES } from './helpers/stores.js';

/** A flat row as every format can give it back: each value as text, absent values left out. */
type Row = Record<string, string>;

interface Exported {
  nodes: Map<string, Row>;
  relationships: Map<string, Row>;
}

const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

/** A title every writer must escape: quotes, commas, a CR LF line break and ampersands. */
const TRICKY_TITLE = 'Army says "no retreat", then\r\nleaves El Fasher & Tawila, "for now"';

async function seededStore(open: () => Promise<GraphStore>): Promise<GraphStore> {
  const store = await open();
  await loadSeed(store, resources);
  await ingestDocuments(store, resources, [
    {
      name: 'tricky',
      doc: {
        title: TRICKY_TITLE,
        text: 'The Rapid Support Forces shelled El Fasher on Monday, killing 12 people, the Sudanese army said.',
        publishedAt: '2024-06-02',
        language: 'en',
      },
    },
  ]);
  return store;
}

const FILES = ['graphml/graph.graphml', 'csv/nodes.csv', 'csv/relationships.csv', 'json/graph.json'];

async function exportAll(
  store: GraphStore,
  dir: string,
  options: { around?: { nodeId: string; depth: number }; batchSize?: number } = {},
) {
  for (const format of FORMAT_NAMES) await exportGraph(store, { format, dir: join(dir, format), ...options });
}

function expectSameFiles(dir: string, other: string) {
  for (const file of FILES) {
    expect(readFileSync(join(dir, file)).equals(readFileSync(join(other, file))), file).toBe(true);
  }
}

/** Each format read back into rows keyed by id. */
function readBack(dir: string): Record<Format, Exported> {
  return { graphml: readGraphml(dir), csv: readCsv(dir), json: readJson(dir) };
}

function readJson(dir: string): Exported {
  const graph = JSON.parse(readFileSync(join(dir, 'json', 'graph.json'), 'utf8'));
  const row = (record: Record<string, unknown>): Row =>
    Object.fromEntries(
      Object.entries(record)
        .map(([key, value]) => [key, Array.isArray(value) ? value.join(' | ') : String(value ?? '')])
        .filter(([, text]) => text !== ''),
    );
  return {
    nodes: byId(graph.nodes.map(row)),
    relationships: byId(graph.relationships.map(row)),
  };
}

function readCsv(dir: string): Exported {
  const table = (file: string): Row[] => {
    const bytes = readFileSync(join(dir, 'csv', file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header = [], ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    return rows.map((cells) =>
      Object.fromEntries(header.flatMap((name, i) => (cells[i] ? [[name, cells[i] as string]] : []))),
    );
  };
  return { nodes: byId(table('nodes.csv')), relationships: byId(table('relationships.csv')) };
}

/** RFC 4180: fields separated by commas, rows by CR LF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(quoted || field !== '' || row.length > 0).toBe(false);
  return rows;
}

function readGraphml(dir: string): Exported {
  const text = readFileSync(join(dir, 'graphml', 'graph.graphml'), 'utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  const document = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name, _path, _leaf, isAttribute) =>
      !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(text);
  const keys = new Map<string, string>(
    document.graphml.key.map((key: Record<string, string>) => [key.id, `${key.for}:${key['attr.name']}`]),
  );
  const element = (domain: 'node' | 'edge', attributes: string[]) => (e: any) => {
    const row: Row = Object.fromEntries(attributes.map((name) => [name, e[name]]));
    for (const data of e.data ?? []) {
      const declared = keys.get(data.key);
      expect(declared?.startsWith(`${domain}:`)).toBe(true);
      if (data['#text']) row[declared?.slice(domain.length + 1) ?? ''] = data['#text'];
    }
    return row;
  };
  const graph = document.graphml.graph;
  expect(graph.edgedefault).toBe('directed');
  return {
    nodes: byId((graph.node ?? []).map(element('node', ['id']))),
    relationships: byId((graph.edge ?? []).map(element('edge', ['id', 'source', 'target']))),
  };
}

function byId(rows: Row[]): Map<string, Row> {
  const map = new Map(rows.map((row) => [row.id as string, row]));
  expect(map.size).toBe(rows.length);
  return map;
}

describe.each(STORES)('kg export on the $name store', (factory) => {
  let store: GraphStore;
  const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
  let formats: Record<Format, Exported>;

  beforeAll(async () => {
    store = await seededStore(factory.open);
    await exportAll(store, dir);
    formats = readBack(dir);
  });
  afterAll(() => store.close());

  it('writes every node and relationship once, in every format', async () => {
    const counts = await store.counts();
    for (const format of FORMAT_NAMES) {
      expect(formats[format].nodes.size, format).toBe(counts.nodes);
      expect(formats[format].relationships.size, format).toBe(counts.relationships);
    }
  });

  it('gives the three formats the same rows', () => {
    expect(formats.csv).toEqual(formats.json);
    expect(formats.graphml).toEqual(formats.json);
  });

  it('keeps the role, article and evidence sentence of each party to the Yevlakh talks', async () => {
    const { relationships } = formats.json;
    const talks = [...relationships.values()].find(
      (r) => r.type === 'OCCURRED_IN' && r.target === 'place:yevlakh',
    )?.source;
    const participations = [...relationships.values()].filter(
      (r) => r.type === 'PARTICIPATED_IN' && r.target === talks,
    );
    expect(participations.map((p) => `${p.source} ${p.role} ${p.onBehalfOf ?? ''}`)).toEqual(
      expect.arrayContaining([
        'actor:azerbaijan PARTY ',
        'actor:karabakh-armenians PARTY ',
        'actor:russian-peacekeeping-forces MEDIATOR ',
        'actor:bashir-hajiyev DELEGATE actor:azerbaijan',
        'actor:david-melkumyan DELEGATE actor:karabakh-armenians',
      ]),
    );
    for (const participation of participations) {
      const [article] = await store.nodes('Article', [participation.articleId as string]);
      expect(article, participation.id).not.toBeNull();
      const sentence = article?.text.slice(Number(participation.start), Number(participation.end));
      expect(participation.evidence).toBe(sentence);
      expect(participation.evidence?.length).toBeGreaterThan(20);
    }
  });

  it('carries each mention with its count and article', () => {
    const mentions = [...formats.json.relationships.values()].filter((r) => r.type === 'MENTIONS');
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) {
      expect(Number(mention.count)).toBeGreaterThanOrEqual(1);
      expect(mention.articleId).toBe(mention.source);
    }
  });

  it('keeps Arabic names byte for byte', async () => {
    const { rows } = await store.findPlaces({}, { offset: 0, limit: 1000 });
    const yevlakh = rows.find((place) => place.id === 'place:yevlakh');
    expect(yevlakh?.nameAr).toBe('يفلاخ');
    for (const format of FORMAT_NAMES) {
      for (const place of rows)
        expect(formats[format].nodes.get(place.id)?.nameAr, format).toBe(place.nameAr);
    }
    const graphml = readFileSync(join(dir, 'graphml', 'graph.graphml'));
    expect(graphml.includes(Buffer.from('<data key="node.nameAr">يفلاخ</data>', 'utf8'))).toBe(true);
  });

  it('labels every node for colouring and leaves the article text out', () => {
    for (const format of FORMAT_NAMES) {
      const nodes = [...formats[format].nodes.values()];
      expect(nodes.every((node) => LABELS.includes(node.label as never))).toBe(true);
      expect(nodes.some((node) => 'text' in node || 'searchKey' in node)).toBe(false);
    }
  });

  it('round-trips a title holding quotes, commas and a line break', () => {
    for (const format of FORMAT_NAMES) {
      const titles = [...formats[format].nodes.values()].map((node) => node.title);
      expect(titles, format).toContain(TRICKY_TITLE);
    }
  });

  it('exports the neighbourhood of Yevlakh: the talks, not the Houthi attacks', async () => {
    const around = join(dir, 'around');
    await exportAll(store, around, { around: { nodeId: await resolveNode(store, 'Yevlakh'), depth: 1 } });
    const whole = formats.json;
    const houthiEvents = [...whole.relationships.values()]
      .filter((r) => r.type === 'PARTICIPATED_IN' && r.source === 'actor:houthis')
      .map((r) => r.target);
    expect(houthiEvents.length).toBeGreaterThan(0);
    for (const [format, exported] of Object.entries(readBack(around))) {
      const talks = [...exported.nodes.values()].filter((n) => n.type === 'NEGOTIATION');
      expect(
        talks.map((n) => n.date),
        format,
      ).toEqual(['2023-09-21']);
      expect(exported.nodes.has('place:yevlakh')).toBe(true);
      for (const event of houthiEvents) expect(exported.nodes.has(event), format).toBe(false);
      for (const r of exported.relationships.values()) {
        expect(exported.nodes.has(r.source as string) && exported.nodes.has(r.target as string)).toBe(true);
        expect(r).toEqual(whole.relationships.get(r.id as string));
      }
    }
  });

  it('writes the same files when it pages a few nodes at a time', async () => {
    const paged = join(dir, 'paged');
    await exportAll(store, paged, { batchSize: 7 });
    expectSameFiles(dir, paged);
  });

  it('finds the centre by id or by a name in either script, and refuses unknown or ambiguous ones', async () => {
    expect(await resolveNode(store, 'يفلاخ')).toBe('place:yevlakh');
    expect(await resolveNode(store, 'actor:azerbaijan')).toBe('actor:azerbaijan');
    await expect(resolveNode(store, 'Atlantis')).rejects.toThrow(EntityReferenceError);
    await expect(resolveNode(store, 'actor:atlantis')).rejects.toThrow(EntityReferenceError);
    await expect(resolveNode(store, 'Azerbaijan')).rejects.toThrow(/actor:azerbaijan, place:azerbaijan/);
  });
});

describe('kg export on both stores', () => {
  it('writes the same bytes from the same graph', async () => {
    const dirs: string[] = [];
    for (const factory of STORES) {
      const store = await seededStore(factory.open);
      const dir = mkdtempSync(join(tmpdir(), `kg-export-${factory.name}-`));
      await exportAll(store, dir).finally(() => store.close());
      dirs.push(dir);
    }
    expectSameFiles(...(dirs as [string, string]));
  });
});

describe('escaping', () => {
  it('quotes a CSV field only when it must, doubling its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b", c\nd')).toBe('"a ""b"", c\nd"');
    expect(parseCsv(`${csvField('a "b", c\r\nd')},${csvField(['x', 'y'])},${csvField(null)}\r\n`)).toEqual([
      ['a "b", c\r\nd', 'x | y', ''],
    ]);
  });

  it('escapes XML markup and drops the characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;&#13;',
    );
    expect(escapeXml('bell\u0007 lone\uD800 pair😀 يفلاخ')).toBe('bell lone pair😀 يفلاخ');
  });
});
