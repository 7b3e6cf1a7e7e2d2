import type { Label, RelSpec } from '../../graph/model.js';
import { type EventPageHop, eventPageKey, type NodePlan, type RefHop } from '../../graph/read-plan.js';

/** Builds a node plan from the fields of a selection, merging hops that read the same relationships. */
export class PlanBuilder {
  private readonly fields = new Set<string>();
  private readonly hops = new Map<string, HopBuilder>();
  private readonly pages = new Map<string, { hop: Omit<EventPageHop, 'next'>; next: PlanBuilder }>();

  /** Read these properties of the node. */
  need(fields: readonly string[]): this {
    for (const field of fields) this.fields.add(field);
    return this;
  }

  hop(spec: RelSpec): HopBuilder {
    const key = `${spec.type}:${spec.direction}`;
    let hop = this.hops.get(key);
    if (!hop) {
      hop = new HopBuilder(spec);
      this.hops.set(key, hop);
    }
    return hop;
  }

  page(hop: EventPageHop): void {
    const key = eventPageKey(hop.filter, hop.page);
    let page = this.pages.get(key);
    if (!page) {
      page = { hop: { filter: hop.filter, page: hop.page }, next: new PlanBuilder() };
      this.pages.set(key, page);
    }
    page.next.absorb(hop.next);
  }

  absorb(plan: NodePlan): this {
    this.need(plan.fields);
    for (const hop of plan.related) {
      const builder = this.hop(hop.spec).need(hop.props);
      for (const [label, next] of Object.entries(hop.next)) builder.read(label as Label, next);
      for (const ref of hop.refs) builder.ref(ref.prop, ref.label, ref.next);
    }
    for (const page of plan.eventPages) this.page(page);
    return this;
  }

  build(): NodePlan {
    return {
      fields: [...this.fields].sort(),
      related: [...this.hops.values()].map((hop) => hop.build()),
      eventPages: [...this.pages.values()].map(({ hop, next }) => ({ ...hop, next: next.build() })),
    };
  }
}

export class HopBuilder {
  private readonly props = new Set<string>();
  private readonly next = new Map<Label, PlanBuilder>();
  private readonly refs = new Map<string, { prop: RefHop['prop']; label: Label; next: PlanBuilder }>();

  constructor(private readonly spec: RelSpec) {}

  /** Read these properties of the relationships. */
  need(props: readonly string[]): this {
    for (const prop of props) this.props.add(prop);
    return this;
  }

  /** Read the nodes of this label at the other end, and what the plan asks for there. */
  read(label: Label, plan: NodePlan): this {
    const next = this.next.get(label) ?? new PlanBuilder();
    this.next.set(label, next.absorb(plan));
    return this;
  }

  /** Read the node a relationship property names (the property comes too). */
  ref(prop: RefHop['prop'], label: Label, plan: NodePlan): this {
    const key = `${prop}:${label}`;
    const ref = this.refs.get(key) ?? { prop, label, next: new PlanBuilder() };
    ref.next.absorb(plan);
    this.refs.set(key, ref);
    return this.need([prop]);
  }

  build() {
    return {
      spec: this.spec,
      props: [...this.props].sort(),
      next: Object.fromEntries([...this.next].map(([label, next]) => [label, next.build()])),
      refs: [...this.refs.values()].map(({ prop, label, next }) => ({ prop, label, next: next.build() })),
    };
  }
}
