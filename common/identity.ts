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
