import type { AssetsTables } from './tables/assets.table.js';
import type { EnergyTables } from './tables/energy.table.js';
import type { PlatformTables } from './tables/platform.table.js';
import type { ReadingsTables } from './tables/readings.table.js';

/** Every relation Kysely may touch, keyed `schema.table` as in SQL. */
export interface Database extends PlatformTables, AssetsTables, ReadingsTables, EnergyTables {}
