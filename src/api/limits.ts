import type { GraphQLError } from 'graphql';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
  type ValidationContext,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { apiError, ErrorCode } from './errors';
import { checkArguments } from './input-bounds';

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

/**
 * Caps on the query document: tokens (checked while parsing, so nothing larger is ever analysed),
 * operations and fragments, fragment spreads. Far above any query the explorers send (~300 tokens).
 */
export const DOCUMENT_CAPS = { maxTokens: 3_000, maxDefinitions: 50, maxSpreads: 300 } as const;
export type DocumentCaps = { [K in keyof typeof DOCUMENT_CAPS]: number };

/** Wall-clock time one request's analysis (depth, cost, input bounds) may take. */
export const ANALYSIS_BUDGET_MS = 100;

/** Arguments whose value is a page size, and those bounded by a graph limit. */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit']);
/**
 * Rows assumed for a connection that can page both ways when neither `first` nor `last` is given
 * (their `first` has no schema default, so `last` can be told apart; the resolvers' defaults are
 * at most this).
 */
const DEFAULT_PAGE_COST = 20;
const GRAPH_ARGUMENTS: Record<string, number> = { depth: MAX_NEIGHBOR_DEPTH, maxLength: MAX_PATH_LENGTH };

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_COMPLEX, message, details);
}

/**
 * Validation rule: at most `maxDefinitions` operations and fragments and `maxSpreads` fragment
 * spreads (inline ones included). The token cap is applied by the parser itself (Apollo's
 * `parseOptions.maxTokens`), so no rule ever sees a document larger than that.
 */
export function documentCapsRule(caps: DocumentCaps = DOCUMENT_CAPS) {
  return (context: ValidationContext): ASTVisitor => {
    let spreads = 0;
    return {
      FragmentSpread() {
        spreads++;
      },
      InlineFragment() {
        spreads++;
      },
      Document: {
        enter(node) {
          if (node.definitions.length > caps.maxDefinitions) {
            context.reportError(
              tooComplex(
                `The document has ${node.definitions.length} operations and fragments; the maximum is ${caps.maxDefinitions}: split it`,
                { limit: 'definitions', max: caps.maxDefinitions },
              ),
            );
          }
        },
        leave() {
          if (spreads > caps.maxSpreads) {
            context.reportError(
              tooComplex(
                `The document has ${spreads} fragment spreads; the maximum is ${caps.maxSpreads}: use fewer fragments`,
                { limit: 'spreads', max: caps.maxSpreads },
              ),
            );
          }
        },
      },
    };
  };
}

/** A parse error raised by the parser's token cap (graphql-js 16 words it "more that"). */
export function isTokenCapError(message: string): boolean {
  return /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message);
}

/** Counts work units of one analysis and stops it once it has run longer than its budget. */
export class AnalysisBudget {
  private steps = 0;
  private readonly deadline: number;

  constructor(
    private readonly ms: number = ANALYSIS_BUDGET_MS,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.deadline = now() + ms;
  }

  /** Nodes visited so far. */
  get visited(): number {
    return this.steps;
  }

  /** Call once per node visited; reads the clock every 256 calls. */
  tick(): void {
    if ((++this.steps & 255) === 0 && this.now() > this.deadline) {
      throw tooComplex(
        `Checking the query took longer than ${this.ms} ms, the time one request may spend on it: send a simpler query`,
        { limit: 'time', max: this.ms },
      );
    }
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

/**
 * The selection depth of `set`, following fragments. Each fragment's depth is computed once
 * (memoized), so the work is linear in the document whatever the spreads fan out to; a fragment
 * met again while its own depth is being computed (a cycle, which validation rejects) counts 0.
 */
export function selectionDepth(
  document: DocumentNode,
  set: SelectionSetNode,
  budget: AnalysisBudget = new AnalysisBudget(),
): number {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const fragmentDepth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const frag = fragments.get(name);
    if (!frag || inProgress.has(name)) return 0;
    inProgress.add(name);
    const depth = depthOf(frag.selectionSet);
    inProgress.delete(name);
    memo.set(name, depth);
    return depth;
  };
  const depthOf = (s: SelectionSetNode): number => {
    let deepest = 0;
    for (const sel of s.selections) {
      budget.tick();
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + (sel.selectionSet ? depthOf(sel.selectionSet) : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(sel.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(sel.name.value));
      }
    }
    return deepest;
  };
  return depthOf(set);
}

/** Validation rule: selection depth (fragments followed) at most `max`. Cached with the document. */
export function depthLimitRule(max: number, budgetMs = ANALYSIS_BUDGET_MS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      let depth: number;
      try {
        depth = selectionDepth(context.getDocument(), node.selectionSet, new AnalysisBudget(budgetMs));
      } catch (err) {
        context.reportError(err as GraphQLError);
        return;
      }
      if (depth > max) {
        context.reportError(
          tooComplex(
            `The query is ${depth} levels deep; the maximum is ${max} (MAX_QUERY_DEPTH): select fewer nested fields`,
            { limit: 'depth', depth, max },
          ),
        );
      }
    },
  });
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
                { limit: 'aliases', aliases, max },
              ),
            );
          }
        },
      },
    };
  };
}

