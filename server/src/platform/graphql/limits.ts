import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLOutputType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { AppError, ErrorCode } from './errors';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Each list multiplies the cost of what is selected inside it by this. */
const LIST_FACTOR = 10;

interface Measure {
  depth: number;
  cost: number;
}

/**
 * Depth and cost of a selection set. Each fragment is measured once and its result reused,
 * so fragments that spread each other many times cost linear, not exponential, time.
 */
class Measurer {
  private readonly fragmentMeasures = new Map<string, Measure>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  measure(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): Measure {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const fieldType: GraphQLOutputType | undefined =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value]?.type : undefined;
        const isList = fieldType !== undefined && isListType(getNullableType(fieldType));
        const child = selection.selectionSet ? this.measure(selection.selectionSet, fieldType ? getNamedType(fieldType) : undefined) : { depth: 0, cost: 0 };
        inner = { depth: child.depth + 1, cost: 1 + child.cost * (isList ? LIST_FACTOR : 1) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.measure(selection.selectionSet, selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) ?? parent : parent);
      } else {
        inner = this.fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      // Capped: past any sane limit the exact figure does not matter, and numbers stay finite.
      cost = Math.min(cost + inner.cost, Number.MAX_SAFE_INTEGER);
    }
    return { depth, cost };
  }

  private fragment(name: string): Measure {
    const known = this.fragmentMeasures.get(name);
    if (known) return known;
    const definition = this.fragments[name];
    if (!definition || this.visiting.has(name)) return { depth: 0, cost: 0 }; // unknown or cyclic: graphql's own rules report it
    this.visiting.add(name);
    const measured = this.measure(definition.selectionSet, this.schema.getType(definition.typeCondition.name.value) ?? undefined);
    this.visiting.delete(name);
    this.fragmentMeasures.set(name, measured);
    return measured;
  }
}

/**
 * One validation rule for depth, aliases and cost. It is given to Apollo (HTTP) and run by
 * our graphql-ws `onSubscribe` too, because graphql-ws validates on its own.
 */
export function limitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    let aliases = 0;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      OperationDefinition: {
        leave(operation) {
          const schema = context.getSchema();
          const root =
            operation.operation === 'query'
              ? schema.getQueryType()
              : operation.operation === 'mutation'
                ? schema.getMutationType()
                : schema.getSubscriptionType();
          const { depth, cost } = new Measurer(schema, fragments).measure(operation.selectionSet, root ?? undefined);
          if (depth > limits.maxDepth) {
            context.reportError(
              new AppError(ErrorCode.QUERY_TOO_DEEP, `Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`, {
                depth,
                limit: limits.maxDepth,
              }),
            );
          }
          if (cost > limits.maxCost) {
            context.reportError(
              new AppError(ErrorCode.QUERY_TOO_COSTLY, `Query cost ${cost} exceeds the limit of ${limits.maxCost}.`, {
                cost,
                limit: limits.maxCost,
              }),
            );
          }
        },
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(
              new AppError(ErrorCode.TOO_MANY_ALIASES, `The request uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, {
                aliases,
                limit: limits.maxAliases,
              }),
            );
          }
        },
      },
    };
  };
}
