// A small node:http front for Apollo Server, shared by the gateway and the subgraphs: GraphQL on
// `/` and `/graphql`, liveness on `/health`, readiness on `/ready`, CORS for Apollo Sandbox,
// a body size limit and a request id on every response.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Logger } from './logger.js';
import { REQUEST_ID_HEADER } from './tenancy.js';

export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  /** Readiness: throws when a dependency (the database) is unavailable. */
  ready?: () => Promise<Record<string, unknown>>;
  corsOrigins: string[];
  maxBodyBytes?: number;
  logger: Logger;
  /** Extra routes (e.g. /metrics), tried before GraphQL. Return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
  /**
   * Checks a parsed request body before Apollo sees it; a returned error is answered at once
   * with HTTP 400. Apollo treats anything thrown before parsing as an internal error. `text` is
   * the JSON the body was parsed from.
   */
  precheck?: (body: unknown, text: string) => { message: string; code: string; extensions?: Record<string, unknown> } | undefined;
  /** What to send for the body Apollo Server wrote (the gateway sends forwarded answers' own bytes). */
  responseBody?: (text: string) => string | Uint8Array;
}

function originAllowed(origin: string, allowed: string[]): boolean {
  return allowed.some((pattern) => {
    if (pattern === '*') return true;
    if (!pattern.includes('*')) return pattern === origin;
    const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    return re.test(origin);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function graphQLError(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

export function createHttpServer<TContext extends BaseContext>(options: HttpOptions<TContext>): Server {
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  return createServer(async (req, res) => {
    const requestId = (req.headers[REQUEST_ID_HEADER] as string | undefined)?.slice(0, 100) || randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const fail = (status: number, message: string, code: string, extra: Record<string, unknown> = {}) =>
      sendJson(res, status, { ...graphQLError(message, code, extra), extensions: { requestId } });
    const origin = req.headers.origin;
    if (origin && originAllowed(origin, options.corsOrigins)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-expose-headers', REQUEST_ID_HEADER);
    }
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader('access-control-allow-headers', (req.headers['access-control-request-headers'] as string) ?? 'content-type, authorization');
        res.setHeader('access-control-max-age', '600');
        res.writeHead(204).end();
        return;
      }
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        try {
          return sendJson(res, 200, { status: 'ready', ...(await options.ready?.()) });
        } catch (e) {
          return sendJson(res, 503, { status: 'unavailable', reason: (e as Error).message });
        }
      }
      if (options.routes && (await options.routes(req, res))) return;
      if (url.pathname !== '/' && url.pathname !== '/graphql') {
        return fail(404, `No route ${url.pathname}. GraphQL is served on /graphql.`, 'NOT_FOUND');
      }
      let body: unknown;
      if (req.method === 'POST') {
        let text: string;
        try {
          text = await readBody(req, maxBody);
        } catch (e) {
          if (e instanceof BodyTooLarge) {
            // The rest of the body is never read: close the connection so it cannot be reused.
            res.setHeader('connection', 'close');
            fail(413, `Request body exceeds the limit of ${maxBody} bytes.`, 'LIMIT_EXCEEDED', { limit: 'bodySize', maximum: maxBody });
            res.once('finish', () => req.destroy());
            return;
          }
          throw e;
        }
        try {
          body = text.length ? JSON.parse(text) : {};
        } catch {
          return fail(400, 'Request body is not valid JSON.', 'BAD_USER_INPUT');
        }
        const refused = options.precheck?.(body, text);
        if (refused) return fail(400, refused.message, refused.code, refused.extensions);
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, requestId),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(options.responseBody ? options.responseBody(result.body.string) : result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      options.logger.error('request failed', { requestId, error: (e as Error).message });
      if (!res.headersSent) fail(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    }
  });
}

export function listen(server: Server, port: number, host: string): Promise<{ port: number; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      resolve({ port: actual, url: `http://${host}:${actual}/graphql` });
    });
  });
}
