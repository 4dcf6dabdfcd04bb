// Most dashboard operations are answered by one subgraph alone: the query plan is one fetch whose
// operation is the client's own. For those, @apollo/gateway still rebuilds the operation on every
// request, merges the subgraph's answer into an empty result and then reshapes it field by field:
// three walks over every point of a long series, more time than the subgraph spent producing it.
// This executor keeps @apollo/gateway's planner as the judge: when the plan is a single root fetch
// without requires or rewrites, and the fetch selects exactly what the client selected (in any
// order), it sends the client's own operation to that subgraph, whose answer then already has the
// client's shape, and returns it as the result, with errors wrapped the way @apollo/gateway wraps
// them. Every other plan (several fetches, entities, named fragments, which the planner inlines),
// and every request asking to see its query plan, goes to @apollo/gateway unchanged.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ERRORS, errorCodeDef, operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayGraphQLResponse,
  GatewayInterface,
  GatewayLoadResult,
} from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  getOperationAST,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
} from 'graphql';
import { BoundedCache } from '../common/bounded-cache.js';
import { compileVariableCheck } from '../common/compiled-executor.js';

/** What a single-fetch plan needs at request time; null when the operation needs the full gateway. */
interface Shortcut {
  service: string;
  query: string;
  operationName: string | undefined;
  document: DocumentNode;
  variableUsages: string[];
  /** The result's data when the fetch fails outright: null roots, or null when a root is non-null. */
  emptyData: Record<string, null> | null;
  /** Refusals of the operation's variables, in graphql-js's words (compiled check first). */
  checkVariables: (variables: Record<string, unknown>) => Promise<readonly GraphQLError[] | undefined>;
}

/**
 * An operation's selections with fields in a fixed order (the planner moves key fields last), or
 * undefined when it uses named fragments, which the planner inlines into the fetch.
 */
function canonical(selectionSet: SelectionSetNode | undefined): string | undefined {
  if (!selectionSet) return '';
  const parts: string[] = [];
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FRAGMENT_SPREAD) return undefined;
    const inner = canonical(s.selectionSet);
    if (inner === undefined) return undefined;
    const directives = (s.directives ?? []).map((d) => print(d)).join(' ');
    if (s.kind === Kind.INLINE_FRAGMENT) parts.push(`...${s.typeCondition?.name.value ?? ''} ${directives}{${inner}}`);
    else parts.push(`${s.alias?.value ?? ''}:${s.name.value}(${(s.arguments ?? []).map((a) => print(a)).sort().join(',')}) ${directives}{${inner}}`);
  }
  return parts.sort().join(' ');
}

function signature(operation: OperationDefinitionNode): string | undefined {
  const body = canonical(operation.selectionSet);
  if (body === undefined) return undefined;
  const variables = (operation.variableDefinitions ?? []).map((v) => print(v)).sort().join(',');
  return `${operation.operation}(${variables}) ${(operation.directives ?? []).map((d) => print(d)).join(' ')}{${body}}`;
}

const QUERY_PLAN_HEADER = 'apollo-query-plan-experimental';
// @apollo/gateway does not export its request-kind enum; this is its INCOMING_OPERATION value.
const INCOMING_OPERATION = 'incoming operation' as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>['kind'];

/** A data source that may also pass an answer on unparsed (SubgraphDataSource.forward). */
export type ForwardingDataSource = GraphQLDataSource & { forward?: GraphQLDataSource['process'] };

export interface SingleFetchOptions {
  supergraphSdl: string;
  /** The gateway's own data sources by subgraph name, so both paths send requests the same way. */
  sources: () => ReadonlyMap<string, ForwardingDataSource>;
  /** Operations remembered (by query hash and name); beyond it the oldest are forgotten. */
  maxOperations?: number;
  /** Counts requests per path, for metrics and tests. */
  onRequest?: (path: 'single-fetch' | 'gateway') => void;
}

