// ingest.*: points per second (a) through the GraphQL batch mutation (ingestReadings, 10,000
// points a call, one client sending call after call through our gateway; each call validates,
// inserts, refreshes the touched rollups and evaluates alert rules in one transaction) and (b)
// through the bulk COPY path (database/bulk-copy.ts: parallel COPY streams, then the rollup
// refresh, so the points are queryable at the end — COPY alone is reported too). (a') repeats
// (a) with the same batches in columns through ingestSeriesReadings (ingest.graphql.columns).
//
// Points go to the LT motor control centres at minutes a year before the data's week, where they
// have no readings, and are deleted (with their rollups, any alert and the calls' audit rows)
// after each round, so the dataset is left as it was and every round writes new points.
import { sql } from 'kysely';
import { REQUEST_ID_HEADER } from '../../common/tenancy.js';
import { copyPoints, type CopyChunk, refreshRollupsAfterBulkLoad } from '../../database/bulk-copy.js';
import { DEMO_ORG } from '../../database/simulator/index.js';
import { timeText } from '../../database/simulator/point-text.js';
import type { BenchContext, WorkloadGroup } from '../lib/context.js';
import { vacuumChurned } from '../lib/dataset.js';
import { gql } from '../lib/graphql.js';
import { median } from '../lib/measure.js';
import { result, type WorkloadResult } from '../lib/results.js';

const MINUTE = 60_000;
const BATCH = 10_000;
const GRAPHQL_POINTS = 100_000;
const COPY_POINTS = 1_000_000;
/** Request bodies of at most about 1 MB (the servers accept 4 MB, MAX_BODY_BYTES): what a data collector sends. */
const MAX_BODY = 990_000;

interface Target {
  seriesId: number;
  code: string;
  metric: string;
  value: number;
}

const INGEST = `mutation Ingest($points: [ReadingInput!]!) { ingestReadings(points: $points) { accepted duplicates rejected { index reason } alertsRaised } }`;
const INGEST_COLUMNS = `mutation IngestColumns($series: [SeriesReadingsInput!]!) { ingestSeriesReadings(series: $series) { accepted duplicates rejected { index reason } alertsRaised } }`;

