import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey } from '../extract/normalize.js';
import type { EntityType } from '../model/report.js';
import { entityId } from './ids.js';
import type { GazetteerEntry, GazetteerRecord } from './types.js';

export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL('../seed/gazetteer', import.meta.url));

/** The gazetteer: entries with resolved ids, looked up by any alias after normalization. */
export class Gazetteer {
  readonly entries: GazetteerEntry[];
  private readonly byIdMap = new Map<string, GazetteerEntry>();
  private readonly byKey = new Map<string, GazetteerEntry[]>();

  constructor(records: GazetteerRecord[]) {
    this.entries = resolveRecords(records);
    for (const entry of this.entries) {
      this.byIdMap.set(entry.id, entry);
      for (const form of surfaceForms(entry)) {
        const key = matchKey(form);
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byKey.set(key, list);
      }
    }
  }

  byId(id: string): GazetteerEntry | undefined {
    return this.byIdMap.get(id);
  }

  /** Entries one of whose names or aliases normalizes to the same key as `name`. */
  lookup(name: string, type?: EntityType): GazetteerEntry[] {
    const found = this.byKey.get(matchKey(name)) ?? [];
    return type ? found.filter((entry) => entry.type === type) : found;
  }

  /** The entry and the places or bodies above it, nearest first. */
  ancestors(id: string): GazetteerEntry[] {
    const chain: GazetteerEntry[] = [];
    let current = this.byIdMap.get(id);
    while (current) {
      const parentId: string | null = current.partOf ?? current.memberOf;
      const parent = parentId ? this.byIdMap.get(parentId) : undefined;
      if (!parent || chain.includes(parent)) break;
      chain.push(parent);
      current = parent;
    }
    return chain;
  }
}

export function surfaceForms(entry: Pick<GazetteerEntry, 'name' | 'names' | 'aliases'>): string[] {
  return [entry.name, entry.names.ar, entry.names.en, ...entry.aliases].filter((s): s is string => !!s);
}

/** Reads every *.json file of the folder (arrays of records) into one gazetteer. */
export function loadGazetteer(dir = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const records: GazetteerRecord[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`gazetteer file ${file} must hold a JSON array of entries`);
    records.push(...(parsed as GazetteerRecord[]));
  }
  return new Gazetteer(records);
}

/**
 * Turns records into entries: ids from type and name, duplicates merged, and
 * every STATE actor given its COUNTRY place (the territory a place is part of).
 */
function resolveRecords(records: GazetteerRecord[]): GazetteerEntry[] {
  const entries = new Map<string, GazetteerEntry>();
  const add = (record: GazetteerRecord) => {
    const id = entityId(record.type, record.name);
    const existing = entries.get(id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...record.aliases])];
      existing.names = { ...record.names, ...existing.names };
      existing.wikidata ??= record.wikidata ?? null;
      existing.lat ??= record.lat ?? null;
      existing.lon ??= record.lon ?? null;
      existing.commonWords = [...new Set([...(existing.commonWords ?? []), ...(record.commonWords ?? [])])];
      existing.demonyms = [...new Set([...(existing.demonyms ?? []), ...(record.demonyms ?? [])])];
      return;
    }
    entries.set(id, {
      id,
      name: record.name,
      type: record.type,
      kind: record.kind,
      names: { ...record.names },
      aliases: [...new Set(record.aliases)],
      wikidata: record.wikidata ?? null,
      partOf: record.partOf ? entityId('PLACE', record.partOf) : null,
      memberOf: record.memberOf ? entityId('ACTOR', record.memberOf) : null,
      lat: record.lat ?? null,
      lon: record.lon ?? null,
      commonWords: record.commonWords ?? [],
      demonyms: record.demonyms ?? [],
    });
  };
  for (const record of records) add(record);
  for (const record of records) {
    if (record.type === 'ACTOR' && record.kind === 'STATE' && !entries.has(entityId('PLACE', record.name))) {
      const names = [record.names.ar, record.names.en].filter((s): s is string => !!s);
      add({
        ...record,
        type: 'PLACE',
        kind: 'COUNTRY',
        aliases: names,
        memberOf: null,
        partOf: null,
        commonWords: [],
        demonyms: [],
      });
    }
  }
  return [...entries.values()];
}
