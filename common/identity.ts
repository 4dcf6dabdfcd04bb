// Who is calling, as the gateway established it, and how it travels to the subgraphs: a JSON
// payload in one header and its HMAC-SHA256 in another, keyed by a secret only the gateway and
// the subgraphs share. A subgraph reached directly, without the gateway, cannot forge it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const ROLES = ['viewer', 'ai', 'operator', 'engineer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role may do beyond reading. `ai` reads like `viewer` (RAG/RL consumers must never
 * write); operator < engineer < admin each include the ones before.
 */
const INCLUDES: Record<Role, readonly Role[]> = {
  viewer: ['viewer'],
  ai: ['viewer', 'ai'],
  operator: ['viewer', 'operator'],
  engineer: ['viewer', 'operator', 'engineer'],
  admin: ['viewer', 'operator', 'engineer', 'admin'],
};

export interface Identity {
  /** Who: `key:<id>`, `jwt:<sub>` or `anonymous`. */
  subject: string;
  organizationId: string;
  roles: Role[];
  /** The API key used, for usage metering. */
  keyId?: string;
}

export const IDENTITY_HEADER = 'x-plantgraph-identity';
export const SIGNATURE_HEADER = 'x-plantgraph-signature';
/** A signed identity older than this is refused: a captured header cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The roles an identity effectively holds, with the ones its roles include. */
export function effectiveRoles(roles: readonly Role[]): Set<Role> {
  return new Set(roles.flatMap((r) => INCLUDES[r]));
}

export function hasAnyRole(identity: Pick<Identity, 'roles'>, wanted: readonly Role[]): boolean {
  const held = effectiveRoles(identity.roles);
  return wanted.some((r) => held.has(r));
}

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signIdentity(identity: Identity, secret: string, now = Date.now()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify({ ...identity, iat: now })).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: hmac(secret, payload).toString('base64url') };
}

export type VerifyResult = { ok: true; identity: Identity } | { ok: false; reason: string };

export function verifyIdentity(headers: Record<string, string | string[] | undefined>, secret: string, now = Date.now()): VerifyResult {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'missing gateway signature' };
  const expected = hmac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid gateway signature' };
  let parsed: Identity & { iat?: number };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed identity' };
  }
  if (typeof parsed.iat !== 'number' || Math.abs(now - parsed.iat) > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'expired gateway signature' };
  if (typeof parsed.organizationId !== 'string' || !Array.isArray(parsed.roles) || !parsed.roles.every(isRole)) {
    return { ok: false, reason: 'malformed identity' };
  }
  const { iat: _iat, ...identity } = parsed;
  return { ok: true, identity };
}

/** How long a signature is reused: well inside MAX_SIGNATURE_AGE_MS, so a reused one is never near expiry. */
export const SIGNATURE_REUSE_MS = 60_000;
const SIGNER_CACHE_SIZE = 10_000;

/**
 * signIdentity for a server's lifetime: the same caller's identity is signed once a minute, not
 * on every request (an HMAC per request was a few percent of the gateway's CPU under load).
 */
export function createIdentitySigner(secret: string): (identity: Identity, now?: number) => Record<string, string> {
  const signed = new Map<string, { at: number; headers: Record<string, string> }>();
  return (identity, now = Date.now()) => {
    const key = JSON.stringify(identity);
    const hit = signed.get(key);
    if (hit && now - hit.at < SIGNATURE_REUSE_MS) return hit.headers;
    if (signed.size >= SIGNER_CACHE_SIZE) signed.clear();
    const headers = signIdentity(identity, secret, now);
    signed.set(key, { at: now, headers });
    return headers;
  };
}

/**
 * verifyIdentity for a server's lifetime: a (payload, signature) pair already found authentic is
 * not hashed again; its age is still checked on every request, so it expires as before.
 */
export function createIdentityVerifier(secret: string): (headers: Record<string, string | string[] | undefined>, now?: number) => VerifyResult {
  const authentic = new Map<string, { identity: Identity; iat: number }>();
  return (headers, now = Date.now()) => {
    const payload = headers[IDENTITY_HEADER];
    const signature = headers[SIGNATURE_HEADER];
    const key = typeof payload === 'string' && typeof signature === 'string' ? `${payload}.${signature}` : undefined;
    const hit = key ? authentic.get(key) : undefined;
    if (hit) {
      if (Math.abs(now - hit.iat) > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'expired gateway signature' };
      return { ok: true, identity: hit.identity };
    }
    const result = verifyIdentity(headers, secret, now);
    if (result.ok && key) {
      if (authentic.size >= SIGNER_CACHE_SIZE) authentic.clear();
      authentic.set(key, { identity: result.identity, iat: JSON.parse(Buffer.from(payload as string, 'base64url').toString('utf8')).iat });
    }
    return result;
  };
}
