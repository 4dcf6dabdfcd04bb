// ts.*: the command-center seed's time-series questions, asked of our gateway (GraphQL over
// HTTP), of PostGraphile serving the seed's own layout (one wide table per equipment, index on
// ts) and of the seed's raw SQL through pg. Each question is checked once to get the same answer
// on every side (bucket count and a sample value) before it is timed.
//
// Zones: hour buckets are UTC on every side (our sub-day buckets are aligned to the epoch; the
// peers' date_trunc runs in a UTC session); day buckets are the site's days (Asia/Kolkata) on
// every side (our default; the peers' session zone is set to it).
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { gql } from '../lib/graphql.js';
import { timeMs, timeSides } from '../lib/measure.js';
import type { BenchContext, WorkloadGroup } from '../lib/context.js';
import { result, type WorkloadResult } from '../lib/results.js';

const SITE_ZONE = 'Asia/Kolkata';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SERIES_METRICS = ['active_power_kw', 'chw_flow_m3h'];
const STATS_METRICS = ['active_power_kw', 'cop'];
const SCAN_METRIC = 'active_power_kw';

/** How our side asks for a series' points: `points { time value }` objects, or `pointTimes pointValues` lists. */
type Shape = 'points' | 'columns';

interface Question {
  name: string;
  iterations: number;
  /** Target on ours / PostGraphile, and on ours / raw SQL. */
  vsPostgraphile: number;
  vsSql?: number;
  /** Our side of the question, asked at a GraphQL URL (the gateway; for the floor, also the readings subgraph). */
  ask: (url: string) => Promise<unknown>;
  /** Also measure the floor: the readings subgraph asked directly, and through a pass-through proxy. */
  floor?: boolean;
  postgraphile: () => Promise<unknown>;
  sql: () => Promise<unknown>;
  /** Normalised answers, which must be equal across the sides. */
  check: (ours: any, postgraphile: any, sql: any) => Record<string, unknown>;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
function sameNumber(what: string, a: unknown, b: unknown, c: unknown): number {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  assert.ok(close(x, y) && close(x, z), `${what} differs: ours ${x}, PostGraphile ${y}, SQL ${z}`);
  return x;
}
const iso = (t: unknown) => new Date(t as string).toISOString();
/** A timestamptz as PostgreSQL prints it ('2026-01-30 18:00:00+00', '… +05:30') in ms. */
const pgTime = (t: string) => Date.parse(t.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));

/**
 * The servers were started moments ago. Before the first timing, every quick side of every
 * question (ours, PostGraphile's, the raw SQL; not the 3-year scans of the seed layout, which
 * are PostgreSQL's work) is called in turn until STACK_WARMUP_MS has passed, so each question
 * meets processes in their steady state, not in their first seconds of life. Without it, on this
 * machine, `latest` through the gateway took 5.3 ms in a freshly started stack and 2.7 ms 30 s
 * later (PostGraphile 2.9 and 1.5 ms), and the main lines ran up to 1.9 ms slower than the same
 * gateway a minute later in the floor's turns. BENCH_STACK_WARMUP_MS=0 turns it off.
 */
