import type { Equipment, EquipmentType } from '../../database/tables/assets.table.js';

/** A type row with its count for the caller's organization. */
export type EquipmentTypeRow = EquipmentType & { equipment_count?: number };

export interface EquipmentPage {
  rows: Equipment[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
