import type { ActorKind, EntityType, PlaceKind } from '../model/report.js';

/** One gazetteer entry as written in seed/gazetteer/*.json. References are English names. */
export interface GazetteerRecord {
  name: string;
  type: EntityType;
  kind: ActorKind | PlaceKind;
  names: { ar?: string; en?: string };
  aliases: string[];
  wikidata?: string | null;
  /** PLACE only: the English name of the place that contains it. */
  partOf?: string | null;
  /** ACTOR only: the English name of the actor it belongs to (a ministry of its state). */
  memberOf?: string | null;
  lat?: number | null;
  lon?: number | null;
  /** PLACE only: forms of its name that are also ordinary words (صور، الأبيض), linked only after a place word. */
  commonWords?: string[];
  /** STATE only: English adjectives of the state (Qatari, French), read like Arabic nisbas. */
  demonyms?: string[];
}

/** A loaded entry: references resolved to ids. */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  kind: ActorKind | PlaceKind;
  names: { ar?: string; en?: string };
  aliases: string[];
  wikidata: string | null;
  partOf: string | null;
  memberOf: string | null;
  lat: number | null;
  lon: number | null;
  commonWords?: string[];
  demonyms?: string[];
}