const STACK_WARMUP_MS = Number(process.env.BENCH_STACK_WARMUP_MS ?? 20_000);
if (!(STACK_WARMUP_MS >= 0)) throw new Error(`BENCH_STACK_WARMUP_MS must be a number of milliseconds, 0 or more, got '${process.env.BENCH_STACK_WARMUP_MS}'`);
async function warmStack(ctx: BenchContext, sides: (() => Promise<unknown>)[][]): Promise<void> {
  const quick: (() => Promise<unknown>)[] = [];
  for (const group of sides) for (const side of group) if ((await timeMs(side)) < 100) quick.push(side);
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < STACK_WARMUP_MS) for (const side of quick) (await side(), calls++);
  ctx.log(`  warmed the stack: ${calls} calls of ${quick.length} quick sides in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/**
 * How much of a question's time is the federation hop itself. The question is asked, in turns, of
 * the gateway, of the readings subgraph directly (no gateway: the same operation, which readings
 * answers alone) and through a pass-through proxy in front of readings (its own process,
 * forwarding bytes and nothing else: the least any gateway process costs), with PostGraphile and,
 * where the question has a raw-SQL target, the raw SQL taking their turns too. `.proxy` over a
 * target means no gateway in its own process can meet it on this machine, whatever it does; the
 * gap between the gateway and `.proxy` is our gateway's own work. These lines have no targets:
 * they explain the ones above.
 */
async function floor(ctx: BenchContext, q: Question, gateway: string): Promise<WorkloadResult[]> {
  const [subgraph, proxy] = [(await ctx.subgraphUrls()).readings, await ctx.readingsProxyUrl()];
  const sides = [() => q.ask(gateway), () => q.ask(subgraph), () => q.ask(proxy), q.postgraphile, ...(q.vsSql !== undefined ? [q.sql] : [])];
  const [viaGateway, direct, proxied] = await Promise.all(sides.slice(0, 3).map((s) => s()));
  assert.deepEqual(direct, viaGateway, `${q.name}: the readings subgraph answers as the gateway does`);
  assert.deepEqual(proxied, viaGateway, `${q.name}: the proxy passes the readings answer on unchanged`);
  const t = await timeSides(sides, { warmup: ctx.timing.warmup, repeat: ctx.timing.repeat, iterations: q.iterations });
  const [g, d, p, pgl, raw] = t.medians;
  const detail = {
    gateway: Number(g.toFixed(3)),
    gatewayRatio: Number((g / pgl).toFixed(3)),
    ...(raw !== undefined ? { gatewaySqlRatio: Number((g / raw).toFixed(3)) } : {}),
    rounds: t.rounds.map((r) => r.map((x) => Number(x.toFixed(2)))),
  };
  const turns = `in turns with the gateway, the subgraph, the proxy${raw !== undefined ? ', PostGraphile and the raw SQL' : ' and PostGraphile'}`;
  const subgraphAlone = 'the readings subgraph asked directly, no gateway';
  const behindProxy = 'readings behind a pass-through proxy (the least a gateway process adds)';
  ctx.log(
    `  ${`${q.name} floor`.padEnd(16)} gateway ${g.toFixed(2)} ms · readings alone ${d.toFixed(2)} ms · through a bare proxy ${p.toFixed(2)} ms · PostGraphile ${pgl.toFixed(2)} ms${raw !== undefined ? ` · SQL ${raw.toFixed(2)} ms` : ''}`,
  );
  return [
    result(`${q.name}.subgraph`, 'ms', d, pgl, `PostGraphile, ${turns}: ${subgraphAlone}`, { detail }),
    result(`${q.name}.proxy`, 'ms', p, pgl, `PostGraphile, ${turns}: ${behindProxy}`, { detail }),
    ...(raw !== undefined
      ? [
          result(`${q.name}.subgraph.sql`, 'ms', d, raw, `the seed's raw SQL, ${turns}: ${subgraphAlone}`, { detail }),
          result(`${q.name}.proxy.sql`, 'ms', p, raw, `the seed's raw SQL, ${turns}: ${behindProxy}`, { detail }),
        ]
      : []),
  ];
}

