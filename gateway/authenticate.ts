// Establishes who is calling: an API key (x-api-key, or Authorization: Bearer pgk_…), a JWT
// (Authorization: Bearer …; HS256 with JWT_SECRET, RS256 with JWT_PUBLIC_KEY or JWT_JWKS_URL),
// or, where allowed, nobody — the demo organization with the anonymous roles.
import type { IncomingHttpHeaders } from 'node:http';
import { type CryptoKey, createRemoteJWKSet, importSPKI, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Kysely } from 'kysely';
import { keyMatches, keyPrefix } from '../common/api-keys.js';
import type { AuthConfig } from '../common/config.js';
import { UnauthenticatedError } from '../common/errors.js';
import { type Identity, isRole, type Role } from '../common/identity.js';
import { DEMO_ORGANIZATION_ID } from '../common/tenancy.js';
import { isUuid } from '../common/validate.js';
import type { Database } from '../database/database.js';

export type Authenticator = (headers: IncomingHttpHeaders) => Promise<Identity>;

function rolesFrom(value: unknown, where: string): Role[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[ ,]+/) : [];
  const roles = list.filter(isRole);
  if (!roles.length) throw new UnauthenticatedError(`${where} carries no known role. Roles are viewer, ai, operator, engineer and admin.`);
  return roles;
}

export function createAuthenticator(db: Kysely<Database> | undefined, config: AuthConfig): Authenticator {
  let hsKey: Uint8Array | undefined;
  let rsKey: CryptoKey | undefined;
  let jwks: JWTVerifyGetKey | undefined;
  if (config.jwtSecret) hsKey = new TextEncoder().encode(config.jwtSecret);
  if (config.jwksUrl) jwks = createRemoteJWKSet(new URL(config.jwksUrl));
  const rsKeyReady = config.jwtPublicKey ? importSPKI(config.jwtPublicKey, 'RS256').then((k) => (rsKey = k)) : undefined;
  const anonymousRoles = config.anonymousRoles.filter(isRole);

  // last_used_at is kept to the minute, off the request's path: one write per key per minute.
  const touched = new Map<string, number>();
  function touch(id: string, lastUsed: Date | null): void {
    const now = Date.now();
    if ((lastUsed && now - lastUsed.getTime() < 60_000) || now - (touched.get(id) ?? 0) < 60_000) return;
    touched.set(id, now);
    void db
      ?.updateTable('platform.api_keys')
      .set({ last_used_at: new Date(now) })
      .where('id', '=', id)
      .execute()
      .catch(() => touched.delete(id));
  }

  async function fromApiKey(key: string): Promise<Identity> {
    const prefix = keyPrefix(key);
    if (!prefix) throw new UnauthenticatedError('The API key is malformed. Keys look like pgk_<10 characters>_<secret>.');
    if (!db) throw new UnauthenticatedError('This gateway runs without a database, so it cannot check API keys; use a bearer token.');
    const row = await db.selectFrom('platform.api_keys').selectAll().where('prefix', '=', prefix).executeTakeFirst();
    if (!row || !keyMatches(key, row.key_hash)) throw new UnauthenticatedError('The API key is not valid.');
    if (row.revoked_at) throw new UnauthenticatedError('The API key was revoked. Ask an admin of your organization for a new one.');
    if (row.expires_at && row.expires_at.getTime() <= Date.now()) {
      throw new UnauthenticatedError(`The API key expired at ${row.expires_at.toISOString()}. Ask an admin of your organization for a new one.`);
    }
    touch(row.id, row.last_used_at);
    return { subject: `key:${row.id}`, organizationId: row.organization_id, roles: rolesFrom(row.roles, 'The API key'), keyId: row.id };
  }

  async function fromJwt(token: string): Promise<Identity> {
    await rsKeyReady;
    let header: { alg?: string };
    try {
      header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8') || '{}');
    } catch {
      throw new UnauthenticatedError('The bearer token is neither an API key nor a JWT.');
    }
    const key = header.alg === 'HS256' ? hsKey : header.alg === 'RS256' ? (rsKey ?? jwks) : undefined;
    if (!key) throw new UnauthenticatedError(`Tokens signed with ${header.alg ?? 'no algorithm'} are not accepted here; use HS256 or RS256 as configured.`);
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms: [header.alg!],
        issuer: config.jwtIssuer,
        audience: config.jwtAudience,
      }));
    } catch (e) {
      throw new UnauthenticatedError(`The bearer token is not valid: ${(e as Error).message}.`);
    }
    const org = payload.org ?? payload.organization_id;
    if (!isUuid(org)) throw new UnauthenticatedError('The bearer token names no organization: add an `org` claim with the organization id.');
    return { subject: `jwt:${payload.sub ?? 'unknown'}`, organizationId: org.toLowerCase(), roles: rolesFrom(payload.roles ?? payload.scope, 'The bearer token') };
  }

  return async (headers) => {
    const apiKey = headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey) return fromApiKey(apiKey.trim());
    const authorization = headers.authorization;
    if (typeof authorization === 'string' && authorization) {
      const [scheme, credential] = authorization.trim().split(/\s+/, 2);
      if (scheme?.toLowerCase() !== 'bearer' || !credential) {
        throw new UnauthenticatedError('The Authorization header must be `Bearer <token or API key>`.');
      }
      return credential.startsWith('pgk_') ? fromApiKey(credential) : fromJwt(credential);
    }
    if (config.allowAnonymous && anonymousRoles.length) {
      return { subject: 'anonymous', organizationId: DEMO_ORGANIZATION_ID, roles: anonymousRoles };
    }
    throw new UnauthenticatedError('Authentication required: send an API key in x-api-key or a bearer token in Authorization.');
  };
}
