import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FragmentDefinitionNode,
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

function measure(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const fieldType: GraphQLOutputType | undefined =
        parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value]?.type : undefined;
      const isList = fieldType !== undefined && isListType(getNullableType(fieldType));
      const inner = selection.selectionSet
        ? measure(selection.selectionSet, fieldType ? getNamedType(fieldType) : undefined, fragments, visiting)
        : { depth: 0, cost: 0 };
      depth = Math.max(depth, inner.depth + 1);
      cost += 1 + inner.cost * (isList ? LIST_FACTOR : 1);
    } else {
      const nested =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!nested) continue;
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      if (name && visiting.has(name)) continue; // cycles are reported by graphql's own rule
      if (name) visiting.add(name);
      const inner = measure(nested.selectionSet, parent, fragments, visiting);
      if (name) visiting.delete(name);
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
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
          const { depth, cost } = measure(operation.selectionSet, root ?? undefined, fragments, new Set());
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
