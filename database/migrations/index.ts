// Migrations are listed here rather than discovered on disk, so the same list runs under
// tsx, jest and a bundled build alike. Names sort by their timestamp.
import type { Migration } from 'kysely';
import * as platform from './20261124080000_platform.js';
import * as assets from './20261124080100_assets.js';
import * as readings from './20261124080200_readings.js';
import * as energy from './20261124080300_energy.js';
import * as assetsSearch from './20261124100000_assets_search.js';
import * as tenancy from './20261124120000_tenancy.js';
import * as incrementalRollups from './20261124130000_incremental_rollups.js';
import * as assetsCodeKey from './20261124140000_assets_code_key.js';
import * as readingsOpaqueArray from './20261124150000_readings_opaque_array.js';

export const migrations: Record<string, Migration> = {
  '20261124080000_platform': platform,
  '20261124080100_assets': assets,
  '20261124080200_readings': readings,
  '20261124080300_energy': energy,
  '20261124100000_assets_search': assetsSearch,
  '20261124120000_tenancy': tenancy,
  '20261124130000_incremental_rollups': incrementalRollups,
  '20261124140000_assets_code_key': assetsCodeKey,
  '20261124150000_readings_opaque_array': readingsOpaqueArray,
};
