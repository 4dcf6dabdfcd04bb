// Who is calling, as the gateway established it, and how it travels to the subgraphs: a JSON
// payload in one header and its HMAC-SHA256 in another, keyed by a secret only the gateway and
// the subgraphs share. A subgraph reached directly, without the gateway, cannot forge it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { BoundedCache } from './bounded-cache.js';

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

type Claims = Identity & { iat?: number };

/** The claims of a payload whose signature holds, or why not (missing, forged, unreadable). */
function signedClaims(headers: Record<string, string | string[] | undefined>, secret: string): { claims: Claims } | { reason: string } {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return { reason: 'missing gateway signature' };
  const expected = hmac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { reason: 'invalid gateway signature' };
  try {
    return { claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) };
  } catch {
    return { reason: 'malformed identity' };
  }
}

/** Authentic claims become an identity if they are recent and well formed. */
function identityOf(claims: Claims, now: number): VerifyResult {
  if (typeof claims.iat !== 'number' || Math.abs(now - claims.iat) > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'expired gateway signature' };
  if (typeof claims.organizationId !== 'string' || !Array.isArray(claims.roles) || !claims.roles.every(isRole)) {
    return { ok: false, reason: 'malformed identity' };
  }
  const { iat: _iat, ...identity } = claims;
  return { ok: true, identity };
}

export function verifyIdentity(headers: Record<string, string | string[] | undefined>, secret: string, now = Date.now()): VerifyResult {
  const signed = signedClaims(headers, secret);
  return 'reason' in signed ? { ok: false, reason: signed.reason } : identityOf(signed.claims, now);
}

/** How long a signature is reused: well inside MAX_SIGNATURE_AGE_MS, so a reused one is never near expiry. */
export const SIGNATURE_REUSE_MS = 60_000;
const SIGNER_CACHE_SIZE = 10_000;

/**
 * signIdentity for a server's lifetime: the same caller's identity is signed once a minute, not
 * on every request (an HMAC per request was a few percent of the gateway's CPU under load).
 */
export function createIdentitySigner(secret: string): (identity: Identity, now?: number) => Record<string, string> {
  const signed = new BoundedCache<string, { at: number; headers: Record<string, string> }>(SIGNER_CACHE_SIZE);
  return (identity, now = Date.now()) => {
    const key = JSON.stringify(identity);
    const hit = signed.get(key);
    if (hit && now - hit.at < SIGNATURE_REUSE_MS) return hit.headers;
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
  const authentic = new BoundedCache<string, Claims>(SIGNER_CACHE_SIZE);
  return (headers, now = Date.now()) => {
    const key = `${headers[IDENTITY_HEADER]}.${headers[SIGNATURE_HEADER]}`;
    const known = authentic.get(key);
    if (known) return identityOf(known, now);
    const signed = signedClaims(headers, secret);
    if ('reason' in signed) return { ok: false, reason: signed.reason };
    const result = identityOf(signed.claims, now);
    if (result.ok) {
      authentic.set(key, signed.claims);
    }
    return result;
  };
}