/** The named type of a variable's declared type. */
function namedTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeName(type.type);
}

/**
 * True when a variable can change the check's verdict: every variable can, except Booleans and
 * enums (no page size, graph limit or string bound reads those).
 */
function checkDependsOnVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((def) => {
    const name = namedTypeName(def.type);
    return name !== 'Boolean' && !isEnumType(schema.getType(name));
  });
}

/**
 * `checkOperation` for one server's limits, remembering operations that passed when their
 * variables cannot change the verdict. Apollo caches parsed documents, so a repeated query string
 * arrives as the same AST nodes and its check is a WeakSet lookup; operations with such variables
 * are checked on every request (linear in the document, and bounded by the analysis budget).
 */
export function operationChecker(limits: Limits, budgetMs = ANALYSIS_BUDGET_MS) {
  const passed = new WeakSet<OperationDefinitionNode>();
  return (opts: Omit<Parameters<typeof checkOperation>[0], 'limits' | 'budget'>): void => {
    if (passed.has(opts.operation)) return;
    checkOperation({ ...opts, limits, budget: new AnalysisBudget(budgetMs) });
    if (!checkDependsOnVariables(opts.schema, opts.operation)) passed.add(opts.operation);
  };
}

/**
 * Checks an operation with its variables before it runs: string and list arguments within their
 * bounds (input-bounds.ts), every page size ≤ maxPageSize, graph arguments (depth, maxLength)
 * within their maximum, and the estimated cost (fields × the page sizes above them) ≤ maxCost.
 * Each fragment is costed once (memoized), so the work is linear in the document. Throws the first
 * violation as a GraphQLError.
 */
export function checkOperation(opts: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  limits: Limits;
  budget?: AnalysisBudget;
}): void {
  const { schema, document, operation, variables, limits } = opts;
  const budget = opts.budget ?? new AnalysisBudget();
  const fragments = fragmentsOf(document);
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const frag = fragments.get(name);
    const cond = frag && schema.getType(frag.typeCondition.name.value);
    if (!frag || !cond || !isCompositeType(cond) || inProgress.has(name)) return 0;
    inProgress.add(name);
    const cost = costOf(cond, frag.selectionSet);
    inProgress.delete(name);
    memo.set(name, cost);
    return cost;
  };

  const costOf = (type: GraphQLCompositeType, set: SelectionSetNode): number => {
    let cost = 0;
    for (const sel of set.selections) {
      budget.tick();
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (cond && isCompositeType(cond)) cost += costOf(cond, sel.selectionSet);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(sel.name.value);
        continue;
      }
      if (sel.name.value.startsWith('__')) continue;
      const field =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
      if (!field) continue;
      const args = getArgumentValues(field, sel, variables);
      checkArguments(sel.name.value, args);
      const pageSizeOmitted =
        args.first === undefined && args.last === undefined && field.args.some((a) => a.name === 'last');
      const checked = pageMultiplier(sel.name.value, args, limits);
      const multiplier = pageSizeOmitted ? Math.max(checked, DEFAULT_PAGE_COST) : checked;
      const named = getNamedType(field.type);
      // A connection's page size was counted on the connection field; its edges are that page.
      const isList = !type.name.endsWith('Connection') && String(field.type).includes('[');
      const children = sel.selectionSet && isCompositeType(named) ? costOf(named, sel.selectionSet) : 0;
      const rows = multiplier === 1 && isList && sel.selectionSet ? DEFAULT_LIST_COST : multiplier;
      cost += 1 + rows * children;
    }
    return cost;
  };

  const cost = costOf(root, operation.selectionSet);
  if (cost > limits.maxCost) {
    const shown = Number.isFinite(cost) && cost < 1e15 ? cost : 'beyond 10^15';
    throw tooComplex(
      `The query's estimated cost is ${shown}; the maximum is ${limits.maxCost} (MAX_QUERY_COST): ask for smaller pages or fewer nested lists`,
      { limit: 'cost', cost: Number.isFinite(cost) ? cost : null, max: limits.maxCost },
    );
  }
}

/** The page size a field asks for (1 without one), after checking page and graph arguments. */
function pageMultiplier(field: string, args: Record<string, unknown>, limits: Limits): number {
  let multiplier = 1;
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== 'number') continue;
    if (PAGE_ARGUMENTS.has(name)) {
      if (value > limits.maxPageSize) {
        throw apiError(
          ErrorCode.BAD_USER_INPUT,
          `${field}(${name}: ${value}) exceeds the maximum page size ${limits.maxPageSize} (MAX_PAGE_SIZE): ask for fewer and page with \`after\` (or \`before\`)`,
          { argument: name, max: limits.maxPageSize },
        );
      }
      multiplier = Math.max(multiplier, value);
    }
    const max = GRAPH_ARGUMENTS[name];
    if (max !== undefined && value > max) {
      throw apiError(ErrorCode.BAD_USER_INPUT, `${field}(${name}: ${value}) exceeds the maximum ${max}`, {
        argument: name,
        max,
      });
    }
  }
  return multiplier;
}
