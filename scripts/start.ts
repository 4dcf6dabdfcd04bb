// `npm start`: database (embedded PGlite unless DATABASE_URL is set) → migrations → demo plant
// on first start → four subgraphs and the gateway in this process.
import { loadConfig } from '../common/config.js';
import { createDatabase } from '../database/create-database.js';
import { migrateToLatest } from '../database/migrate.js';
import { isSeeded, seedPlant } from '../database/simulator/index.js';
import { storageMode } from '../database/storage-mode.js';
import { startStack } from '../gateway/stack.js';

const started = Date.now();
const config = loadConfig();
const where = config.databaseUrl ? new URL(config.databaseUrl).host + new URL(config.databaseUrl).pathname : `embedded PGlite in ${config.dataDir}`;
console.log(`plantgraph: database ${where}`);

// Migrating and seeding may run long statements; on a server they get a handle without the
// per-statement timeout that serving uses. (PGlite has no timeout, and one handle is cheaper.)
const setup = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, applicationName: 'plantgraph-setup' });
await migrateToLatest(setup.db);
console.log(`plantgraph: schema up to date (${await storageMode(setup.db)} storage)`);

if (await isSeeded(setup.db)) {
  console.log('plantgraph: demo plant already loaded');
} else {
  console.log('plantgraph: loading the demo plant (first start only)…');
  const report = await seedPlant(setup, { scale: 'demo', progress: process.stdout.isTTY });
  console.log(`plantgraph: ${report.points.toLocaleString('en')} points loaded in ${(report.seconds).toFixed(1)} s`);
}

let handle = setup;
if (config.databaseUrl) {
  await setup.close();
  handle = await createDatabase({ url: config.databaseUrl, applicationName: 'plantgraph', statementTimeoutMs: config.statementTimeoutMs, prepare: config.databasePrepare });
}
const stack = await startStack(handle.db, { config, engine: handle.engine });
for (const s of Object.values(stack.subgraphs)) console.log(`  ${s.name.padEnd(8)} ${s.url}`);
console.log(`  gateway  ${stack.gateway.url}   ← open in a browser for Apollo Sandbox`);
console.log(`plantgraph: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    await handle.close();
    process.exit(0);
  });
}
