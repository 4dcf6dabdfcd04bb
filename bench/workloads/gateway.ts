// gw.*: what the gateway costs. A dashboard mix under 50 concurrent connections, sent (a)
// through our gateway, (b) straight to the subgraphs — the fetches the query plan makes, in
// the same order, with no gateway: the floor — and (c) through Hive Gateway serving the same
// supergraph.graphql over the same subgraph processes. Rounds alternate the three targets.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { BenchContext, WorkloadGroup } from '../lib/context.js';
import { gql } from '../lib/graphql.js';
import { type LoadResult, type Operation, runLoad, runOperation } from '../lib/load.js';
import { median } from '../lib/measure.js';
import { result, type WorkloadResult } from '../lib/results.js';

const CONNECTIONS = 50;
/** Issue 8's load test: 50 clients for 60 s through the gateway, with zero errors. */
const SOAK_SECONDS = 60;

// Requests vary with the operation's sequence number — different page sizes, alert counts and
// trend windows, as different dashboards ask — so no gateway can answer one user's request with
// another's identical in-flight one (Hive Gateway deduplicates those; identical requests from
// 50 users would measure that cache rather than the gateway).
const pageSize = (k: number) => 20 + (k % 31);
const alertLimit = (k: number) => 10 + (k % 21);
function trendWindow(w: { from: string; to: string }, k: number): { from: string; to: string } {
  const shift = (k % 720) * 60_000;
  return { from: new Date(Date.parse(w.from) - shift).toISOString(), to: new Date(Date.parse(w.to) - shift).toISOString() };
}

/** The mix through a gateway: each operation is one request. */
function viaGateway(url: string, w: { from: string; to: string }, chillerId: string): Operation[] {
  return [
    {
      name: 'overview',
      weight: 3,
      steps: [{ url, query: `query($first: Int!) { equipmentList(first: $first) { edges { node { code name latest(metrics: ["active_power_kw"]) { value time } } } } }`, variables: (_, k) => ({ first: pageSize(k) }) }],
    },
    {
      name: 'trend',
      weight: 3,
      steps: [{
        url,
        query: `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { seriesSet(equipmentIds: $ids, metrics: ["active_power_kw", "chw_flow_m3h"], from: $from, to: $to, interval: "1 hour") { metric { name } points { time value } } }`,
        variables: (_, k) => ({ ids: [chillerId], ...trendWindow(w, k) }),
      }],
    },
    { name: 'alerts', weight: 2, steps: [{ url, query: `query($limit: Int!) { alerts(filter: { acknowledged: false }, limit: $limit) { severity message raisedAt equipment { code name } } }`, variables: (_, k) => ({ limit: alertLimit(k) }) }] },
    { name: 'sites', weight: 1, steps: [{ url, query: `{ sites { code name timeZone equipmentCount } }` }] },
    { name: 'energy', weight: 1, steps: [{ url, query: `{ energySources { name unit costPerUnit } }` }] },
  ];
}

/** The same mix straight to the subgraphs: the fetches of each query plan, in order. */
function direct(urls: Record<'assets' | 'readings' | 'energy' | 'training', string>, w: { from: string; to: string }, chillerId: string): Operation[] {
  const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Equipment', id }));
  return [
    {
      name: 'overview',
      weight: 3,
      steps: [
        { url: urls.assets, query: `query($first: Int!) { equipmentList(first: $first) { edges { node { __typename id code name } } } }`, variables: (_, k) => ({ first: pageSize(k) }) },
        {
          url: urls.readings,
          query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Equipment { latest(metrics: ["active_power_kw"]) { value time } } } }`,
          variables: (prev) => ({ representations: reps(prev.equipmentList.edges.map((e: any) => e.node.id)) }),
        },
      ],
    },
    {
      name: 'trend',
      weight: 3,
      steps: [{
        url: urls.readings,
        query: `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { seriesSet(equipmentIds: $ids, metrics: ["active_power_kw", "chw_flow_m3h"], from: $from, to: $to, interval: "1 hour") { metric { name } points { time value } } }`,
        variables: (_, k) => ({ ids: [chillerId], ...trendWindow(w, k) }),
      }],
    },
    {
      name: 'alerts',
      weight: 2,
      steps: [
        { url: urls.readings, query: `query($limit: Int!) { alerts(filter: { acknowledged: false }, limit: $limit) { severity message raisedAt equipment { __typename id } } }`, variables: (_, k) => ({ limit: alertLimit(k) }) },
        {
          url: urls.assets,
          query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Equipment { code name } } }`,
          variables: (prev) => ({ representations: reps(prev.alerts.map((a: any) => a.equipment.id)) }),
        },
      ],
    },
    { name: 'sites', weight: 1, steps: [{ url: urls.assets, query: `{ sites { code name timeZone equipmentCount } }` }] },
    { name: 'energy', weight: 1, steps: [{ url: urls.energy, query: `{ energySources { name unit costPerUnit } }` }] },
  ];
}

