import type { GraphQLError } from 'graphql';
import {
  getNamedType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { apiError, ErrorCode } from './errors';

/** Limits that protect the database; the Config supplies the tunable ones. */
export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxPageSize: number;
}

/** Hard limits of graph arguments (not settings: they bound the Cypher's work). */
export const MAX_NEIGHBOR_DEPTH = 3;
export const MAX_PATH_LENGTH = 6;
export const MAX_INGEST_ARTICLES = 100;
/** Entities kept per breadth-first level of neighbors/subgraph. */
export const EXPANSION_CAP = 500;
/** Rows assumed for a short, unpaginated list field (steps, evidence…) when estimating cost. */
const DEFAULT_LIST_COST = 2;

/** Arguments whose value is a page size, and those bounded by a graph limit. */
const PAGE_ARGUMENTS = new Set(['first', 'limit']);
const GRAPH_ARGUMENTS: Record<string, number> = { depth: MAX_NEIGHBOR_DEPTH, maxLength: MAX_PATH_LENGTH };

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_COMPLEX, message, details);
}

/** Validation rule: selection depth (fragments followed) at most `max`. Cached with the document. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode, seen: Set<string>): number => {
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, seen) : 0));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        } else {
          const frag = fragments.get(sel.name.value);
          if (frag && !seen.has(frag.name.value)) {
            deepest = Math.max(deepest, depthOf(frag.selectionSet, new Set([...seen, frag.name.value])));
          }
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            tooComplex(
              `The query is ${depth} levels deep; the maximum is ${max} (MAX_QUERY_DEPTH): select fewer nested fields`,
              {
                limit: 'depth',
                depth,
                max,
              },
            ),
          );
        }
      },
    };
  };
}

/** Validation rule: at most `max` aliased fields in the document. */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > max) {
            context.reportError(
              tooComplex(
                `The query uses ${aliases} aliases; the maximum is ${max} (MAX_ALIASES): split it into several requests`,
                {
                  limit: 'aliases',
                  aliases,
                  max,
                },
              ),
            );
          }
        },
      },
    };
  };
}

/** Arguments the check reads; only these can make its verdict depend on the variables. */
const CHECKED_ARGUMENTS = new Set([...PAGE_ARGUMENTS, ...Object.keys(GRAPH_ARGUMENTS)]);

/** True when a checked argument anywhere in the operation or its fragments takes a variable. */
function checkDependsOnVariables(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (!operation.variableDefinitions?.length) return false;
  let depends = false;
  const visitNode = (node: unknown): void => {
    if (depends || !node || typeof node !== 'object') return;
    const n = node as { kind?: string; name?: { value: string }; value?: { kind: string } };
    if (n.kind === Kind.ARGUMENT && CHECKED_ARGUMENTS.has(n.name!.value) && n.value?.kind === Kind.VARIABLE) {
      depends = true;
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visitNode);
      else if (value && typeof value === 'object' && 'kind' in value) visitNode(value);
    }
  };
  visitNode(operation);
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) visitNode(def);
  return depends;
}

/**
 * `checkOperation` for one server's limits, remembering operations that passed when their
 * variables cannot change the verdict (no page size or graph argument comes from a variable).
 * Apollo caches parsed documents, so a repeated query string arrives as the same AST nodes and
 * its check is a WeakMap lookup; operations with such variables are checked on every request.
 */
export function operationChecker(limits: Limits) {
  const passed = new WeakSet<OperationDefinitionNode>();
  return (opts: Omit<Parameters<typeof checkOperation>[0], 'limits'>): void => {
    if (passed.has(opts.operation)) return;
    checkOperation({ ...opts, limits });
    if (!checkDependsOnVariables(opts.document, opts.operation)) passed.add(opts.operation);
  };
}

/**
 * Checks an operation with its variables before it runs: every page size ≤ maxPageSize, graph
 * arguments (depth, maxLength) within their maximum, and the estimated cost (fields × the page
 * sizes above them) ≤ maxCost. Throws the first violation as a GraphQLError.
 */
export function checkOperation(opts: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  limits: Limits;
}): void {
  const { schema, document, operation, variables, limits } = opts;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return;

  const costOf = (type: GraphQLCompositeType, set: SelectionSetNode, seen: Set<string>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (cond && isCompositeType(cond)) cost += costOf(cond, sel.selectionSet, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        const cond = frag && schema.getType(frag.typeCondition.name.value);
        if (frag && cond && isCompositeType(cond) && !seen.has(frag.name.value)) {
          cost += costOf(cond, frag.selectionSet, new Set([...seen, frag.name.value]));
        }
        continue;
      }
      if (sel.name.value.startsWith('__')) continue;
      const field =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
      if (!field) continue;
      const args = getArgumentValues(field, sel, variables);
      let multiplier = 1;
      for (const [name, value] of Object.entries(args)) {
        if (typeof value !== 'number') continue;
        if (PAGE_ARGUMENTS.has(name)) {
          if (value > limits.maxPageSize) {
            throw apiError(
              ErrorCode.BAD_USER_INPUT,
              `${sel.name.value}(${name}: ${value}) exceeds the maximum page size ${limits.maxPageSize} (MAX_PAGE_SIZE): ask for fewer and page with \`after\``,
              { argument: name, max: limits.maxPageSize },
            );
          }
          multiplier = Math.max(multiplier, value);
        }
        const max = GRAPH_ARGUMENTS[name];
        if (max !== undefined && value > max) {
          throw apiError(
            ErrorCode.BAD_USER_INPUT,
            `${sel.name.value}(${name}: ${value}) exceeds the maximum ${max}`,
            {
              argument: name,
              max,
            },
          );
        }
      }
      const named = getNamedType(field.type);
      // A connection's page size was counted on the connection field; its edges are that page.
      const isList = !type.name.endsWith('Connection') && String(field.type).includes('[');
      if (multiplier === 1 && isList && sel.selectionSet) multiplier = DEFAULT_LIST_COST;
      const children = sel.selectionSet && isCompositeType(named) ? costOf(named, sel.selectionSet, seen) : 0;
      cost += 1 + multiplier * children;
    }
    return cost;
  };

  const cost = costOf(root, operation.selectionSet, new Set());
  if (cost > limits.maxCost) {
    throw tooComplex(
      `The query's estimated cost is ${cost}; the maximum is ${limits.maxCost} (MAX_QUERY_COST): ask for smaller pages or fewer nested lists`,
      { limit: 'cost', cost, max: limits.maxCost },
    );
  }
}
