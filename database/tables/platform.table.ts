import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

export interface SettingTable {
  key: string;
  value: string;
}

export interface OrganizationTable {
  id: string;
  slug: string;
  name: string;
  user_limit: number | null;
  metadata: JSONColumnType<Record<string, unknown>>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type Organization = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;

export interface AuditLogTable {
  id: Generated<string>;
  organization_id: string | null;
  actor: string;
  operation: string;
  arguments: JSONColumnType<Record<string, unknown>>;
  outcome: 'ok' | 'error';
  error_code: string | null;
  request_id: string | null;
  at: ColumnType<Date, Date | string | undefined, never>;
}
export type AuditLogEntry = Selectable<AuditLogTable>;

export interface PlatformTables {
  'platform.settings': SettingTable;
  'platform.organizations': OrganizationTable;
  'platform.audit_log': AuditLogTable;
}
