// Queries run as compiled functions (graphql-jit) instead of graphql-js's interpreter. For a long
// series, graphql-js spends more time walking 1,440 point objects field by field than the
// database spends computing them; a query compiled once per document does the same walk about
// three times faster. Apollo Server takes a custom executor only through its gateway interface,
// so this is a minimal "gateway" that serves one fixed schema.
//
// Mutations run compiled too: graphql-jit coerces variables with compiled code, and for a
// 10,000-point ingest graphql-js's coercion alone took about 30 ms. What stays with graphql-js,
// so answers and messages are unchanged:
// - the words for bad variables: when graphql-jit refuses variables, graphql-js coerces them again
//   to say why (refusedVariables);
// - introspection, subscriptions, and any document graphql-jit declines to compile.
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { BoundedCache } from './bounded-cache.js';

/** Introspection answers come from graphql-js: their resolvers live in graphql-js itself. */
function introspects(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === '__schema' || s.name.value === '__type');
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js gives `{}`, and Apollo
 * Server reads `extensions.code` of every error: rebuild each as graphql-js would have made it.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  if (error.locations?.length) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}

/**
 * graphql-js's words for variables it refuses. Whatever checked them first, a refusal is worded
 * by graphql-js: it names the path and the scalar's own complaint ("DateTime cannot represent an
 * invalid date-time-string"), where graphql-jit says only "Expected type DateTime".
 */
export function refusedVariables(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): readonly GraphQLError[] | undefined {
  return definitions.length ? getVariableValues(schema, definitions, variables).errors : undefined;
}

/**
 * A compiled check of variables against `definitions` alone (graphql-jit on `query(<the same
 * variables>) { __typename }`), worded by graphql-js when it refuses: for a 10,000-point ingest
 * graphql-js's own coercion took about 30 ms. Without variables, nothing to check.
 */
export function compileVariableCheck(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
): (variables: Record<string, unknown>) => Promise<readonly GraphQLError[] | undefined> {
  if (!definitions.length) return async () => undefined;
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as OperationDefinitionNode['operation'],
        variableDefinitions: definitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] },
      },
    ],
  };
  let compiled: CompiledQuery | null = null;
  try {
    const result = compileQuery(schema, document);
    if (isCompiledQuery(result)) compiled = result;
  } catch {
    // graphql-js checks every time instead
  }
  return async (variables) => {
    const checked = compiled && ((await compiled.query(undefined, undefined, variables)) as ExecutionResult);
    return checked && !checked.errors ? undefined : refusedVariables(schema, definitions, variables);
  };
}

export interface CompiledExecutorOptions {
  /** Compiled documents remembered (by query hash and operation name); the oldest go first. */
  maxDocuments?: number;
  /** Counts operations per engine, for tests. */
  onExecute?: (engine: 'compiled' | 'graphql-js') => void;
}

export function compiledExecutor(schema: GraphQLSchema, options: CompiledExecutorOptions = {}): GatewayInterface {
  const maxDocuments = options.maxDocuments ?? 1000;
  const compiled = new BoundedCache<string, CompiledQuery | null>(maxDocuments);

  function compiledFor({ document, operation, queryHash }: GatewayGraphQLRequestContext, operationName: string | undefined): CompiledQuery | null {
    return compiled.getOrSet(`${queryHash}\u0000${operationName ?? ''}`, () => {
      if (operation.operation === 'subscription' || introspects(operation)) return null;
      const result = compileQuery(schema, document, operationName);
      return isCompiledQuery(result) ? result : null;
    });
  }

  const executor: GatewayExecutor = async (context: GatewayGraphQLRequestContext) => {
    const { document, request } = context;
    const operationName = request.operationName ?? undefined;
    const query = compiledFor(context, operationName);
    if (!query) {
      options.onExecute?.('graphql-js');
      return (await execute({ schema, document, contextValue: context.context, variableValues: request.variables, operationName })) as ExecutionResult;
    }
    options.onExecute?.('compiled');
    const variables = request.variables ?? {};
    const result = (await query.query(undefined, context.context, variables)) as ExecutionResult;
    if (!result.errors) return result;
    // No data at all: graphql-jit refused the variables before running anything.
    if (result.data === undefined) {
      const errors = refusedVariables(schema, context.operation.variableDefinitions ?? [], variables);
      if (errors) return { errors };
    }
    return { ...result, errors: result.errors.map(asGraphQLJsError) };
  };

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
