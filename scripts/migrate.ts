// `npm run migrate`: brings DATABASE_URL (or the embedded database) to the latest schema.
import { loadConfig } from '../common/config.js';
import { createDatabase } from '../database/create-database.js';
import { migrateToLatest } from '../database/migrate.js';
import { storageMode } from '../database/storage-mode.js';

const config = loadConfig();
const handle = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await migrateToLatest(handle.db);
  const applied = result.results?.map((r) => r.migrationName) ?? [];
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema already up to date');
  console.log(`storage mode: ${await storageMode(handle.db)}`);
} finally {
  await handle.close();
}
