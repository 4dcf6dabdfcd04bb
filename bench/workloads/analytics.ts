// Analytics through our gateway: energy baselines on three years of daily data (one model; every
// subset of six candidate variables), an EnPI report for a year, and ML sampling (1,024 states,
// 256 trajectories). Sampling is compared with the seed's data provider on its own layout: one
// query per state (newest row at or before the instant) and one per trajectory. Baselines and
// reports have no peer on this machine; `theirs` is the raw-SQL read of the same daily data
// where that makes sense, so the ratio shows what fitting and GraphQL add to reading the data.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { BenchContext, WorkloadGroup } from '../lib/context.js';
import { gql, GraphQLResponseError } from '../lib/graphql.js';
import { timeSides } from '../lib/measure.js';
import { missing, result, type WorkloadResult } from '../lib/results.js';
import { Rng } from '../../common/random.js';

const SEU = { seuName: 'HVAC-Main', energySource: 'natural_gas' };
const CANDIDATES = ['production_count', 'outdoor_temp_c', 'heating_degree_days', 'cooling_degree_days', 'operating_hours', 'working_day'];
const SINGLE = ['heating_degree_days', 'production_count'];

/** Why a workload has no figure: the API is not there (yet), or it failed. */
function why(e: unknown): string {
  const m = (e as Error).message ?? String(e);
  return e instanceof GraphQLResponseError && /Cannot query field|Unknown (type|argument)/.test(m) ? `API not available: ${m}` : `failed: ${m}`;
}

