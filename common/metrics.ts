// Prometheus metrics for each service: request rate and latency, errors by code, and database
// pool use. Served on /metrics by the HTTP front.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Engine } from '../database/create-database.js';

export interface ServiceMetrics {
  registry: Registry;
  plugin<T extends BaseContext>(): ApolloServerPlugin<T>;
  route(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export function createServiceMetrics(service: string, engine?: Engine): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL operations handled, by operation type.', labelNames: ['operation'], registers: [registry] });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors returned, by extensions.code.', labelNames: ['code'], registers: [registry] });
  const latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving an operation to sending its response.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  if (engine?.kind === 'postgres') {
    const pool = engine.pool;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
  return {
    registry,
    plugin<T extends BaseContext>(): ApolloServerPlugin<T> {
      return {
        async requestDidStart() {
          const end = latency.startTimer();
          return {
            async willSendResponse({ operation, response }) {
              end();
              requests.inc({ operation: operation?.operation ?? 'unknown' });
              const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
              // The formatted errors: their codes are the ones clients see.
              for (const e of body?.errors ?? []) {
                errors.inc({ code: String((e as { extensions?: Record<string, unknown> }).extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
              }
            },
          };
        },
      };
    },
    async route(req, res) {
      if (!req.url?.startsWith('/metrics')) return false;
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(await registry.metrics());
      return true;
    },
  };
}
