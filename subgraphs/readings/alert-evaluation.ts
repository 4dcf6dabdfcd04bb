// Alert rules evaluated on ingest, inside the ingest's transaction: a rule raises one alert when
// its condition has held for `duration_seconds` and clears it at the first reading that breaks
// it. Re-sending readings raises nothing new (nothing new is written, and an alert for the same
// rule, series and start time is never raised twice).
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database/database.js';
import { epochMs } from './repositories/series-repository.js';
import type { AlertSeverity, ComparisonOperator } from '../../database/tables/readings.table.js';

interface RuleSeries {
  rule_id: string;
  name: string;
  operator: ComparisonOperator;
  threshold: number;
  duration_seconds: number;
  severity: AlertSeverity;
  series_id: number;
  equipment_id: string;
  metric: string;
  unit: string;
}

export function meets(op: ComparisonOperator, value: number, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '=':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}

/** Evaluates the organization's enabled rules on the series written to over [from, to]; returns alerts raised. */
export async function evaluateAlertRules(db: Kysely<Database>, organizationId: string, seriesIds: readonly number[], from: Date, to: Date): Promise<number> {
  if (!seriesIds.length) return 0;
  const { rows: pairs } = await sql<RuleSeries>`
    select r.id as rule_id, r.name, r.operator, r.threshold, r.duration_seconds, r.severity, s.id as series_id, s.equipment_id, m.name as metric, m.unit
    from readings.alert_rules r
    join readings.series s on s.metric_id = r.metric_id and s.organization_id = r.organization_id and s.equipment_id is not null
    join readings.metrics m on m.id = s.metric_id
    join assets.pub_equipment e on e.id = s.equipment_id
    where r.organization_id = ${organizationId} and r.enabled and s.id = any(${[...seriesIds]}::int[])
      and (r.equipment_id is null or r.equipment_id = s.equipment_id)
      and (r.equipment_type_id is null or r.equipment_type_id = e.type_id)`.execute(db);
  if (!pairs.length) return 0;
  const maxDuration = Math.max(...pairs.map((p) => p.duration_seconds));
  const ids = [...new Set(pairs.map((p) => p.series_id))];
  const lookback = new Date(from.getTime() - maxDuration * 1000);
  // Readings from a duration before the batch to its end, and the rules' open or recent alerts, in
  // one statement. Times come as epoch milliseconds: as Date objects, parsing the few thousand
  // readings of a 10,000-point ingest cost about 2 ms of the call.
  const { rows } = await sql<{ kind: 'p' | 'a'; series_id: number; time: number; value: number | null; rule_id: string | null; alert_id: string | null; cleared: boolean }>`
    select 'p' as kind, series_id, ${epochMs(sql`time`)} as time, value, null::uuid as rule_id, null::uuid as alert_id, false as cleared
    from readings.points where series_id = any(${ids}::int[]) and time >= ${lookback.toISOString()}::timestamptz and time <= ${to.toISOString()}::timestamptz
    union all
    select 'a', series_id, ${epochMs(sql`raised_at`)}, value, rule_id, id, cleared_at is not null
    from readings.alerts where organization_id = ${organizationId} and series_id = any(${ids}::int[]) and rule_id = any(${pairs.map((p) => p.rule_id)}::uuid[])
      and (cleared_at is null or raised_at >= ${lookback.toISOString()}::timestamptz)
    order by 2, 3`.execute(db);
  const points = new Map<number, { time: number; value: number }[]>();
  const alerts = new Map<string, { id: string; time: number; cleared: boolean }[]>();
  for (const r of rows) {
    if (r.kind === 'p') {
      if (!points.has(r.series_id)) points.set(r.series_id, []);
      points.get(r.series_id)!.push({ time: r.time, value: r.value! });
    } else {
      const k = `${r.rule_id}|${r.series_id}`;
      if (!alerts.has(k)) alerts.set(k, []);
      alerts.get(k)!.push({ id: r.alert_id!, time: r.time, cleared: r.cleared });
    }
  }
  const raise: { id: string; equipment_id: string; series_id: number; rule_id: string; severity: AlertSeverity; message: string; value: number; raised_at: Date }[] = [];
  const clear: { id: string; at: number }[] = [];
  for (const p of pairs) {
    const list = points.get(p.series_id) ?? [];
    const known = alerts.get(`${p.rule_id}|${p.series_id}`) ?? [];
    let open = known.find((a) => !a.cleared) ?? null;
    let runStart: { time: number; value: number } | null = null;
    for (const pt of list) {
      if (meets(p.operator, pt.value, p.threshold)) {
        runStart ??= pt;
        const held = (pt.time - runStart.time) / 1000;
        if (!open && held >= p.duration_seconds && !known.some((a) => a.time === runStart!.time)) {
          const id = randomUUID();
          const lasting = p.duration_seconds ? ` for ${p.duration_seconds} s` : '';
          raise.push({
            id,
            equipment_id: p.equipment_id,
            series_id: p.series_id,
            rule_id: p.rule_id,
            severity: p.severity,
            message: `${p.name}: ${p.metric} ${p.operator} ${p.threshold} ${p.unit}${lasting} (reading ${pt.value} ${p.unit}).`.replace(/ \)/, ')'),
            value: pt.value,
            raised_at: new Date(runStart.time),
          });
          open = { id, time: runStart.time, cleared: false };
          known.push(open);
        }
      } else {
        runStart = null;
        if (open && pt.time > open.time) {
          clear.push({ id: open.id, at: pt.time });
          open.cleared = true;
          open = null;
        }
      }
    }
  }
  if (raise.length) {
    await db
      .insertInto('readings.alerts')
      .values(raise.map((a) => ({ ...a, organization_id: organizationId })))
      .execute();
  }
  if (clear.length) {
    await sql`
      update readings.alerts a set cleared_at = c.at
      from unnest(${clear.map((c) => c.id)}::uuid[], ${clear.map((c) => new Date(c.at).toISOString())}::timestamptz[]) as c(id, at)
      where a.id = c.id and a.cleared_at is null`.execute(db);
  }
  return raise.length;
}
