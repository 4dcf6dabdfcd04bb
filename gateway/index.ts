// `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere.
import { startGateway } from './create-gateway.js';

const running = await startGateway();
console.log(`gateway ready at ${running.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.stop();
    process.exit(0);
  });
}
