// Alerts and alert rules, scoped to the caller's organization; lists use = any($1).
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Alert, AlertRule, AlertSeverity, ComparisonOperator } from '../../../database/tables/readings.table.js';

export interface AlertListFilter {
  equipmentIds?: readonly string[] | null;
  siteIds?: readonly string[] | null;
  severities?: readonly AlertSeverity[] | null;
  from?: Date | null;
  to?: Date | null;
  acknowledged?: boolean | null;
}

/** Alert columns plus the metric name of its series. */
export type AlertRow = Alert & { metric: string | null };

function conditions(f: AlertListFilter) {
  const parts = [sql`true`];
  if (f.equipmentIds) parts.push(sql`a.equipment_id = any(${[...f.equipmentIds]}::uuid[])`);
  if (f.siteIds) parts.push(sql`a.equipment_id in (select id from assets.pub_equipment where site_id = any(${[...f.siteIds]}::uuid[]))`);
  if (f.severities) parts.push(sql`a.severity = any(${[...f.severities]}::text[])`);
  if (f.from) parts.push(sql`a.raised_at >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) parts.push(sql`a.raised_at < ${f.to.toISOString()}::timestamptz`);
  if (f.acknowledged === true) parts.push(sql`a.acknowledged_at is not null`);
  if (f.acknowledged === false) parts.push(sql`a.acknowledged_at is null`);
  return sql.join(parts, sql` and `);
}

const ALERT_COLUMNS = sql`a.*, (select m.name from readings.series s join readings.metrics m on m.id = s.metric_id where s.id = a.series_id) as metric`;

export async function listAlerts(db: Kysely<Database>, organizationId: string, filter: AlertListFilter, limit: number): Promise<AlertRow[]> {
  const { rows } = await sql<AlertRow>`
    select ${ALERT_COLUMNS} from readings.alerts a
    where a.organization_id = ${organizationId} and ${conditions(filter)}
    order by a.raised_at desc, a.id limit ${limit}`.execute(db);
  return rows;
}

/** The newest `limit` alerts of each equipment (or of each site's equipment), one statement for all. */
export async function alertsByOwners(
  db: Kysely<Database>,
  organizationId: string,
  ownerKind: 'equipment' | 'site',
  ownerIds: readonly string[],
  filter: AlertListFilter,
  limit: number,
): Promise<(AlertRow & { owner_id: string })[]> {
  const owned =
    ownerKind === 'equipment' ? sql`a.equipment_id = o.id` : sql`a.equipment_id in (select id from assets.pub_equipment where site_id = o.id)`;
  const { rows } = await sql<AlertRow & { owner_id: string }>`
    select x.* from unnest(${[...ownerIds]}::uuid[]) o(id) cross join lateral (
      select o.id as owner_id, ${ALERT_COLUMNS} from readings.alerts a
      where a.organization_id = ${organizationId} and ${owned} and ${conditions(filter)}
      order by a.raised_at desc, a.id limit ${limit}
    ) x`.execute(db);
  return rows;
}

export async function alertsByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<AlertRow[]> {
  const { rows } = await sql<AlertRow>`
    select ${ALERT_COLUMNS} from readings.alerts a where a.organization_id = ${organizationId} and a.id = any(${[...ids]}::uuid[])`.execute(db);
  return rows;
}

export async function acknowledgeAlerts(db: Kysely<Database>, organizationId: string, ids: readonly string[], by: string | null): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    update readings.alerts set acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = case when acknowledged_at is null then ${by}::text else acknowledged_by end
    where organization_id = ${organizationId} and id = any(${[...ids]}::uuid[])
    returning id`.execute(db);
  return rows.map((r) => r.id);
}

export type AlertRuleRow = AlertRule & { metric: string };

const RULE_COLUMNS = sql`r.*, (select name from readings.metrics m where m.id = r.metric_id) as metric`;

export async function listAlertRules(db: Kysely<Database>, organizationId: string): Promise<AlertRuleRow[]> {
  const { rows } = await sql<AlertRuleRow>`select ${RULE_COLUMNS} from readings.alert_rules r where r.organization_id = ${organizationId} order by r.created_at, r.id`.execute(db);
  return rows;
}

export async function alertRulesByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<AlertRuleRow[]> {
  const { rows } = await sql<AlertRuleRow>`select ${RULE_COLUMNS} from readings.alert_rules r where r.organization_id = ${organizationId} and r.id = any(${[...ids]}::uuid[])`.execute(db);
  return rows;
}

export interface AlertRuleValues {
  name: string;
  metricId: number;
  equipmentId: string | null;
  equipmentTypeId: string | null;
  operator: ComparisonOperator;
  threshold: number;
  durationSeconds: number;
  severity: AlertSeverity;
  enabled: boolean;
}

export async function insertAlertRule(db: Kysely<Database>, organizationId: string, v: AlertRuleValues): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('readings.alert_rules')
    .values({
      id,
      organization_id: organizationId,
      name: v.name,
      metric_id: v.metricId,
      equipment_id: v.equipmentId,
      equipment_type_id: v.equipmentTypeId,
      operator: v.operator,
      threshold: v.threshold,
      duration_seconds: v.durationSeconds,
      severity: v.severity,
      enabled: v.enabled,
    })
    .execute();
  return id;
}

export async function updateAlertRule(db: Kysely<Database>, organizationId: string, id: string, v: AlertRuleValues): Promise<boolean> {
  const r = await db
    .updateTable('readings.alert_rules')
    .set({
      name: v.name,
      metric_id: v.metricId,
      equipment_id: v.equipmentId,
      equipment_type_id: v.equipmentTypeId,
      operator: v.operator,
      threshold: v.threshold,
      duration_seconds: v.durationSeconds,
      severity: v.severity,
      enabled: v.enabled,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes a rule; its alerts stay, detached. */
export async function deleteAlertRule(db: Kysely<Database>, organizationId: string, id: string): Promise<boolean> {
  await db.updateTable('readings.alerts').set({ rule_id: null }).where('organization_id', '=', organizationId).where('rule_id', '=', id).execute();
  const r = await db.deleteFrom('readings.alert_rules').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
