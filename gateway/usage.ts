// Usage metering, the billing basis: operations, errors, cost units and points returned per
// organization, caller and hour. Counted in memory and added to platform.usage_hourly every
// few seconds and at shutdown, so metering costs no statement per request.
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
