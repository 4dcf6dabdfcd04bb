// sql.*: SQL statements per dashboard operation, proving O(1) in list length. The four
// subgraphs run in this process on one database handle whose query hook counts every statement
// they send (pg_stat_statements needs a server restart to load, which a shared server cannot
// take); the gateway runs beside them without a database, so usage metering and key lookups
// are not counted. `theirs` is what the command-center seed's access layer issues for the same
// answer: one query per equipment table (plus the table list).
import assert from 'node:assert/strict';
import { loadConfig } from '../../common/config.js';
import { startSubgraph, type RunningSubgraph, type SubgraphName } from '../../common/subgraph.js';
import { createDatabase } from '../../database/create-database.js';
import { startGateway } from '../../gateway/create-gateway.js';
import { SUBGRAPHS } from '../../gateway/stack.js';
import type { BenchContext, WorkloadGroup } from '../lib/context.js';
import { gql } from '../lib/graphql.js';
import { result, type WorkloadResult } from '../lib/results.js';

const OVERVIEW = `query Overview($first: Int!) {
  equipmentList(first: $first) {
    totalCount
    edges { node { id code name status type { name } site { name timeZone }
      latest { metric { name } value unit time stale } } }
  }
}`;

const SITE_SUMMARY = `query SiteSummary {
  sites {
    id code name timeZone equipmentCount
    latest { metric { name } value unit time }
    alerts(acknowledged: false, limit: 5) { severity message raisedAt equipment { code } }
  }
}`;

const SERIES = `query Series($first: Int!, $from: DateTime!, $to: DateTime!) {
  equipmentList(first: $first, filter: { codePrefix: "lt_mcc" }) {
    edges { node { code series(metric: "active_power_kw", from: $from, to: $to, interval: "15 minutes") { points { time value } } } }
  }
}`;

export const statements: WorkloadGroup = {
  name: 'sql',
  description: 'SQL statements per dashboard operation (36 vs 357 equipment must cost the same)',
  async run(ctx: BenchContext): Promise<WorkloadResult[]> {
    const handle = await createDatabase({ url: ctx.databaseUrl, applicationName: 'plantgraph-bench-count', poolSize: 4 });
    const config = { ...loadConfig({ ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: ctx.databaseUrl }) };
    const subgraphs: RunningSubgraph[] = [];
    let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
    try {
      for (const def of SUBGRAPHS) subgraphs.push(await startSubgraph(def as Parameters<typeof startSubgraph>[0], { db: handle.db, config, port: 0 }));
      gateway = await startGateway({ config, port: 0, subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) as Record<SubgraphName, string> });
      const url = gateway.url;

      const count = async (query: string, variables: Record<string, unknown>) => {
        await gql(url, query, variables); // warm: plans cached, pools connected
        const seen: string[] = [];
        const stop = handle.onQuery((e) => seen.push(e.query.sql));
        try {
          const data = await gql(url, query, variables);
          return { data, count: seen.length };
        } finally {
          stop();
        }
      };

      const out: WorkloadResult[] = [];
      const seedAgainst = "the seed's access layer: one query per equipment table, plus the table list";
      const o36 = await count(OVERVIEW, { first: 36 });
      const o357 = await count(OVERVIEW, { first: 357 });
      assert.equal(o36.data.equipmentList.edges.length, 36);
      assert.equal(o357.data.equipmentList.edges.length, 357);
      const withLatest = (d: any) => d.equipmentList.edges.filter((e: any) => e.node.latest.length > 0).length;
      const detail = { equal: o36.count === o357.count, equipmentWithLatest: { 36: withLatest(o36.data), 357: withLatest(o357.data) } };
      out.push(result('sql.overview_36', 'statements', o36.count, 37, seedAgainst, { detail }));
      // The acceptance check: the same count for 357 as for 36.
      out.push(result('sql.overview_357', 'statements', o357.count, 358, seedAgainst, { detail, met: o36.count === o357.count }));

      const s = await count(SITE_SUMMARY, {});
      out.push(result('sql.site_summary', 'statements', s.count, null, `statements for every site's equipment count, latest site values and open alerts (${s.data.sites.length} sites)`));

      const end = Date.parse(ctx.info.end);
      const w = { from: new Date(end - 24 * 3_600_000).toISOString(), to: new Date(end).toISOString() };
      const s20 = await count(SERIES, { first: 20, ...w });
      const s2 = await count(SERIES, { first: 2, ...w });
      assert.equal(s20.data.equipmentList.edges.length, 20);
      assert.ok(s20.data.equipmentList.edges.every((e: any) => e.node.series?.points.length === 96), 'every series has 96 quarter hours');
      out.push(result('sql.series_20', 'statements', s20.count, 21, seedAgainst, { detail: { statementsFor2: s2.count, equal: s2.count === s20.count }, met: s2.count === s20.count }));
      ctx.log(`  overview 36 → ${o36.count}, 357 → ${o357.count}; site summary → ${s.count}; series 2 → ${s2.count}, 20 → ${s20.count} statements`);
      return out;
    } finally {
      await gateway?.stop();
      for (const s of subgraphs) await s.stop();
      await handle.close();
    }
  },
};