export const ingest: WorkloadGroup = {
  name: 'ingest',
  description: 'points/s through the GraphQL batch mutation and through the bulk COPY path',
  async run(ctx: BenchContext): Promise<WorkloadResult[]> {
    const db = ctx.handle.db;
    const { rows: targets } = await sql<Target>`
      select s.id as "seriesId", e.code, m.name as metric,
             coalesce((select p.value from readings.points p where p.series_id = s.id order by p.time desc limit 1), 0) as value
      from readings.series s join readings.metrics m on m.id = s.metric_id join assets.equipment e on e.id = s.equipment_id
      where e.organization_id = ${DEMO_ORG.id} and e.code like 'lt_mcc_%'
      order by s.id`.execute(db);
    if (!targets.length) throw new Error('no LT MCC series in the dataset');
    const seriesIds = targets.map((t) => t.seriesId);
    const dataFrom = Date.parse(ctx.info.end) - ctx.info.windowHours * 3_600_000;
    // Free minutes: a year before the week of data, one range per round and path.
    const base = Math.floor((dataFrom - 365 * 24 * 3_600_000) / 86_400_000) * 86_400_000;
    const minutesFor = (points: number) => Math.ceil(points / targets.length);
    const span = (minutesFor(COPY_POINTS) + 1440) * MINUTE;

    // Every ingest call carries a request id of this prefix, so its audit rows can go too.
    const requestIds = `bench-ingest-${Date.now()}-`;
    let call = 0;
    const headers = () => ({ [REQUEST_ID_HEADER]: `${requestIds}${call++}` });
    const cleanup = async (from: number, to: number) => {
      await sql`delete from platform.audit_log where request_id like ${`${requestIds}%`}`.execute(db);
      await sql`delete from readings.points where series_id = any(${seriesIds}::int[]) and time >= ${new Date(from).toISOString()}::timestamptz and time < ${new Date(to).toISOString()}::timestamptz`.execute(db);
      await sql`delete from readings.alerts where series_id = any(${seriesIds}::int[]) and raised_at >= ${new Date(from).toISOString()}::timestamptz and raised_at < ${new Date(to).toISOString()}::timestamptz`.execute(db);
      await refreshRollupsAfterBulkLoad(ctx.handle, [{ seriesIds, from: new Date(from), to: new Date(to) }]);
    };
    const gateway = await ctx.gatewayUrl();

    const graphqlRates: number[] = [];
    const columnRates: number[] = [];
    const copyRates: number[] = [];
    const copyOnlyRates: number[] = [];
    let alertsRaised = 0;
    let batchPoints = 0;
    // Round 0 is the warm-up; at most three timed rounds (each writes and deletes a million points).
    const rounds = Math.min(3, ctx.timing.repeat);
    for (let r = 0; r <= rounds; r++) {
      const gFrom = base - (3 * r + 1) * span;
      const kFrom = base - (3 * r + 2) * span;
      const cFrom = base - (3 * r + 3) * span;
      await cleanup(cFrom, gFrom + span);
      try {
        // (a) GraphQL: batches of up to 10,000 points, minute after minute across all the series,
        // as many minutes as fit in about 1 MB.
        const row = (time: string) => targets.map((t) => ({ equipmentCode: t.code, metric: t.metric, time, value: t.value }));
        const rowBytes = JSON.stringify(row('2025-01-01T00:00:00Z')).length;
        const perBatch = Math.max(1, Math.min(Math.floor(BATCH / targets.length), Math.floor(MAX_BODY / rowBytes)));
        batchPoints = perBatch * targets.length;
        const batches = Math.ceil(GRAPHQL_POINTS / (perBatch * targets.length));
        const bodies: unknown[][] = [];
        for (let b = 0; b < batches; b++) {
          const points: unknown[] = [];
          for (let m = 0; m < perBatch; m++) {
            points.push(...row(new Date(gFrom + (b * perBatch + m) * MINUTE).toISOString().replace('.000Z', 'Z')));
          }
          bodies.push(points);
        }
        let accepted = 0;
        const t0 = performance.now();
        for (const points of bodies) {
          const res = await gql(gateway, INGEST, { points }, headers());
          const out = res.ingestReadings;
          if (out.rejected.length || out.duplicates) throw new Error(`ingestReadings rejected ${out.rejected.length} (${out.rejected[0]?.reason}) and found ${out.duplicates} duplicates`);
          accepted += out.accepted;
          alertsRaised += out.alertsRaised;
        }
        const gSeconds = (performance.now() - t0) / 1000;

        // (a') The same batches in columns (ingestSeriesReadings): one entry per series per batch.
        const columnBodies: unknown[][] = [];
        for (let b = 0; b < batches; b++) {
          const times = Array.from({ length: perBatch }, (_, m) => new Date(kFrom + (b * perBatch + m) * MINUTE).toISOString().replace('.000Z', 'Z'));
          columnBodies.push(targets.map((t) => ({ equipmentCode: t.code, metric: t.metric, times, values: times.map(() => t.value) })));
        }
        let acceptedColumns = 0;
        const tk = performance.now();
        for (const series of columnBodies) {
          const out = (await gql(gateway, INGEST_COLUMNS, { series }, headers())).ingestSeriesReadings;
          if (out.rejected.length || out.duplicates) throw new Error(`ingestSeriesReadings rejected ${out.rejected.length} (${out.rejected[0]?.reason}) and found ${out.duplicates} duplicates`);
          acceptedColumns += out.accepted;
          alertsRaised += out.alertsRaised;
        }
        const kSeconds = (performance.now() - tk) / 1000;

        // (b) COPY: two streams (the default), each a contiguous run of series in id order.
        const minutes = minutesFor(COPY_POINTS);
        const halves = [targets.slice(0, targets.length >> 1), targets.slice(targets.length >> 1)];
        const sources = halves.map(function* (part): Generator<CopyChunk> {
          for (const t of part) {
            const lines = new Array<string>(minutes);
            for (let m = 0; m < minutes; m++) lines[m] = `${t.seriesId}\t${timeText(cFrom + m * MINUTE)}\t${t.value}\t0\n`;
            yield { text: lines.join(''), rows: minutes };
          }
        });
        const t1 = performance.now();
        const copied = await copyPoints(ctx.handle, sources);
        const copySeconds = (performance.now() - t1) / 1000;
        await refreshRollupsAfterBulkLoad(ctx.handle, [{ seriesIds: halves[0].map((t) => t.seriesId), from: new Date(cFrom), to: new Date(cFrom + minutes * MINUTE) }, { seriesIds: halves[1].map((t) => t.seriesId), from: new Date(cFrom), to: new Date(cFrom + minutes * MINUTE) }]);
        const allSeconds = (performance.now() - t1) / 1000;
        if (r > 0) {
          graphqlRates.push(accepted / gSeconds);
          columnRates.push(acceptedColumns / kSeconds);
          copyRates.push(copied.rows / allSeconds);
          copyOnlyRates.push(copied.rows / copySeconds);
          ctx.log(`  round ${r}: GraphQL ${Math.round(accepted / gSeconds).toLocaleString('en')} points/s (${accepted.toLocaleString('en')} in ${gSeconds.toFixed(1)} s), in columns ${Math.round(acceptedColumns / kSeconds).toLocaleString('en')} · COPY+rollups ${Math.round(copied.rows / allSeconds).toLocaleString('en')} points/s (COPY alone ${Math.round(copied.rows / copySeconds).toLocaleString('en')})`);
        }
      } finally {
        await cleanup(cFrom, gFrom + span);
      }
    }
    // The next group, and the next run, find the tables as this one did (not timed).
    await vacuumChurned(db, ctx.log);
    const detail = { series: targets.length, graphqlPointsPerRound: GRAPHQL_POINTS, batchSize: batchPoints, copyPointsPerRound: COPY_POINTS, alertsRaised, rounds: { graphql: graphqlRates.map(Math.round), columns: columnRates.map(Math.round), copy: copyRates.map(Math.round), copyOnly: copyOnlyRates.map(Math.round) } };
    return [
      result('ingest.graphql', 'per_s', median(graphqlRates), 50_000, 'target of issue 5 (points/s): ingestReadings through the gateway, batches of up to 10,000 points and about 1 MB, one client', { target: { on: 'ours', op: '>=', value: 50_000 }, detail }),
      result('ingest.graphql.columns', 'per_s', median(columnRates), 50_000, 'the same batches through ingestSeriesReadings (each series once, its times and values as two lists), one client', { target: { on: 'ours', op: '>=', value: 50_000 }, detail }),
      result('ingest.copy', 'per_s', median(copyRates), 250_000, 'target of issue 5 (points/s): COPY on 2 streams plus the rollup refresh (queryable at the end)', { target: { on: 'ours', op: '>=', value: 250_000 }, detail }),
      result('ingest.copy_only', 'per_s', median(copyOnlyRates), 250_000, 'COPY alone, before the rollup refresh (how the seed script reports it)', { detail }),
    ];
  },
};
