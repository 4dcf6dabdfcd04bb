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

export interface UserTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  roles: string[];
  created_at: ColumnType<Date, Date | string | undefined, never>;
  disabled_at: Date | null;
}
export type User = Selectable<UserTable>;

export interface ApiKeyTable {
  id: string;
  organization_id: string;
  user_id: string | null;
  name: string;
  /** The public part of the key, used to find its row; the rest is only ever hashed. */
  prefix: string;
  /** SHA-256 (hex) of the whole key. */
  key_hash: string;
  roles: string[];
  created_at: ColumnType<Date, Date | string | undefined, never>;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}
export type ApiKey = Selectable<ApiKeyTable>;

export interface UsageHourlyTable {
  organization_id: string;
  api_key_id: string | null;
  subject: string;
  hour: Date | string;
  operations: number;
  errors: number;
  cost_units: number;
  points_returned: number;
}
export type UsageHourly = Selectable<UsageHourlyTable>;

export interface PlatformTables {
  'platform.settings': SettingTable;
  'platform.organizations': OrganizationTable;
  'platform.audit_log': AuditLogTable;
  'platform.users': UserTable;
  'platform.api_keys': ApiKeyTable;
  'platform.usage_hourly': UsageHourlyTable;
}