export const analytics: WorkloadGroup = {
  name: 'analytics',
  description: 'baselines (3 years daily), EnPI report for a year, sampling 1,024 states and 256 trajectories',
  async run(ctx: BenchContext): Promise<WorkloadResult[]> {
    const gateway = await ctx.gatewayUrl();
    const out: WorkloadResult[] = [];
    const t = { warmup: Math.min(ctx.timing.warmup, 1), repeat: ctx.timing.repeat, iterations: 1 };
    const enms = ctx.info.enms ?? { from: '2024-01-01', to: '2026-01-01' };
    const lastDay = new Date(Date.parse(`${enms.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const period = { start: enms.from, end: lastDay };
    const years = (Date.parse(`${enms.to}T00:00:00Z`) - Date.parse(`${enms.from}T00:00:00Z`)) / (365.25 * 86_400_000);
    const startedAt = new Date();
    const db = ctx.handle.db;

    // The daily data a baseline is fitted on, read with plain SQL: the floor for the baseline rows.
    const { rows: seuRows } = await sql<{ equipment_id: string; metric: string; series_id: number; time_zone: string }>`
      select se.equipment_id, es.consumption_metric as metric, s.id as series_id, s.time_zone
      from energy.seus u join energy.energy_sources es on es.id = u.energy_source_id
      join energy.seu_equipment se on se.seu_id = u.id
      join readings.series s on s.equipment_id = se.equipment_id join readings.metrics m on m.id = s.metric_id and m.name = es.consumption_metric
      where u.name = ${SEU.seuName} and es.name = ${SEU.energySource}`.execute(db);
    const raw = ctx.rawPool('UTC');
    const dailyData = () =>
      raw.query(
        `SELECT r.bucket, sum(r.value_sum) FROM readings.rollup_1d r WHERE r.series_id = ANY($1) AND r.bucket >= $2::date AND r.bucket < $3::date GROUP BY 1 ORDER BY 1`,
        [seuRows.map((r) => r.series_id), enms.from, enms.to],
      );
    const against = 'raw SQL reading the same daily consumption from the daily rollup (the data alone, no fitting)';

    try {
      // baseline.single
      const single = () =>
        gql(gateway, `mutation($input: TrainBaselineInput!) { trainBaseline(input: $input) { id statistics { n rSquared adjustedRSquared } } }`, {
          input: { ...SEU, variables: SINGLE, period, granularity: 'DAY', activate: false },
        });
      const first = await single();
      assert.ok(first.trainBaseline.statistics.n >= 365 * 2, `baseline fitted on ${first.trainBaseline.statistics.n} days`);
      const ts = await timeSides([single, dailyData], t);
      out.push(result('baseline.single', 'ms', ts.medians[0], ts.medians[1], against, { detail: { days: first.trainBaseline.statistics.n, years: Number(years.toFixed(2)), variables: SINGLE, r2: first.trainBaseline.statistics.rSquared } }));
      ctx.log(`  baseline.single ${ts.medians[0].toFixed(1)} ms on ${first.trainBaseline.statistics.n} days`);

      // enpi.year against that baseline
      const year = Number(lastDay.slice(0, 4));
      const enpi = () =>
        gql(gateway, `query($input: EnpiReportInput!) { enpiReport(input: $input) { rows { actual expected } totals { actual expected senpi } } }`, {
          input: { ...SEU, baselineId: first.trainBaseline.id, period: { year }, granularity: 'MONTH' },
        });
      const e0 = await enpi();
      const te = await timeSides([enpi], t);
      out.push(result('enpi.year', 'ms', te.medians[0], null, 'no peer: an EnPI report (12 months) against a stored baseline', { detail: { year, rows: e0.enpiReport.rows.length, senpi: e0.enpiReport.totals.senpi } }));
      ctx.log(`  enpi.year ${te.medians[0].toFixed(1)} ms (${e0.enpiReport.rows.length} rows)`);
    } catch (e) {
      out.push(missing('baseline.single', 'ms', against, why(e)), missing('enpi.year', 'ms', 'no peer', why(e)));
    }

    try {
      const all = () =>
        gql(gateway, `mutation($input: AutoSelectInput!) { autoSelectBaseline(input: $input) { count best { variables valid statistics { n adjustedRSquared } } } }`, {
          input: { ...SEU, candidates: CANDIDATES, period, granularity: 'DAY', activate: false },
        });
      const a0 = await all();
      assert.equal(a0.autoSelectBaseline.count, 2 ** CANDIDATES.length - 1);
      const ta = await timeSides([all, dailyData], t);
      out.push(result('baseline.all_subsets', 'ms', ta.medians[0], ta.medians[1], against, {
        target: { on: 'ours', op: '<=', value: 500 },
        detail: { models: a0.autoSelectBaseline.count, days: a0.autoSelectBaseline.best?.statistics?.n, best: a0.autoSelectBaseline.best?.variables },
      }));
      ctx.log(`  baseline.all_subsets ${ta.medians[0].toFixed(1)} ms for ${a0.autoSelectBaseline.count} models`);
    } catch (e) {
      out.push(missing('baseline.all_subsets', 'ms', against, why(e), { target: { on: 'ours', op: '<=', value: 500 } }));
    }
    // Baselines stored by this run (never activated) are removed again.
    await sql`delete from energy.baselines where created_at >= ${startedAt.toISOString()}::timestamptz and not active`.execute(db);

    // Sampling, against the seed's provider on its layout.
    const layout = await ctx.seedLayout();
    const { rows: range } = await sql<{ lo: Date; hi: Date }>`select min(ts) as lo, max(ts) as hi from ${sql.table(layout.table)}`.execute(db);
    const lo = range[0].lo.getTime();
    const minutes = Math.floor((range[0].hi.getTime() - lo) / 60_000);
    const seedSide = ctx.rawPool('UTC');
    let round = 0;
    const seedStates = async (count: number) => {
      const rng = new Rng(1000 + round++);
      for (let i = 0; i < count; i++) {
        const at = new Date(lo + Math.floor(rng.next() * (minutes + 1)) * 60_000);
        await seedSide.query(`SELECT * FROM ${layout.table} WHERE ts <= $1 ORDER BY ts DESC LIMIT 1`, [at]);
      }
    };
    const seedTrajectories = async (count: number) => {
      const rng = new Rng(2000 + round++);
      for (let i = 0; i < count; i++) {
        const start = lo + Math.floor(rng.next() * (minutes - 60)) * 60_000;
        await seedSide.query(`SELECT * FROM ${layout.table} WHERE ts = ANY($1) ORDER BY ts`, [[0, 15, 30, 45].map((m) => new Date(start + m * 60_000))]);
      }
    };
    let seed = 1;
    try {
      const states = () =>
        gql(gateway, `query($ids: [ID!]!, $seed: Int!) { sampleStates(equipmentIds: $ids, count: 1024, seed: $seed) { states { equipmentCode time state missingMetrics label } } }`, { ids: [layout.equipmentId], seed: seed++ });
      const s0 = await states();
      assert.equal(s0.sampleStates.states.length, 1024);
      const tm = await timeSides([states, () => seedStates(1024)], t);
      out.push(result('ml.states_1024', 'ms', tm.medians[0], tm.medians[1], "the seed's data provider on its layout: one query per state (1,024)", { detail: { equipment: 'chiller_001', span: '3 years' } }));
      ctx.log(`  ml.states_1024 ${tm.medians[0].toFixed(1)} ms vs ${tm.medians[1].toFixed(1)} ms`);
    } catch (e) {
      out.push(missing('ml.states_1024', 'ms', "the seed's data provider", why(e)));
    }
    try {
      const trajectories = () =>
        gql(gateway, `query($ids: [ID!]!, $seed: Int!) { trajectories(equipmentIds: $ids, count: 256, durationHours: 1, intervalMinutes: 15, seed: $seed) { trajectories { start states { time state } } } }`, { ids: [layout.equipmentId], seed: seed++ });
      const t0 = await trajectories();
      assert.equal(t0.trajectories.trajectories.length, 256);
      assert.equal(t0.trajectories.trajectories[0].states.length, 4);
      const tt = await timeSides([trajectories, () => seedTrajectories(256)], t);
      out.push(result('ml.trajectories_256', 'ms', tt.medians[0], tt.medians[1], "the seed's data provider on its layout: one query per 1-hour trajectory (256)", { detail: { equipment: 'chiller_001', statesPerTrajectory: 4 } }));
      ctx.log(`  ml.trajectories_256 ${tt.medians[0].toFixed(1)} ms vs ${tt.medians[1].toFixed(1)} ms`);
    } catch (e) {
      out.push(missing('ml.trajectories_256', 'ms', "the seed's data provider", why(e)));
    }
    return out;
  },
};
