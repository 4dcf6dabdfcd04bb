// How the gateway calls a subgraph: JSON over HTTP on a keep-alive undici pool. It replaces
// RemoteGraphQLDataSource, whose default fetcher (make-fetch-happen over node-fetch, plus a
// node-fetch Request and Headers built per call) cost about as much as the subgraph's own work on
// small operations. What we keep from it: a subgraph's own coded errors are passed on, and a
// transport failure becomes an error on that subgraph's fields only.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type FormattedExecutionResult, GraphQLError } from 'graphql';
import { Pool } from 'undici';

export interface SubgraphDataSourceOptions<TContext> {
  name: string;
  url: string;
  /** Headers for one call (request id, signed identity); called once per subgraph fetch. */
  headers: (context: TContext | undefined) => Record<string, string>;
  /** Most sockets kept open to this subgraph. */
  connections?: number;
  /** Longest wait for a subgraph's answer before its fields fail. */
  timeoutMs?: number;
}

/**
 * The subgraph's own JSON text of an answer without errors, by the `data` object parsed from it:
 * when the gateway's result is that answer unchanged (the single-fetch shortcut), the text is
 * sent as it came instead of being written again from the parsed objects, which for a long
 * series cost as much as parsing it.
 */
const answerTexts = new WeakMap<object, { text: string; extensions: string | undefined }>();

/** The gateway's result as JSON, the subgraph's own text when the result is its answer unchanged. */
export function stringifyResult(result: FormattedExecutionResult): string {
  if (!result.errors && result.data) {
    const answer = answerTexts.get(result.data);
    if (answer && answer.extensions === JSON.stringify(result.extensions)) return answer.text;
  }
  return `${JSON.stringify(result)}\n`;
}

interface SubgraphBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export class SubgraphDataSource<TContext extends Record<string, any>> implements GraphQLDataSource<TContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(private readonly options: SubgraphDataSourceOptions<TContext>) {
    const url = new URL(options.url);
    this.path = url.pathname + url.search;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 256,
      keepAliveTimeout: 30_000,
      headersTimeout: options.timeoutMs ?? 120_000,
      bodyTimeout: options.timeoutMs ?? 120_000,
    });
  }

  async process(call: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    const { request } = call;
    const context = 'incomingRequestContext' in call ? (call.context as TContext) : undefined;
    const payload = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    let status: number;
    let text: string;
    try {
      const res = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...this.options.headers(context) },
        body: payload,
      });
      status = res.statusCode;
      text = await res.body.text();
    } catch (e) {
      throw new GraphQLError(`The ${this.options.name} service could not be reached: ${(e as Error).message}.`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR', service: this.options.name },
      });
    }
    let body: SubgraphBody | undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') body = parsed as SubgraphBody;
    } catch {
      // handled below: not JSON is an answer we cannot use
    }
    if (status >= 300 || !body) {
      // A subgraph refusing a request at the HTTP level (400 for a variable its scalar rejects,
      // 401 for a missing signature) still names the problem in its first coded error.
      const first = body?.errors?.[0];
      if (first?.message) throw new GraphQLError(first.message, { extensions: { ...first.extensions, code: first.extensions?.code ?? 'BAD_USER_INPUT' } });
      throw new GraphQLError(`The ${this.options.name} service answered HTTP ${status} without a GraphQL result.`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR', service: this.options.name },
      });
    }
    // Apollo Server writes a result as {errors, data, extensions} + newline; only that form is kept.
    if (body.data && !body.errors && text.endsWith('\n') && Object.keys(body).every((k) => k === 'data' || k === 'extensions')) {
      answerTexts.set(body.data, { text, extensions: JSON.stringify(body.extensions) });
    }
    return body as GatewayGraphQLResponse;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
