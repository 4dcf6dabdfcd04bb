// Usage metering, the billing basis: operations, errors, cost units and points returned per
// organization, caller and hour. Counted in memory and added to platform.usage_hourly every
// few seconds and at shutdown, so metering costs no statement per request.
import { BREAK, type DocumentNode, visit } from 'graphql';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database/database.js';

interface Tally {
  organizationId: string;
  apiKeyId: string | null;
  subject: string;
  hour: string;
  operations: number;
  errors: number;
  costUnits: number;
  pointsReturned: number;
}

export interface UsageMeter {
  record(entry: { organizationId: string; apiKeyId?: string; subject: string; errors: number; cost: number; points: number; at?: Date }): void;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

const POINT_LISTS = new Set(['points', 'pointTimes', 'pointValues']);

const asksForPoints = new WeakMap<DocumentNode, boolean>();

/**
 * Whether an operation selects any point list at all (fragments included). Apollo hands the
 * same parsed document to every request with the same text, so this is decided once per text
 * and most responses are never walked.
 */
export function selectsPoints(document: DocumentNode | undefined): boolean {
  if (!document) return true;
  let known = asksForPoints.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      Field(node) {
        if (POINT_LISTS.has(node.name.value)) {
          known = true;
          return BREAK;
        }
        return undefined;
      },
    });
    asksForPoints.set(document, known);
  }
  return known;
}

/**
 * Points in a response: per object, the longest of its `points`, `pointTimes` and `pointValues`
 * lists (a series asked for in both forms counts once), wherever it sits.
 */
export function countPoints(data: unknown): number {
  // Runs over every response: plain loops, no arrays or entries allocated on the way.
  if (data === null || typeof data !== 'object') return 0;
  let n = 0;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) n += countPoints(data[i]);
    return n;
  }
  let points = 0;
  const record = data as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (POINT_LISTS.has(k) && Array.isArray(v)) points = Math.max(points, v.length);
    else n += countPoints(v);
  }
  return n + points;
}

export function createUsageMeter(db: Kysely<Database>, flushMs = 5000): UsageMeter {
  let pending = new Map<string, Tally>();
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(async () => {
      if (!pending.size) return;
      const batch = [...pending.values()];
      pending = new Map();
      try {
        await db
          .insertInto('platform.usage_hourly')
          .values(batch.map((t) => ({ organization_id: t.organizationId, api_key_id: t.apiKeyId, subject: t.subject, hour: t.hour, operations: t.operations, errors: t.errors, cost_units: t.costUnits, points_returned: t.pointsReturned })))
          .onConflict((oc) =>
            oc.columns(['organization_id', 'subject', 'hour']).doUpdateSet({
              operations: sql`platform.usage_hourly.operations + excluded.operations`,
              errors: sql`platform.usage_hourly.errors + excluded.errors`,
              cost_units: sql`platform.usage_hourly.cost_units + excluded.cost_units`,
              points_returned: sql`platform.usage_hourly.points_returned + excluded.points_returned`,
            }),
          )
          .execute();
      } catch {
        // The database is away (restart, outage): keep the counts for the next flush.
        for (const t of batch) merge(t);
      }
    });
    return flushing;
  };
  const merge = (t: Tally) => {
    const key = `${t.organizationId}|${t.subject}|${t.hour}`;
    const cur = pending.get(key);
    if (!cur) pending.set(key, { ...t });
    else {
      cur.operations += t.operations;
      cur.errors += t.errors;
      cur.costUnits += t.costUnits;
      cur.pointsReturned += t.pointsReturned;
    }
  };
  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();
  return {
    record(e) {
      const hour = new Date(e.at ?? Date.now());
      hour.setUTCMinutes(0, 0, 0);
      merge({ organizationId: e.organizationId, apiKeyId: e.apiKeyId ?? null, subject: e.subject, hour: hour.toISOString(), operations: 1, errors: e.errors, costUnits: e.cost, pointsReturned: e.points });
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
