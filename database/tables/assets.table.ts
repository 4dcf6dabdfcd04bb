import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from 'kysely';

export const SITE_KINDS = ['campus', 'factory', 'facility', 'building', 'room', 'area'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const EQUIPMENT_STATUSES = ['running', 'idle', 'off', 'fault', 'maintenance'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export const EQUIPMENT_CATEGORIES = ['lt_panel', 'major_equipment', 'production_machine', 'utility'] as const;
export type EquipmentCategory = (typeof EQUIPMENT_CATEGORIES)[number];

export const RELATION_KINDS = ['feeds', 'serves', 'switches', 'meters', 'backs_up'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Rating {
  name: string;
  value: number;
  unit: string;
}

export interface SiteTable {
  id: string;
  organization_id: string;
  parent_id: string | null;
  kind: SiteKind;
  code: string;
  name: string;
  time_zone: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  climate: string | null;
  metadata: JSONColumnType<Record<string, unknown>>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  retired_at: Date | null;
}
export type Site = Selectable<SiteTable>;
export type NewSite = Insertable<SiteTable>;
export type SiteUpdate = Updateable<SiteTable>;

export interface EquipmentTypeTable {
  id: string;
  name: string;
  category: EquipmentCategory;
  description: string | null;
}
export type EquipmentType = Selectable<EquipmentTypeTable>;

export interface EquipmentTable {
  id: string;
  organization_id: string;
  site_id: string;
  type_id: string;
  code: string;
  /** Lower-case code with separators removed: "compressor 1" and "Compressor-1" meet here. */
  lookup_key: Generated<string>;
  name: string;
  description: string | null;
  location: string | null;
  manufacturer: string | null;
  model: string | null;
  serial_number: string | null;
  /** ISO date (YYYY-MM-DD); dates are read as strings so no time zone can shift them. */
  installed_on: string | null;
  ratings: JSONColumnType<Rating[]>;
  data_interval_seconds: number;
  mqtt_topic: string | null;
  metadata: JSONColumnType<Record<string, unknown>>;
  status: EquipmentStatus;
  status_since: ColumnType<Date, Date | string | undefined, Date | string>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  retired_at: Date | null;
  /** Lower-case name with separators removed (migration 20261124100000_assets_search). */
  name_key: Generated<string>;
  /** Code variants, name and type in words; kept by a trigger, never written by callers. */
  search_title: Generated<string>;
  /** The title plus location, site chain, description, maker, model and metadata words (trigger). */
  search_text: Generated<string>;
  /** to_tsvector('simple', search_text), generated. */
  search_vector: Generated<string>;
}
export type Equipment = Selectable<EquipmentTable>;
export type NewEquipment = Insertable<EquipmentTable>;
export type EquipmentUpdate = Updateable<EquipmentTable>;

export interface EquipmentRelationTable {
  organization_id: string;
  from_id: string;
  to_id: string;
  kind: RelationKind;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type EquipmentRelation = Selectable<EquipmentRelationTable>;

export interface StatusHistoryTable {
  id: Generated<string>;
  equipment_id: string;
  status: EquipmentStatus;
  started_at: Date | string;
  reason: string | null;
}

export interface AssetsTables {
  'assets.sites': SiteTable;
  'assets.equipment_types': EquipmentTypeTable;
  'assets.equipment': EquipmentTable;
  'assets.equipment_relations': EquipmentRelationTable;
  'assets.status_history': StatusHistoryTable;
}
