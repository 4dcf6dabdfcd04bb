// Fails fast, with a clear message, when DATABASE_URL names a server that is not there, and
// drops test databases a crashed earlier run left behind. Without FORCE, a database that
// another run is still using (it has connections) is left alone.
import pg from 'pg';

export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`DATABASE_URL=${url} is not reachable: ${(e as Error).message}`);
  }
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'plantgraph_test_%'`,
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${datname}`).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
