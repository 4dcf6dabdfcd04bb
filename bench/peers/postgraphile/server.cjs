// The benchmark's PostGraphile peer: PostGraphile 4 over the command-center seed's layout (schema
// seed_layout, one wide table per equipment), with @graphile/pg-aggregates for grouped
// aggregates (TS_TRUNCATED_TO_HOUR/DAY) and postgraphile-plugin-connection-filter for ranges —
// what a user would pick to put GraphQL on that layout. Settings are PostGraphile's
// recommended production ones (no query log, no GraphiQL, no watch mode).
//
//   DATABASE_URL=… PORT=4110 node bench/peers/postgraphile/server.cjs
//
// date_trunc follows the session zone; a request may name one in the `x-time-zone` header (the
// bench asks day buckets in the site's zone, Asia/Kolkata, and hour buckets in UTC, like our
// API). Without the header no setting is sent, so the request runs without a transaction.
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const PgAggregatesPlugin = require('@graphile/pg-aggregates').default;
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('postgraphile peer: DATABASE_URL is required');
  process.exit(2);
}
const port = Number(process.env.PORT || 4110);
const schema = process.env.SEED_LAYOUT_SCHEMA || 'seed_layout';

const middleware = postgraphile(url, schema, {
  appendPlugins: [ConnectionFilterPlugin, PgAggregatesPlugin],
  graphileBuildOptions: {
    connectionFilterRelations: false,
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
  },
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  extendedErrors: ['hint', 'detail', 'errcode'],
  pgSettings: (req) => {
    const zone = req.headers['x-time-zone'];
    return typeof zone === 'string' && /^[A-Za-z_/+-]{1,64}$/.test(zone) ? { timezone: zone } : {};
  },
});

const server = http.createServer(middleware);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`postgraphile peer ready at http://127.0.0.1:${port}/graphql`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