export const timeseries: WorkloadGroup = {
  name: 'ts',
  description: 'time-series questions: our gateway vs PostGraphile (pg-aggregates, connection-filter) and raw SQL on the seed layout',
  async run(ctx: BenchContext): Promise<WorkloadResult[]> {
    const layout = await ctx.seedLayout();
    const [gateway, pgl] = [await ctx.gatewayUrl(), await ctx.postgraphileUrl()];
    const utc = ctx.rawPool('UTC');
    const site = ctx.rawPool(SITE_ZONE);
    const table = layout.table;

    // PostGraphile's field names for the table and its columns (found, not guessed).
    const intro = await gql(pgl, `{ __schema { queryType { fields { name type { name } } } } }`);
    const all = (intro.__schema.queryType.fields as { name: string; type: { name: string } }[]).find((f) => /^all/.test(f.name) && f.type.name?.endsWith('Connection'));
    assert.ok(all, 'PostGraphile exposes no allX connection for the seed layout');
    const byId = (intro.__schema.queryType.fields as { name: string; type: { name: string } }[]).find((f) => f.name.endsWith('ById'));
    assert.ok(byId, 'PostGraphile exposes no xById field for the seed layout');
    const nodeType = byId.type.name;
    const fields = await gql(pgl, `query($n: String!) { __type(name: $n) { fields { name } } }`, { n: nodeType });
    const gqlName = new Map<string, string>();
    for (const f of fields.__type.fields as { name: string }[]) gqlName.set(f.name.toLowerCase(), f.name);
    const col = (c: string) => {
      const n = gqlName.get(c.replace(/_/g, '').toLowerCase());
      assert.ok(n, `PostGraphile has no field for column ${c}`);
      return n;
    };
    const allCols = layout.columns.map(col).join(' ');

    // Windows: whole UTC hours ending at the data's end; whole site days for the 3-year question.
    const endMs = Date.parse(ctx.info.end);
    const hourEnd = Math.floor(endMs / HOUR) * HOUR;
    const historyFrom = ctx.info.history ? Date.parse(ctx.info.history.from) : Date.parse(ctx.info.range!.from);
    const window = (ms: number) => ({ from: new Date(hourEnd - ms).toISOString(), to: new Date(hourEnd).toISOString() });
    const years = { from: new Date(historyFrom).toISOString(), to: new Date(endMs).toISOString() };
    const day = window(DAY);
    const { rows: pRows } = await sql<{ v: number }>`
      select percentile_disc(0.9) within group (order by ${sql.ref(SCAN_METRIC)}) as v
      from ${sql.table(table)} where ts >= ${day.from}::timestamptz and ts < ${day.to}::timestamptz`.execute(ctx.handle.db);
    const threshold = Number(pRows[0].v);

    const hourly = (name: string, ms: number, iterations: number, vsPostgraphile: number, vsSql?: number, shape: Shape = 'points'): Question => {
      const w = window(ms);
      return bucketQuestion(name, w, '1 hour', 'TS_TRUNCATED_TO_HOUR', 'hour', utc, {}, iterations, vsPostgraphile, vsSql, shape);
    };
    const bucketQuestion = (
      name: string,
      w: { from: string; to: string },
      interval: string,
      groupBy: string,
      trunc: string,
      pool: typeof utc,
      headers: Record<string, string>,
      iterations: number,
      vsPostgraphile: number,
      vsSql: number | undefined,
      shape: Shape,
    ): Question => ({
      name,
      iterations,
      floor: shape === 'points',
      vsPostgraphile,
      vsSql,
      ask: (url) =>
        gql(url, `query($ids: [ID!]!, $m: [String!]!, $from: DateTime!, $to: DateTime!, $i: String!) {
          seriesSet(equipmentIds: $ids, metrics: $m, from: $from, to: $to, interval: $i, aggregation: AVG) { metric { name } ${shape === 'points' ? 'points { time value }' : 'pointTimes pointValues'} } }`,
          { ids: [layout.equipmentId], m: SERIES_METRICS, ...w, i: interval }),
      postgraphile: () =>
        gql(pgl, `query($from: Datetime!, $to: Datetime!) { ${all.name}(filter: { ts: { greaterThanOrEqualTo: $from, lessThan: $to } }) {
          groupedAggregates(groupBy: [${groupBy}]) { keys average { ${SERIES_METRICS.map(col).join(' ')} } } } }`, w, headers),
      sql: () =>
        pool.query(
          `SELECT date_trunc('${trunc}', ts) AS ts, ${SERIES_METRICS.map((m) => `avg(${m}) AS ${m}`).join(', ')}
           FROM ${table} WHERE ts >= $1 AND ts < $2 GROUP BY 1 ORDER BY 1`,
          [w.from, w.to],
        ),
      check: (o, p, s) => {
        const series = o.seriesSet.find((x: any) => x.metric.name === SERIES_METRICS[0]);
        const ours = (shape === 'points' ? series.points : (series.pointTimes as string[]).map((time, i) => ({ time, value: series.pointValues[i] }))) as { time: string; value: number }[];
        const groups = (p[all.name].groupedAggregates as any[]).map((g) => ({ t: pgTime(g.keys[0]), v: g.average[col(SERIES_METRICS[0])] })).sort((a, b) => a.t - b.t);
        const rows = s.rows as any[];
        assert.equal(ours.length, groups.length, `${name}: ${ours.length} buckets ours, ${groups.length} PostGraphile`);
        assert.equal(ours.length, rows.length, `${name}: ${ours.length} buckets ours, ${rows.length} SQL`);
        const k = ours.length >> 1;
        assert.equal(iso(ours[k].time), new Date(groups[k].t).toISOString(), `${name}: bucket ${k} starts differ`);
        assert.equal(iso(ours[k].time), new Date(rows[k].ts).toISOString(), `${name}: bucket ${k} starts differ (SQL)`);
        return { buckets: ours.length, [`${SERIES_METRICS[0]}[${k}]`]: sameNumber(`${name} bucket ${k}`, ours[k].value, groups[k].v, rows[k][SERIES_METRICS[0]]) };
      },
    });

    const questions: Question[] = [
      {
        name: 'ts.latest',
        iterations: 20,
        vsPostgraphile: 1,
        floor: true,
        ask: (url) => gql(url, `query($id: ID!) { equipment(id: $id) { latest { metric { name } time value } } }`, { id: layout.equipmentId }),
        postgraphile: () => gql(pgl, `{ ${all.name}(orderBy: TS_DESC, first: 1) { nodes { ts ${allCols} } } }`),
        sql: () => utc.query(`SELECT * FROM ${table} ORDER BY ts DESC LIMIT 1`),
        check: (o, p, s) => {
          const latest = o.equipment.latest as { metric: { name: string }; time: string; value: number }[];
          const node = p[all.name].nodes[0];
          const row = s.rows[0];
          assert.equal(latest.length, layout.columns.length, 'ts.latest: ours has a value per metric');
          const a = latest.find((l) => l.metric.name === SCAN_METRIC)!;
          assert.equal(iso(a.time), iso(node.ts));
          assert.equal(iso(a.time), new Date(row.ts).toISOString());
          return { time: iso(a.time), metrics: latest.length, [SCAN_METRIC]: sameNumber('ts.latest', a.value, node[col(SCAN_METRIC)], row[SCAN_METRIC]) };
        },
      },
      hourly('ts.day_hourly', DAY, 10, 1),
      hourly('ts.week_hourly', 7 * DAY, 10, 1),
      hourly('ts.month_hourly', 30 * DAY, 8, 0.25, 0.3),
      bucketQuestion('ts.3y_daily', years, '1 day', 'TS_TRUNCATED_TO_DAY', 'day', site, { 'x-time-zone': SITE_ZONE }, 3, 0.02, 0.02, 'points'),
      // The same bucket questions with the points as two lists (Series.pointTimes / pointValues),
      // the columnar form a chart takes: same answers, checked the same way.
      hourly('ts.day_hourly.columns', DAY, 10, 1, undefined, 'columns'),
      hourly('ts.week_hourly.columns', 7 * DAY, 10, 1, undefined, 'columns'),
      hourly('ts.month_hourly.columns', 30 * DAY, 8, 0.25, 0.3, 'columns'),
      bucketQuestion('ts.3y_daily.columns', years, '1 day', 'TS_TRUNCATED_TO_DAY', 'day', site, { 'x-time-zone': SITE_ZONE }, 3, 0.02, 0.02, 'columns'),
      {
        name: 'ts.scan_24h',
        iterations: 10,
        vsPostgraphile: 1,
        floor: true,
        ask: (url) =>
          gql(url, `query($id: ID!, $m: String!, $v: Float!, $from: DateTime!, $to: DateTime!) { equipment(id: $id) {
            thresholdAnomalies(metric: $m, operator: GT, value: $v, from: $from, to: $to) { time value } } }`,
            { id: layout.equipmentId, m: SCAN_METRIC, v: threshold, ...day }),
        postgraphile: () =>
          gql(pgl, `query($from: Datetime!, $to: Datetime!, $v: Float!) { ${all.name}(orderBy: TS_ASC,
            filter: { ts: { greaterThanOrEqualTo: $from, lessThan: $to }, ${col(SCAN_METRIC)}: { greaterThan: $v } }) { nodes { ts ${col(SCAN_METRIC)} } } }`,
            { ...day, v: threshold }),
        sql: () => utc.query(`SELECT ts, ${SCAN_METRIC} FROM ${table} WHERE ts >= $1 AND ts < $2 AND ${SCAN_METRIC} > $3 ORDER BY ts`, [day.from, day.to, threshold]),
        check: (o, p, s) => {
          const ours = o.equipment.thresholdAnomalies as { time: string; value: number }[];
          const nodes = p[all.name].nodes as any[];
          assert.equal(ours.length, nodes.length, `ts.scan_24h: ${ours.length} readings ours, ${nodes.length} PostGraphile`);
          assert.equal(ours.length, s.rows.length, `ts.scan_24h: ${ours.length} readings ours, ${s.rows.length} SQL`);
          assert.ok(ours.length > 0, 'ts.scan_24h: the threshold matches readings');
          return { threshold, readings: ours.length, first: sameNumber('ts.scan_24h first', ours[0].value, nodes[0][col(SCAN_METRIC)], s.rows[0][SCAN_METRIC]) };
        },
      },
      (() => {
        const w = window(7 * DAY);
        const agg = (f: string) => `${f} { ${STATS_METRICS.map(col).join(' ')} }`;
        return {
          name: 'ts.stats_7d',
          iterations: 10,
          vsPostgraphile: 1,
          floor: true,
          ask: (url: string) =>
            gql(url, `query($id: ID!, $m: [String!]!, $from: DateTime!, $to: DateTime!) { equipment(id: $id) {
              stats(metrics: $m, from: $from, to: $to) { metric { name } count min max avg sum } } }`, { id: layout.equipmentId, m: STATS_METRICS, ...w }),
          postgraphile: () =>
            gql(pgl, `query($from: Datetime!, $to: Datetime!) { ${all.name}(filter: { ts: { greaterThanOrEqualTo: $from, lessThan: $to } }) {
              totalCount aggregates { ${agg('min')} ${agg('max')} ${agg('average')} ${agg('sum')} } } }`, w),
          sql: () =>
            utc.query(
              `SELECT count(*) AS row_count, ${STATS_METRICS.map((m) => `min(${m}) AS ${m}_min, max(${m}) AS ${m}_max, avg(${m}) AS ${m}_avg, sum(${m}) AS ${m}_sum`).join(', ')}
               FROM ${table} WHERE ts >= $1 AND ts < $2`,
              [w.from, w.to],
            ),
          check: (o: any, p: any, s: any) => {
            const st = (o.equipment.stats as any[]).find((x) => x.metric.name === STATS_METRICS[0]);
            const pg = p[all.name];
            const row = s.rows[0];
            const count = sameNumber('ts.stats_7d count', st.count, pg.totalCount, row.row_count);
            const avg = sameNumber('ts.stats_7d avg', st.avg, pg.aggregates.average[col(STATS_METRICS[0])], row[`${STATS_METRICS[0]}_avg`]);
            sameNumber('ts.stats_7d max', st.max, pg.aggregates.max[col(STATS_METRICS[0])], row[`${STATS_METRICS[0]}_max`]);
            return { count, avg };
          },
        } satisfies Question;
      })(),
    ];

    const out: WorkloadResult[] = [];
    await warmStack(ctx, questions.map((q) => [() => q.ask(gateway), q.postgraphile, q.sql]));
    for (const q of questions) {
      const ours = () => q.ask(gateway);
      const answers = await Promise.all([ours(), q.postgraphile(), q.sql()]);
      const checked = q.check(answers[0], answers[1], answers[2]);
      const t = await timeSides([ours, q.postgraphile, q.sql], { warmup: ctx.timing.warmup, repeat: ctx.timing.repeat, iterations: q.iterations });
      const [mine, theirs, raw] = t.medians;
      const detail = { answer: checked, rounds: t.rounds.map((r) => r.map((x) => Number(x.toFixed(2)))) };
      out.push(result(q.name, 'ms', mine, theirs, 'PostGraphile 4.14.1 + pg-aggregates 0.1.1 + connection-filter 2.3.0 on the seed layout', { target: { on: 'ratio', op: '<=', value: q.vsPostgraphile }, detail }));
      out.push(result(`${q.name}.sql`, 'ms', mine, raw, "the seed's raw SQL through pg on the seed layout", q.vsSql !== undefined ? { target: { on: 'ratio', op: '<=', value: q.vsSql }, detail: { answer: checked } } : { detail: { answer: checked } }));
      ctx.log(`  ${q.name.padEnd(16)} ours ${mine.toFixed(2)} ms · PostGraphile ${theirs.toFixed(2)} ms · SQL ${raw.toFixed(2)} ms  ${JSON.stringify(checked)}`);
    }
    for (const q of questions.filter((x) => x.floor)) out.push(...(await floor(ctx, q, gateway)));
    return out;
  },
};
