import type { Provenance, RelationshipProps, RelType } from '../graph/model.js';
import { codepointCompare } from '../graph/order.js';
import { sortedEvidence } from '../graph/provenance.js';
import type { Adjacent } from '../graph/store.js';
import type { Role, Stance } from '../model/report.js';

/**
 * One fact between two nodes as exploration shows it: the relationships of one
 * type, direction and qualifier (role, side, stance) merged, with the evidence
 * of every article that states it.
 */
export interface GraphRelationship {
  id: string;
  type: RelType;
  sourceId: string;
  targetId: string;
  role: Role | null;
  stance: Stance | null;
  onBehalfOf: string | null;
  evidence: Provenance[];
}

/** Merges relationships seen from either end into facts; the same relationship seen twice counts once. */
export class RelationshipSet {
  private readonly facts = new Map<string, GraphRelationship & { sources: Provenance[] }>();

  add(seenFrom: string, adjacent: Adjacent): void {
    const sourceId = adjacent.outgoing ? seenFrom : adjacent.otherId;
    const targetId = adjacent.outgoing ? adjacent.otherId : seenFrom;
    const props = adjacent.props as Partial<
      RelationshipProps['PARTICIPATED_IN'] & RelationshipProps['CLAIMS']
    >;
    const role = props.role ?? null;
    const stance = props.stance ?? null;
    const onBehalfOf = props.onBehalfOf ?? null;
    const id = [adjacent.type, sourceId, targetId, role ?? stance ?? '', onBehalfOf ?? ''].join('|');
    let fact = this.facts.get(id);
    if (!fact) {
      fact = {
        id,
        type: adjacent.type,
        sourceId,
        targetId,
        role,
        stance,
        onBehalfOf,
        evidence: [],
        sources: [],
      };
      this.facts.set(id, fact);
    }
    fact.sources.push(provenanceOf(adjacent));
  }

  /** The facts in a stable order, each with its evidence sorted. */
  list(): GraphRelationship[] {
    return [...this.facts.values()]
      .map(({ sources, ...fact }) => ({ ...fact, evidence: sortedEvidence(sources) }))
      .sort((a, b) => codepointCompare(a.id, b.id));
  }
}

/** A mention has only its article; every other relationship carries full provenance. */
function provenanceOf(adjacent: Adjacent): Provenance {
  const props = adjacent.props as Partial<Provenance>;
  return {
    articleId: props.articleId ?? null,
    evidence: props.evidence ?? null,
    start: props.start ?? null,
    end: props.end ?? null,
  };
}
