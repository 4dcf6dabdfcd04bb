// Identity and its rules through the gateway: API keys (hashed, shown once, revocable, with
// expiry), JWTs (HS256, RS256 through JWKS), the gateway's signature on subgraph requests,
// limits and rate limits, usage metering and the audit log.
import { createServer, type Server } from 'node:http';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { sql } from 'kysely';
import { generateApiKey, hashKey } from '../../common/api-keys.js';
import { loadConfig } from '../../common/config.js';
import { AUDIT_LIST_ITEMS, redact } from '../../common/audit.js';
import { DEMO_ORG, NORTHWIND_ORG, seedPlant } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { postGraphQL } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const HS_SECRET = 'test-hs256-secret-that-is-long-enough-for-jose';

describe('authentication, authorization, limits, usage and audit', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  let jwks: Server;
  let rsPrivate: CryptoKey;
  let adminKey: string;
  let viewerKey: string;
  const post = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) => postGraphQL(stack.gateway.url, query, variables, headers);

  async function insertKey(org: string, roles: string[], extra: { expires_at?: Date; revoked_at?: Date } = {}): Promise<string> {
    const k = generateApiKey();
    await t.db.insertInto('platform.api_keys').values({ id: crypto.randomUUID(), organization_id: org, name: `test ${roles.join('+')}`, prefix: k.prefix, key_hash: k.hash, roles, ...extra }).execute();
    return k.key;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: '2026-01-01T00:00:00Z', hours: 1, enms: { from: '2025-12-01', to: '2025-12-03' }, equipment: ['chiller*'] });
    adminKey = await insertKey(DEMO_ORG.id, ['admin']);
    viewerKey = await insertKey(DEMO_ORG.id, ['viewer']);
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    rsPrivate = privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', () => r()));
    const config = loadConfig({
      ...process.env,
      ALLOW_ANONYMOUS: 'false',
      REQUIRE_GATEWAY_SIGNATURE: 'true',
      INTERNAL_SECRET: 'auth-test-secret',
      JWT_SECRET: HS_SECRET,
      JWT_JWKS_URL: `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks`,
      RATE_LIMIT_PER_SECOND: '1000',
      RATE_LIMIT_BURST: '2000',
      MAX_DEPTH: '8',
      MAX_ALIASES: '10',
      MAX_COST: '2000',
    });
    stack = await startStack(t.db, { config, ephemeralPorts: true });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    jwks?.close();
    await t?.destroy();
  });

  it('refuses callers without credentials, and bad or malformed keys, as UNAUTHENTICATED (401)', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'nope' }, { 'x-api-key': `${viewerKey}x` }, { authorization: 'Basic abc' }, { authorization: 'Bearer not.a.jwt' }];
    for (const headers of attempts) {
      const r = await post('{ me { subject } }', headers);
      expect(r.status).toBe(401);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('stores keys hashed, shows a new key’s secret once, and honours revocation and expiry', async () => {
    const created = await post('mutation { createApiKey(input: { name: "dashboard", roles: [OPERATOR] }) { secret apiKey { id prefix roles active } } }', { 'x-api-key': adminKey });
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data.createApiKey;
    const row = await t.db.selectFrom('platform.api_keys').selectAll().where('id', '=', apiKey.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashKey(secret));
    // The random part may itself hold '_' (base64url), so it is everything after the prefix.
    const randomPart = /^pgk_[A-Za-z0-9]{10}_(.{40,})$/.exec(secret)?.[1];
    expect(randomPart).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(randomPart);
    const listed = await post('{ organizations { apiKeys { id prefix } } }', { 'x-api-key': adminKey });
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    expect((await post('{ me { subject roles } }', { authorization: `Bearer ${secret}` })).data.me).toEqual({ subject: `key:${apiKey.id}`, roles: ['OPERATOR'] });
    const revoked = await post(`mutation { revokeApiKey(id: "${apiKey.id}") { active revokedAt } }`, { 'x-api-key': adminKey });
    expect(revoked.data.revokeApiKey.active).toBe(false);
    const after = await post('{ me { subject } }', { 'x-api-key': secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].message).toContain('revoked');

    const expired = await insertKey(DEMO_ORG.id, ['viewer'], { expires_at: new Date(Date.now() - 1000) });
    const r = await post('{ me { subject } }', { 'x-api-key': expired });
    expect(r.status).toBe(401);
    expect(r.errors?.[0].message).toContain('expired');
  });

  it('accepts HS256 and RS256 (JWKS) bearer tokens carrying an organization and roles', async () => {
    const hs = await new SignJWT({ org: DEMO_ORG.id, roles: ['engineer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setExpirationTime('5m').sign(new TextEncoder().encode(HS_SECRET));
    expect((await post('{ me { subject roles organization { slug } } }', { authorization: `Bearer ${hs}` })).data.me).toEqual({ subject: 'jwt:ana', roles: ['ENGINEER'], organization: { slug: 'demo' } });
    const rs = await new SignJWT({ org: NORTHWIND_ORG.id, roles: ['viewer'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('bo').setExpirationTime('5m').sign(rsPrivate);
    expect((await post('{ me { subject roles organization { slug } } }', { authorization: `Bearer ${rs}` })).data.me).toEqual({ subject: 'jwt:bo', roles: ['VIEWER'], organization: { slug: 'northwind' } });
    const expired = await new SignJWT({ org: DEMO_ORG.id, roles: ['viewer'] }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(HS_SECRET));
    expect((await post('{ me { subject } }', { authorization: `Bearer ${expired}` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({ org: DEMO_ORG.id, roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('wrong-secret-wrong-secret-wrong-secret'));
    expect((await post('{ me { subject } }', { authorization: `Bearer ${forged}` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a request sent straight to a subgraph without the gateway’s signature', async () => {
    for (const s of Object.values(stack.subgraphs)) {
      const r = await postGraphQL(s.url, '{ _service { sdl } }', undefined, { 'x-api-key': adminKey, 'x-plantgraph-identity': 'e30', 'x-plantgraph-signature': 'forged' });
      expect(r.status).toBe(401);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('enforces roles on mutations: a viewer is FORBIDDEN and nothing is written', async () => {
    const before = await t.db.selectFrom('platform.users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await post('mutation { createUser(input: { email: "v@x.io", name: "V", roles: [ADMIN] }) { id } }', { 'x-api-key': viewerKey });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toContain('admin');
    const after = await t.db.selectFrom('platform.users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses operations over the depth, alias and cost limits with LIMIT_EXCEEDED naming the limit', async () => {
    const deep = await post(`{ sites { ${'children { '.repeat(10)}id${' }'.repeat(10)} } }`, { 'x-api-key': viewerKey });
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxDepth' });
    const aliases = await post(`{ ${Array.from({ length: 12 }, (_, i) => `a${i}: metrics { name }`).join(' ')} }`, { 'x-api-key': viewerKey });
    expect(aliases.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxAliases' });
    const costly = await post('{ seriesSet(equipmentIds: ["c0000000-0000-0000-0000-000000000001"], metrics: ["energy_kwh", "active_power_kw"], from: "2020-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z", interval: "15 minutes") { points { value } } }', { 'x-api-key': viewerKey });
    expect(costly.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxCost' });
  });

  it('meters usage per caller and hour, and audits mutations with their outcome', async () => {
    const key = await insertKey(DEMO_ORG.id, ['admin']);
    const keyId = (await t.db.selectFrom('platform.api_keys').select('id').where('prefix', '=', key.split('_')[1]).executeTakeFirstOrThrow()).id;
    for (let i = 0; i < 5; i++) await post('{ metrics { name } }', { 'x-api-key': key });
    await post('{ equipment(id: "nope") { id } }', { 'x-api-key': key });
    await post('mutation { createUser(input: { email: "metered@x.io", name: "M", roles: [VIEWER] }) { id } }', { 'x-api-key': key });
    await post('mutation { createUser(input: { email: "metered@x.io", name: "M", roles: [VIEWER] }) { id } }', { 'x-api-key': key });
    await new Promise((r) => setTimeout(r, 5500)); // one flush interval
    const month = new Date().toISOString().slice(0, 7);
    const usage = await post(`{ organizations { usage(month: "${month}") { byCaller { subject operations errors apiKey { id } } } } }`, { 'x-api-key': adminKey });
    const line = usage.data.organizations[0].usage.byCaller.find((l: { subject: string }) => l.subject === `key:${keyId}`);
    expect(line).toEqual({ subject: `key:${keyId}`, operations: 8, errors: 2, apiKey: { id: keyId } });

    const audit = await sql<{ operation: string; outcome: string; error_code: string | null; actor: string }>`
      select operation, outcome, error_code, actor from platform.audit_log where actor = ${`key:${keyId}`} order by id`.execute(t.db);
    expect(audit.rows).toEqual([
      { operation: 'createUser', outcome: 'ok', error_code: null, actor: `key:${keyId}` },
      { operation: 'createUser', outcome: 'error', error_code: 'CONFLICT', actor: `key:${keyId}` },
    ]);
    expect(redact({ input: { name: 'x', token: 'abc', nested: [{ password: 'p' }] } })).toEqual({ input: { name: 'x', token: '[redacted]', nested: [{ password: '[redacted]' }] } });
    // Long lists (an ingest batch) keep their first AUDIT_LIST_ITEMS items and say how many more there were.
    const points = Array.from({ length: AUDIT_LIST_ITEMS + 150 }, (_, i) => ({ i, apiKey: 'k' }));
    expect(redact({ points })).toEqual({ points: [...points.slice(0, AUDIT_LIST_ITEMS).map(({ i }) => ({ i, apiKey: '[redacted]' })), `… 150 more (${AUDIT_LIST_ITEMS + 150} in all)`] });
  });

  it('meters the points of answers passed on unparsed and of answers the gateway put together', async () => {
    const key = await insertKey(DEMO_ORG.id, ['viewer']);
    const keyId = (await t.db.selectFrom('platform.api_keys').select('id').where('prefix', '=', key.split('_')[1]).executeTakeFirstOrThrow()).id;
    const id = (await post('{ equipmentByCode(code: "chiller_001") { id } }', { 'x-api-key': key })).data.equipmentByCode.id;
    const range = 'from: "2025-12-31T23:00:00Z", to: "2026-01-01T00:00:00Z"';
    const before = { ...stack.gateway.paths };
    // One subgraph answers this: the single-fetch shortcut passes its text on, points stated by readings.
    const single = await post(`{ seriesSet(equipmentIds: ["${id}"], metrics: ["active_power_kw", "cop"], ${range}, interval: "5 minutes") { points { value } pointValues } }`, { 'x-api-key': key });
    expect(stack.gateway.paths['single-fetch']).toBe(before['single-fetch'] + 1);
    // Names from assets and points from readings: the gateway's own plan, counted from the parsed result.
    const joined = await post(`{ equipmentByCode(code: "chiller_001") { name series(metric: "active_power_kw", ${range}, interval: "15 minutes") { points { time } } } }`, { 'x-api-key': key });
    expect(stack.gateway.paths.gateway).toBe(before.gateway + 1);
    const counted = single.data.seriesSet.reduce((n: number, s: { points: unknown[] }) => n + s.points.length, 0) + joined.data.equipmentByCode.series.points.length;
    expect(counted).toBe(2 * 12 + 4);
    await new Promise((r) => setTimeout(r, 5500)); // one flush interval
    const month = new Date().toISOString().slice(0, 7);
    const usage = await post(`{ organizations { usage(month: "${month}") { byCaller { subject operations pointsReturned } } } }`, { 'x-api-key': adminKey });
    const line = usage.data.organizations[0].usage.byCaller.find((l: { subject: string }) => l.subject === `key:${keyId}`);
    expect(line).toEqual({ subject: `key:${keyId}`, operations: 3, pointsReturned: counted });
  });

  it('rate-limits a key with LIMIT_EXCEEDED (429) once its burst is spent', async () => {
    const config = loadConfig({ ...process.env, ALLOW_ANONYMOUS: 'false', INTERNAL_SECRET: 'rate-test', RATE_LIMIT_PER_SECOND: '2', RATE_LIMIT_BURST: '3' });
    const small = await startStack(t.db, { config, ephemeralPorts: true });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await postGraphQL(small.gateway.url, '{ metrics { name } }', undefined, { 'x-api-key': viewerKey })).status);
      expect(statuses).toContain(429);
      const refused = await postGraphQL(small.gateway.url, '{ metrics { name } }', undefined, { 'x-api-key': viewerKey });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'rateLimit' });
      // Another key has its own budget.
      expect((await postGraphQL(small.gateway.url, '{ metrics { name } }', undefined, { 'x-api-key': adminKey })).status).toBe(200);
    } finally {
      await small.stop();
    }
  });
});
