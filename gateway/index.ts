// `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. With
// DATABASE_URL it also checks API keys and meters usage there.
import { loadConfig } from '../common/config.js';
import { setHeapGrowth } from '../common/heap.js';
import { createDatabase } from '../database/create-database.js';
import { startGateway } from './create-gateway.js';

const config = loadConfig();
setHeapGrowth(config.heapGrowingPercent);
const handle = config.databaseUrl ? await createDatabase({ url: config.databaseUrl, poolSize: 4, applicationName: 'plantgraph-gateway' }) : undefined;
const running = await startGateway({ config, db: handle?.db });
console.log(`gateway ready at ${running.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.stop();
    await handle?.close();
    process.exit(0);
  });
}
