import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { DocumentNode, FragmentDefinitionNode, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema, isListType, isNonNullType, Kind, SelectionSetNode } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ErrorCode } from '../errors/error-codes';
import { languageFrom } from '../errors/language';
import { defineMessages, translate } from '../errors/messages';
import { MAX_PAGE_SIZE } from '../graphql/pagination';

defineMessages({
  'error.queryTooDeep': {
    nl: 'Deze vraag aan de server is te diep genest (diepte {depth}, hoogstens {max}). Vraag minder lagen tegelijk op.',
    en: 'This request to the server is nested too deeply (depth {depth}, at most {max}). Ask for fewer levels at once.',
  },
  'error.queryTooComplex': {
    nl: 'Deze vraag aan de server is te groot (kosten {complexity}, hoogstens {max}). Vraag minder tegelijk op, bijvoorbeeld kleinere pagina’s.',
    en: 'This request to the server is too large (cost {complexity}, at most {max}). Ask for less at once, for example smaller pages.',
  },
});

/**
 * Depth of an operation: the longest chain of nested fields, fragments followed (a fragment adds
 * no level of its own). Introspection fields (`__schema`, `__type`, `__typename`) do not count:
 * introspection is off in production and its standard query is deep by nature.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const depthOf = (set: SelectionSetNode, active: Set<string>): number => {
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, active) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, active));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is refused by validation already; never loop on one here.
        if (!fragment || active.has(name)) continue;
        active.add(name);
        max = Math.max(max, depthOf(fragment.selectionSet, active));
        active.delete(name);
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}

/**
 * A page of n (`first`/`last`) costs n times what one item costs; servers cap pages at
 * MAX_PAGE_SIZE, so a larger number is counted as that (sessions and replay may return up to 500,
 * which the estimate treats as 100: their items are small).
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const n = typeof args['first'] === 'number' ? args['first'] : typeof args['last'] === 'number' ? args['last'] : undefined;
  if (n === undefined) return undefined;
  return 1 + Math.max(1, Math.min(n, MAX_PAGE_SIZE)) * childComplexity;
};

/**
 * A list of objects without a page size (the responses of a case, the replies of a response, the
 * comments on an instrument) is counted as UNPAGED_LIST_SIZE items: nesting such lists multiplies,
 * as the work does. Lists of scalars cost 1.
 */
export const UNPAGED_LIST_SIZE = 10;
const unpagedListEstimator: ComplexityEstimator = ({ type: parent, field, childComplexity }) => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  // The edges of a connection are the page its field already counted.
  if (!isListType(type) || childComplexity === 0 || /(Connection|Page)$/.test(parent.name)) return undefined;
  return 1 + UNPAGED_LIST_SIZE * childComplexity;
};

/** `__typename` (which Apollo Client adds to every selection) costs nothing: no resolver, no row. */
const typenameEstimator: ComplexityEstimator = ({ field }) => (field.name === '__typename' ? 0 : undefined);

/** At most this many field nodes are visited while estimating; a larger document is too complex outright. */
const MAX_QUERY_NODES = 20_000;

/** Every field costs 1, a page of n items n times its item; throws a GraphQLError when it cannot be estimated. */
export function operationComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [typenameEstimator, pagedEstimator, unpagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
    maxQueryNodes: MAX_QUERY_NODES,
  });
}

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** The limit an operation breaks, if any: depth first (cheap), then complexity. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  limits: QueryLimits,
): { code: ErrorCode.QUERY_TOO_DEEP; depth: number } | { code: ErrorCode.QUERY_TOO_COMPLEX; complexity: number | null } | null {
  const depth = operationDepth(document, operationName);
  if (depth > limits.maxDepth) return { code: ErrorCode.QUERY_TOO_DEEP, depth };
  // Variables that do not fit the operation are the caller's mistake, not a cost: execution answers
  // BAD_USER_INPUT for them, so they are not counted (or refused) here.
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return null;
  let complexity: number;
  try {
    complexity = operationComplexity(schema, document, variables ?? {}, operationName);
  } catch {
    // Too many nodes to even count.
    return { code: ErrorCode.QUERY_TOO_COMPLEX, complexity: null };
  }
  return complexity > limits.maxComplexity ? { code: ErrorCode.QUERY_TOO_COMPLEX, complexity } : null;
}

/**
 * Refuses an operation nested deeper than GRAPHQL_MAX_DEPTH or costing more than
 * GRAPHQL_MAX_COMPLEXITY before any resolver runs, with a stable code and a message in the
 * request's language (HTTP 400). Runs after validation, so the document is known to be valid and
 * the variables are at hand (a page size given as a variable counts).
 */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin<BaseContext> {
  private readonly limits: QueryLimits;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limits = { maxDepth: config.graphqlMaxDepth, maxComplexity: config.graphqlMaxComplexity };
  }

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const limits = this.limits;
    return {
      async didResolveOperation(ctx: GraphQLRequestContextDidResolveOperation<BaseContext>) {
        const broken = checkQueryLimits(ctx.schema, ctx.document, ctx.request.variables, ctx.operationName, limits);
        if (!broken) return;
        const lang = languageFrom(ctx.request.http?.headers.get('accept-language') ?? undefined);
        const requestId = (ctx.contextValue as { req?: { id?: string } }).req?.id;
        const message =
          broken.code === ErrorCode.QUERY_TOO_DEEP
            ? translate('error.queryTooDeep', lang, { depth: broken.depth, max: limits.maxDepth })
            : translate('error.queryTooComplex', lang, { complexity: broken.complexity ?? `> ${limits.maxComplexity}`, max: limits.maxComplexity });
        throw new GraphQLError(message, {
          extensions: {
            code: broken.code,
            ...(broken.code === ErrorCode.QUERY_TOO_DEEP ? { depth: broken.depth, maxDepth: limits.maxDepth } : { complexity: broken.complexity, maxComplexity: limits.maxComplexity }),
            requestId,
            http: { status: 400 },
          },
        });
      },
    };
  }
}
