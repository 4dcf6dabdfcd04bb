import type { Resolvers } from './generated/resolvers-types.js';
import { listMetrics } from './repositories/metric-repository.js';

const STALE_MIN_SECONDS = 300;

export function isStale(time: Date, dataIntervalSeconds: number, now = Date.now()): boolean {
  const limitMs = Math.max(3 * dataIntervalSeconds, STALE_MIN_SECONDS) * 1000;
  return now - new Date(time).getTime() > limitMs;
}

export const resolvers: Resolvers = {
  Query: {
    metrics: (_p, _a, ctx) => listMetrics(ctx.db),
    metric: (_p, { name }, ctx) => ctx.loaders.metric.load(name),
  },
  Metric: {
    __resolveReference: (ref, ctx) => ctx.loaders.metric.load(ref.name),
    kind: (m) => (m.kind === 'counter' ? 'COUNTER' : 'GAUGE'),
  },
  LatestReading: {
    metric: (r) => ({ name: r.metric, unit: r.unit, description: r.description, kind: r.kind }),
    stale: (r) => isStale(r.time, r.data_interval_seconds),
  },
  Equipment: {
    // Nothing to fetch: the id is all readings needs, and assets owns existence.
    __resolveReference: (ref) => ({ id: ref.id }),
    metrics: (e, _a, ctx) => ctx.loaders.equipmentMetrics.load(e.id),
    latest: (e, { metrics }, ctx) => ctx.loaders.latest(metrics ?? null).load(e.id),
  },
};