export function withSingleFetchShortcut(gateway: GatewayInterface, options: SingleFetchOptions): GatewayInterface {
  const supergraph = Supergraph.build(options.supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  const planner = new QueryPlanner(supergraph);
  const maxOperations = options.maxOperations ?? 2000;
  const shortcuts = new BoundedCache<string, Shortcut | null>(maxOperations);

  function plan({ schema, document, operation }: GatewayGraphQLRequestContext, operationName: string | undefined): Shortcut | null {
    if (operation.operation === 'subscription') return null;
    let node;
    try {
      node = planner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName, validate: false })).node;
    } catch {
      return null; // the gateway reports planning errors in its own words
    }
    if (node?.kind !== 'Fetch' || node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return null;
    const fetched = getOperationAST(parse(node.operation), node.operationName);
    const own = signature(operation);
    if (!fetched || own === undefined || signature(fetched) !== own) return null;
    const root = schema.getRootType(operation.operation)!;
    const fields = root.getFields();
    const keys: string[] = [];
    let nullable = true;
    for (const s of operation.selectionSet.selections) {
      if (s.kind !== Kind.FIELD) return null;
      keys.push(s.alias?.value ?? s.name.value);
      if (isNonNullType(fields[s.name.value]?.type)) nullable = false;
    }
    return {
      service: node.serviceName,
      // The client's own text, so the answer comes back in the client's field order.
      query: print(operation),
      operationName: operation.name?.value,
      document: { kind: Kind.DOCUMENT, definitions: [operation] },
      variableUsages: node.variableUsages ?? [],
      emptyData: nullable ? Object.fromEntries(keys.map((k) => [k, null])) : null,
      checkVariables: compileVariableCheck(schema, operation.variableDefinitions ?? []),
    };
  }

  function shortcutFor(context: GatewayGraphQLRequestContext): Shortcut | null {
    const key = `${context.queryHash}\u0000${context.request.operationName ?? ''}`;
    return shortcuts.getOrSet(key, () => plan(context, context.request.operationName ?? undefined));
  }

  /** @apollo/gateway's wrapping of a subgraph's error: its own code kept, the service named. */
  function downstreamError(error: GraphQLFormattedError, service: string): GraphQLError {
    const message = error.message || `Error while fetching subquery from service "${service}"`;
    const options = { path: error.path ? [...error.path] : undefined, extensions: { ...error.extensions, serviceName: service } };
    const codeDef = errorCodeDef(error as GraphQLError);
    if (!codeDef && error.extensions?.code) return new GraphQLError(message, options);
    return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
  }

  function wrap(executor: GatewayExecutor): GatewayExecutor {
    return async (context) => {
      const shortcut = context.request.http?.headers.get(QUERY_PLAN_HEADER) ? null : shortcutFor(context);
      const source = shortcut && options.sources().get(shortcut.service);
      if (!shortcut || !source) {
        options.onRequest?.('gateway');
        return executor(context);
      }
      options.onRequest?.('single-fetch');
      const given = context.request.variables ?? {};
      // Refused in graphql-js's words, as @apollo/gateway would refuse them.
      const refused = await shortcut.checkVariables(given);
      if (refused) return { errors: refused };
      const variables: Record<string, unknown> = Object.create(null);
      for (const name of shortcut.variableUsages) if (given[name] !== undefined) variables[name] = given[name];
      const call: GraphQLDataSourceProcessOptions = {
        kind: INCOMING_OPERATION,
        request: { query: shortcut.query, variables, operationName: shortcut.operationName },
        incomingRequestContext: context,
        context: context.context,
        document: shortcut.document,
        pathInIncomingRequest: [],
      };
      let response: GatewayGraphQLResponse;
      try {
        // Passed on unparsed only over HTTP, where stringifyResult writes the answer.
        response = await (context.request.http && source.forward ? source.forward(call) : source.process(call));
      } catch (e) {
        return { errors: [e as GraphQLError], data: shortcut.emptyData };
      }
      const data = response.data === undefined ? shortcut.emptyData : response.data;
      if (!response.errors?.length) return { data };
      return { errors: response.errors.map((e) => downstreamError(e, shortcut.service)), data };
    };
  }

  return {
    async load(loadOptions): Promise<GatewayLoadResult> {
      const loaded = await gateway.load(loadOptions);
      return { ...loaded, executor: loaded.executor && wrap(loaded.executor) };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}
