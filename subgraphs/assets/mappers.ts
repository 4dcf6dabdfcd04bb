import type { Equipment, EquipmentStatus, EquipmentType, RelationKind } from '../../database/tables/assets.table.js';

/** Equipment as the API reads it: the search columns stay in the database. */
export type EquipmentRow = Omit<Equipment, 'search_title' | 'search_text' | 'search_vector'>;

/** A type row with its count for the caller's organization. */
export type EquipmentTypeRow = EquipmentType & { equipment_count?: number };

export interface EquipmentPage {
  rows: EquipmentRow[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface RelationRow {
  from_id: string;
  to_id: string;
  kind: RelationKind;
}

/** One piece of equipment reached from `root_id`, `depth` relations away, last step from `via_id`. */
export interface TopologyRow {
  root_id: string;
  equipment_id: string;
  via_id: string;
  depth: number;
  kind: RelationKind;
}

export interface PathRow {
  forward: boolean;
  /** Equipment ids first to last. */
  ids: string[];
  relations: RelationRow[];
}

export interface SearchHitRow {
  equipment: EquipmentRow;
  score: number;
  matchedWords: string[];
}

export interface StatusChangeRow {
  equipment_id: string;
  status: EquipmentStatus;
  started_at: Date | string;
  reason: string | null;
}

export type { ApiKey as ApiKeyRow, AuditLogEntry as AuditEntryRow, User as UserRow } from '../../database/tables/platform.table.js';
export type { Identity as CallerRow } from '../../common/identity.js';

/** A month's usage: totals are summed from the per-caller lines. */
export interface UsageReportRow {
  month: string;
  lines: import('./repositories/admin-repository.js').UsageTotals[];
}
export type UsageLineRow = import('./repositories/admin-repository.js').UsageTotals;