export const gatewayLoad: WorkloadGroup = {
  name: 'gw',
  description: `gateway cost: a dashboard mix at ${CONNECTIONS} connections through our gateway, straight to the subgraphs, and through Hive Gateway`,
  async run(ctx: BenchContext): Promise<WorkloadResult[]> {
    const [ours, urls, hive] = [await ctx.gatewayUrl(), await ctx.subgraphUrls(), await ctx.hiveUrl()];
    const chiller = await gql(ours, `{ equipmentByCode(code: "chiller_001") { id } }`);
    const chillerId = chiller.equipmentByCode.id as string;
    const end = Math.floor(Date.parse(ctx.info.end) / 3_600_000) * 3_600_000;
    const w = { from: new Date(end - 24 * 3_600_000).toISOString(), to: new Date(end).toISOString() };
    const mixes = { ours: viaGateway(ours, w, chillerId), direct: direct(urls, w, chillerId), hive: viaGateway(hive, w, chillerId) };

    // The three targets answer alike (the direct answer is the plan's last fetch).
    const agents = new Map<string, http.Agent>();
    for (let i = 0; i < mixes.ours.length; i++) {
      const [a, b, c] = await Promise.all([runOperation(mixes.ours[i], agents, 7), runOperation(mixes.direct[i], agents, 7), runOperation(mixes.hive[i], agents, 7)]);
      assert.deepEqual(c, a, `Hive Gateway answers ${mixes.ours[i].name} differently`);
      assert.ok(b, `direct ${mixes.ours[i].name} answered`);
    }
    for (const a of agents.values()) a.destroy();

    const seconds = 8;
    for (const mix of Object.values(mixes)) await runLoad(mix, { connections: CONNECTIONS, seconds: 2 }); // warm-up
    const rounds: Record<keyof typeof mixes, LoadResult[]> = { ours: [], direct: [], hive: [] };
    const order: (keyof typeof mixes)[] = ['ours', 'direct', 'hive'];
    for (let r = 0; r < ctx.timing.repeat; r++) {
      for (let k = 0; k < order.length; k++) {
        const target = order[(k + r) % order.length];
        const res = await runLoad(mixes[target], { connections: CONNECTIONS, seconds });
        if (res.errors) throw new Error(`${res.errors} errors through ${target}; first: ${res.firstError}`);
        rounds[target].push(res);
      }
      ctx.log(`  round ${r + 1}: ours ${rounds.ours[r].perSecond.toFixed(0)}/s · direct ${rounds.direct[r].perSecond.toFixed(0)}/s · Hive ${rounds.hive[r].perSecond.toFixed(0)}/s`);
    }
    const rate = (k: keyof typeof mixes) => median(rounds[k].map((x) => x.perSecond));
    const p99 = (k: keyof typeof mixes) => median(rounds[k].map((x) => x.p99));
    const detail = {
      connections: CONNECTIONS,
      secondsPerRound: seconds,
      mix: mixes.ours.map((o) => `${o.name}×${o.weight}`).join(' '),
      perSecond: { ours: rounds.ours.map((x) => Math.round(x.perSecond)), direct: rounds.direct.map((x) => Math.round(x.perSecond)), hive: rounds.hive.map((x) => Math.round(x.perSecond)) },
      p99ms: { ours: p99('ours'), direct: p99('direct'), hive: p99('hive') },
    };
    // The soak: the same mix through our gateway, 50 clients for 60 s; any error fails the run.
    const soak = await runLoad(mixes.ours, { connections: CONNECTIONS, seconds: SOAK_SECONDS });
    ctx.log(`  soak ${SOAK_SECONDS} s: ${soak.operations} operations, ${soak.perSecond.toFixed(0)}/s, p99 ${soak.p99.toFixed(0)} ms, ${soak.errors} errors`);
    if (soak.errors) throw new Error(`${soak.errors} errors in the ${SOAK_SECONDS} s soak; first: ${soak.firstError}`);
    return [
      result('gw.soak_60s', 'per_s', soak.perSecond, null, `our gateway, ${CONNECTIONS} clients for ${SOAK_SECONDS} s on the dashboard mix: ${soak.operations} operations, 0 errors`, {
        detail: { connections: CONNECTIONS, seconds: SOAK_SECONDS, operations: soak.operations, errors: soak.errors, p50ms: soak.p50, p99ms: soak.p99 },
      }),
      result('gw.vs_direct', 'per_s', rate('ours'), rate('direct'), 'the same mix sent straight to the subgraphs (the query plans\' fetches, no gateway): the floor', { target: { on: 'ratio', op: '>=', value: 0.7 }, detail }),
      result('gw.vs_hive', 'per_s', rate('ours'), rate('hive'), 'Hive Gateway 2.15.1 on the same supergraph and subgraphs', { target: { on: 'ratio', op: '>=', value: 1.0 }, detail }),
      result('gw.p99_vs_direct', 'ms', p99('ours'), p99('direct'), 'p99 latency of the same mix straight to the subgraphs'),
      result('gw.p99_vs_hive', 'ms', p99('ours'), p99('hive'), 'p99 latency through Hive Gateway'),
    ];
  },
};
