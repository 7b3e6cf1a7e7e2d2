import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/** A field as the operation selects it, under one response key. */
export interface SelectedField {
  name: string;
  /** The name of the type it returns, lists and non-null aside. */
  returns: string;
  /** Its arguments with variables and defaults applied, as the resolver will get them. */
  args: Record<string, unknown>;
  /** What is selected below it, on its object type or, for an interface, on one of its object types. */
  on(typeName?: string): Selection | null;
}

/**
 * Look-ahead over an operation: the fields selected below some field nodes on
 * one object type, through fragment spreads, inline fragments and their type
 * conditions, aliases and @skip/@include.
 */
export class Selection {
  constructor(
    private readonly info: GraphQLResolveInfo,
    readonly type: GraphQLObjectType,
    private readonly nodes: readonly FieldNode[],
  ) {}

  /** What the current resolver's field selects, when it returns an object type. */
  static of(info: GraphQLResolveInfo): Selection | null {
    const type = getNamedType(info.returnType);
    return isObjectType(type) ? new Selection(info, type, info.fieldNodes) : null;
  }

  fields(): SelectedField[] {
    const byKey = new Map<string, FieldNode[]>();
    for (const node of this.nodes) if (node.selectionSet) this.collect(node.selectionSet, byKey);
    return [...byKey.values()].flatMap((nodes) => {
      const [first] = nodes as [FieldNode];
      const definition = this.type.getFields()[first.name.value];
      if (!definition) return [];
      const returned = getNamedType(definition.type);
      return [
        {
          name: first.name.value,
          returns: returned.name,
          args: getArgumentValues(definition, first, this.info.variableValues),
          on: (typeName?: string) => {
            const type = typeName ? this.info.schema.getType(typeName) : returned;
            if (!isObjectType(type)) return null;
            if (
              type !== returned &&
              !(isAbstractType(returned) && this.info.schema.isSubType(returned, type))
            )
              return null;
            return new Selection(this.info, type, nodes);
          },
        },
      ];
    });
  }

  /** The selection of every field of that name (whatever its alias), below it. */
  child(name: string): Selection | null {
    const selections = this.fields()
      .filter((field) => field.name === name)
      .flatMap((field) => field.on() ?? []);
    const [first] = selections;
    if (!first) return null;
    return new Selection(
      this.info,
      first.type,
      selections.flatMap((selection) => selection.nodes),
    );
  }

  private collect(selectionSet: SelectionSetNode, byKey: Map<string, FieldNode[]>): void {
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(selection.typeCondition?.name.value)) this.collect(selection.selectionSet, byKey);
      } else {
        const fragment = this.info.fragments[selection.name.value];
        if (fragment && this.applies(fragment.typeCondition.name.value))
          this.collect(fragment.selectionSet, byKey);
      }
    }
  }

  private applies(typeCondition: string | undefined): boolean {
    if (!typeCondition || typeCondition === this.type.name) return true;
    const condition = this.info.schema.getType(typeCondition);
    return Boolean(
      condition && isAbstractType(condition) && this.info.schema.isSubType(condition, this.type),
    );
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    const variables = this.info.variableValues;
    return (
      getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false
    );
  }
}
